from render import J

RESUMES = [
dict(
    id="07_csm_md", half="dev", profession="customer success manager", format="md",
    name="Chloé Marchand", location="New York, NY", phone="+1 646 555 0171", email="chloe.marchand@example.com",
    links=["linkedin.com/in/chloemarchand"],
    headline="Senior Customer Success Manager — Enterprise SaaS",
    summary="Customer success manager with {{7 years}} in B2B SaaS, most recently owning a {{$6.8M}} enterprise "
            "book. I like the unglamorous part of the job: finding the accounts that are quietly drifting and "
            "getting them back before renewal.",
    skills=dict(style="bullets", groups=[(None, [
        "Gainsight", "Salesforce", "Zendesk", "Looker", "Renewal forecasting", "Health scoring",
        "Executive business reviews", "Onboarding program design", "French (native)"])]),
    headings={"skills": "Skills & Tools", "experience": "Experience"},
    jobs=[
        J("Parcelwise", "Senior Customer Success Manager, Enterprise", "Jan 2021", "Present", "New York, NY", [
            "Own a book of {{42 enterprise accounts}} ({{$6.8M}} ARR) across logistics and retail.",
            "Turned around {{23 at-risk accounts}} worth {{$3.1M}} ARR; {{19 of 23}} renewed, lifting gross retention from {{84%}} to {{93%}}.",
            "Ran quarterly business reviews and executive business reviews for enterprise stakeholders, building QBR decks and success plans in Gainsight.",
            "Grew net revenue retention to {{118%}} through seat expansions and {{6 add-on module deals}} sourced with the account team.",
            "Co-designed the health score now used by all {{14 CSMs}}, combining product usage, support tickets and sponsor changes.",
          ]),
        J("Parcelwise", "Customer Success Manager, Mid-Market", "Mar 2019", "Dec 2020", "New York, NY", [
            "Managed {{85 mid-market customers}} and kept logo churn under {{5%}} for two years.",
            "Rebuilt onboarding into a {{30-day}} program that cut time-to-first-shipment from {{19 days}} to {{8 days}}.",
          ]),
        J("Brio Health Software", "Implementation Specialist", "2017", "2019", "Boston, MA", [
            "Configured scheduling software for {{60+ clinics}}; average CSAT of {{4.8/5}}.",
          ]),
    ],
    education=["**B.A., International Relations** — Boston University, 2017"],
    extra={"Languages": ["English (fluent), French (native), Spanish (conversational)"]},
    order=["summary", "experience", "skills", "education", "Languages"],
    style=dict(job_layout="H", date_sep=" – ", contact_first=True, contact_sep=" · ", md_rule=True),
),
dict(
    id="08_growth_docx_header", half="dev", profession="growth marketing manager", format="docx-header",
    name="Tomás Álvarez", location="San Francisco, CA", phone="(415) 555-0138", email="tomas.alvarez@example.com",
    links=["linkedin.com/in/tomasalvarez-growth", "tomasalvarez.example.com"],
    headline="Growth Marketing Manager",
    summary="Growth marketer with {{8 years}} running paid acquisition and lifecycle programs for consumer "
            "subscription apps. Happiest with a messy attribution problem and a budget that has to work harder.",
    skills=dict(style="semicolon", groups=[(None, [
        "Paid social (Meta, TikTok)", "Google Ads", "Apple Search Ads", "Braze", "Amplitude",
        "AppsFlyer", "SQL", "A/B testing", "Incrementality testing", "Lifecycle email & push"])]),
    headings={"summary": "Summary", "skills": "Skills", "experience": "Work Experience"},
    jobs=[
        J("Pocketfit", "Growth Marketing Manager", "Jul 2021", "Present", "San Francisco, CA", [
            "Manage a {{$9M}} annual paid budget across Meta, TikTok, Google and Apple Search Ads for a fitness subscription app.",
            "Lowered blended CAC by {{32%}} in {{9 months}} by moving spend to incrementality-tested channels and killing {{11 campaigns}} that only looked good in last-click.",
            "Built the Braze onboarding journey that raised trial-to-paid conversion from {{38%}} to {{47%}}.",
            "Lead a team of {{3 marketers}} and an agency; run weekly experiment reviews with product.",
          ]),
        J("Lumen Language Labs", "Performance Marketing Lead", "Feb 2018", "Jun 2021", "Oakland, CA", [
            "Scaled paid installs from {{40K}} to {{210K}} a month while holding payback under {{6 months}}.",
            "Launched referral program that drove {{14%}} of new subscribers in its first year.",
          ]),
        J("Kestrel & Finch", "Digital Marketing Associate", "Sep 2015", "Jan 2018", "San Francisco, CA", [
            "Ran search and display campaigns for {{12 retail and travel clients}}.",
          ]),
    ],
    education=["B.S. Business Administration (Marketing), San José State University, 2015"],
    order=["summary", "experience", "skills", "education"],
    notes="Contact details (location, phone, email, links) are only in the page header; the name is in the body.",
    style=dict(job_layout="A", date_sep=" – ", contact_sep="  •  "),
),
dict(
    id="09_designer_pdf_twocol", half="dev", profession="product designer", format="pdf-twocol",
    name="Yuki Tanaka-Morris", location="Seattle, WA", phone="+1 206 555 0154", email="yuki.tm@example.com",
    links=["yukitm.design", "linkedin.com/in/yukitanakamorris"],
    headline="Senior Product Designer",
    summary="Product designer with {{9 years}} in B2B and healthcare products. I do the research, the flows and "
            "the pixels, and I care about design systems that engineers actually like using.",
    skills=dict(style="cats", inner=", ", groups=[
        ("Design", ["Figma", "Sketch", "Prototyping", "Design systems", "Interaction design"]),
        ("Research", ["Usability testing", "Contextual inquiry", "Journey mapping", "Dovetail"]),
        ("Other", ["HTML/CSS", "Accessibility (WCAG 2.1)", "Workshop facilitation"]),
    ]),
    headings={"skills": "Skills", "summary": "About", "experience": "Experience"},
    jobs=[
        J("Careline Health", "Senior Product Designer", "Apr 2021", "Current", "Seattle, WA", [
            "Lead designer for the patient intake product used by {{1,200 clinics}}.",
            "Redesigned the mobile check-in flow; completion rose from {{61%}} to {{89%}} and front-desk calls dropped {{27%}}.",
            "Built and maintain the Careline design system ({{140+ components}}) with {{2 front-end engineers}}.",
            "Ran {{35 usability sessions}} with patients over {{65}} to fix accessibility issues before launch.",
          ]),
        J("Fieldnote Software", "Product Designer", "Jun 2017", "Mar 2021", "Portland, OR", [
            "Designed scheduling and invoicing features for a field-service app with {{50K}} weekly users.",
            "Cut time to create an invoice from {{4 minutes}} to under {{1 minute}} through a redesigned line-item editor.",
          ]),
        J("Studio Kite", "Visual Designer", "2015", "2017", "Portland, OR", [
            "Designed websites and brand systems for {{20+ local businesses}}.",
          ]),
    ],
    education=["B.F.A. Graphic Design", "University of Washington, 2015"],
    order=["summary", "experience"],
    ok_numbers=["2.1"],
    style=dict(job_layout="H", date_sep=" – ", sidebar=["skills", "education"], side_left=False,
               name_in_sidebar=False, accent="#2b6f6b", side_bg="#f1f5f4"),
),
dict(
    id="10_pm_md", half="dev", profession="product manager", format="md",
    name="Rahul Venkataraman", location="Bengaluru, India", phone="+91 98450 12345",
    email="rahul.venkat@example.in", links=["linkedin.com/in/rahulvenkataraman"],
    summary="Product manager with {{7 years}} building B2B SaaS and fintech products for small businesses. "
            "Strong on onboarding, activation and turning customer interviews into a roadmap people agree with.",
    skills=dict(style="comma", groups=[
        ("Product", ["Roadmapping", "Discovery interviews", "PRDs", "A/B testing", "Pricing & packaging"]),
        ("Tools", ["Jira", "Amplitude", "Mixpanel", "SQL", "Figma", "Notion"]),
    ]),
    headings={"skills": "Skills", "summary": "About me"},
    jobs=[
        J("Khatabook Pro", "Senior Product Manager, Onboarding & Activation", "Oct 2021", "Present", "Bengaluru", [
            "Own onboarding and activation for an invoicing app used by {{1.8M}} small merchants.",
            "Raised week-1 activation from {{22%}} to {{37%}} by replacing a {{9-step}} setup wizard with a guided first invoice.",
            "Ran {{40+ customer interviews}} and {{18 A/B tests}} in FY24 with a squad of {{6 engineers}} and {{1 designer}}.",
            "Introduced a quarterly planning process adopted by all {{5 product squads}}.",
          ]),
        J("Rupeeflow", "Product Manager", "Jul 2018", "Sep 2021", "Bengaluru", [
            "Launched UPI AutoPay collections for merchants, reaching {{₹120 crore}} in monthly volume within a year.",
            "Reduced failed payment retries by {{45%}} by redesigning retry logic with the payments team.",
          ]),
        J("Infosys", "Business Analyst", "Jun 2016", "Jun 2018", "Mysuru", [
            "Wrote requirements for a core-banking upgrade for a European bank; worked with a {{25-person}} offshore team.",
          ]),
    ],
    education=["- MBA, Indian Institute of Management Kozhikode, 2016",
               "- B.Tech, Computer Science, NIT Trichy, 2014"],
    order=["summary", "skills", "experience", "education"],
    ok_numbers=["FY24"],
    style=dict(job_layout="D", date_sep=" – ", md_job_h3=False, contact_sep=" | ", md_h2="##"),
),
dict(
    id="11_ds_pdf_onecol", half="dev", profession="data scientist", format="pdf-onecol",
    name="Elena Petrova", location="Austin, TX", phone="+1 (512) 555-0190", email="elena.petrova@example.com",
    links=["github.com/epetrova-ds", "linkedin.com/in/elenapetrova"],
    headline="Data Scientist — Forecasting & Experimentation",
    summary="Data scientist with a PhD in statistics and {{6 years}} of industry experience in retail and "
            "marketplaces. I build forecasting and pricing models that make it into production and stay there.",
    skills=dict(style="cats", groups=[
        ("Languages", ["Python", "SQL", "R"]),
        ("ML & Stats", ["time-series forecasting", "causal inference", "Bayesian modeling", "XGBoost",
                        "experiment design"]),
        ("Platforms", ["Snowflake", "dbt", "Airflow", "AWS SageMaker", "Databricks"]),
    ]),
    headings={"skills": "Technical Skills"},
    jobs=[
        J("Tillway Grocers", "Senior Data Scientist", "Mar 2022", "Present", "Austin, TX", [
            "Rebuilt store-item demand forecasting for {{340 stores}}, reducing forecast error (WAPE) from {{31%}} to {{22%}} and cutting fresh-food waste by {{$4.6M}} a year.",
            "Designed the geo-experiment framework used to test promotions across {{120 store pairs}}.",
            "Moved {{9 models}} from notebooks to scheduled Airflow and SageMaker pipelines with monitoring.",
          ]),
        J("Roamly Marketplace", "Data Scientist", "Aug 2019", "Feb 2022", "Remote", [
            "Built a dynamic pricing model for host listings that lifted booking revenue {{7%}} in an A/B test.",
            "Ran causal analyses of cancellation policies for the leadership team.",
          ]),
        J("University of Texas at Austin", "Graduate Research Assistant", "2015", "2019", "Austin, TX", [
            "Published {{4 papers}} on hierarchical Bayesian models for count data.",
          ]),
    ],
    education=["Ph.D. Statistics, University of Texas at Austin, 2019",
               "B.S. Mathematics, Moscow State University, 2014"],
    order=["summary", "experience", "skills", "education"],
    style=dict(job_layout="A", date_sep=" – ", accent="#4b2e83", size=13.5, margin=1.1),
),
dict(
    id="12_devops_txt", half="dev", profession="devops / SRE engineer", format="txt",
    name="Kofi Mensah", location="Manchester, UK", phone="+44 161 496 0753", email="kofi.mensah@example.com",
    links=["github.com/kmensah-ops"],
    headline="Site Reliability Engineer",
    summary="SRE with {{10 years}} in operations and platform engineering, the last five running Kubernetes "
            "in production. I care about boring deploys, quiet pagers and honest postmortems.",
    skills=dict(style="pipe", groups=[(None, [
        "Kubernetes", "Terraform", "Helm", "AWS", "GCP", "Prometheus", "Grafana", "Datadog", "PagerDuty",
        "GitHub Actions", "ArgoCD", "Go", "Python", "Bash"])]),
    headings={"summary": "Summary", "skills": "Tech", "experience": "Experience"},
    jobs=[
        J("Cobalt Freight Ltd", "Senior Site Reliability Engineer", "Jun 2021", "Present", "Manchester", [
            "Cut mean time to recovery from {{4 hours}} to {{38 minutes}} and Sev-1 incidents by {{60%}} by introducing SLOs, runbooks and blameless postmortems.",
            "Manage {{14 Kubernetes clusters}} with Terraform and Helm; built CI/CD pipelines in GitHub Actions and ArgoCD for {{120 services}}.",
            "Reduced AWS spend by {{£410K}} a year through rightsizing and spot instances.",
            "Run the on-call rotation for a team of {{8 engineers}} and wrote the incident commander guide.",
          ]),
        J("Northgate Digital", "DevOps Engineer", "Mar 2017", "May 2021", "Leeds", [
            "Migrated {{40+ applications}} from VMware to AWS with zero customer-facing downtime.",
            "Built Prometheus and Grafana monitoring that replaced Nagios for {{300 hosts}}.",
          ]),
        J("Northgate Digital", "Systems Administrator", "2014", "2017", "Leeds", [
            "Looked after Linux and Windows servers and backups for {{25 client sites}}.",
          ]),
    ],
    education=["BSc (Hons) Computer Science, University of Leeds, 2013"],
    certs=["Certified Kubernetes Administrator (CKA)", "AWS Certified Solutions Architect - Associate"],
    order=["summary", "skills", "experience", "certs", "education"],
    style=dict(txt_heading="caps", job_layout="E", date_sep=" - ", bullet="-", contact_sep=" | "),
),
dict(
    id="13_backend_md", half="dev", profession="backend engineer", format="md",
    name="Jae-won Park", location="Brooklyn, NY", phone="+1 917 555 0148", email="jaewon.park@example.com",
    links=["github.com/jaewonpark", "linkedin.com/in/jaewon-park"],
    headline="Backend Engineer (Go, PostgreSQL, distributed systems)",
    summary="Backend engineer with {{8 years}} building payment and order APIs. I like profiling slow "
            "endpoints, designing schemas that survive growth, and writing code reviews people learn from.",
    skills=dict(style="bullets", groups=[
        ("Languages", ["Go", "Python", "Java", "SQL"]),
        ("Data & infra", ["PostgreSQL", "Redis", "Kafka", "gRPC", "Docker", "Kubernetes", "AWS"]),
    ]),
    headings={"skills": "Skills", "experience": "Work History", "summary": "Summary"},
    jobs=[
        J("Tessellate Payments", "Senior Backend Engineer", "May 2021", "Present", "New York, NY", [
            "Cut p99 latency of the payments authorization API from {{850 ms}} to {{120 ms}} by removing N+1 queries, adding Redis caching and tuning PostgreSQL indexes.",
            "Designed the idempotency layer that eliminated duplicate charges across {{30M}} monthly transactions.",
            "Built Kafka consumers for the ledger service processing {{4,000 events per second}}.",
            "Mentor {{3 engineers}} and lead the backend guild's code-review standards.",
          ]),
        J("Orderbird Commerce", "Software Engineer", "Jul 2016", "Apr 2021", "New York, NY", [
            "Split a Python monolith into {{6 Go services}} with gRPC interfaces.",
            "Sharded the orders database, supporting growth from {{2M}} to {{15M}} orders a month.",
          ]),
    ],
    education=["- **B.S. Computer Science**, Stony Brook University (2016)"],
    order=["summary", "experience", "skills", "education"],
    ok_numbers=["p99", "N+1"],
    style=dict(job_layout="A", date_sep=" – ", md_bold_headline=True),
),
dict(
    id="14_electrician_txt", half="dev", profession="electrician", format="txt",
    name="Ray D. Castellano", location="Reno, NV", phone="775-555-0182", email="raycastellano.elec@example.com",
    summary="Licensed journeyman electrician, {{11 years}} in commercial and industrial work. Safe, tidy, "
            "and good with a print set.",
    skills=dict(style="bullets", groups=[(None, [
        "Conduit bending (EMT, rigid, PVC)", "Blueprint reading", "NEC code compliance",
        "Motor controls & VFDs", "PLC troubleshooting (Allen-Bradley)", "Fire alarm systems",
        "Lockout/tagout", "Fluke meters & megger testing"])]),
    headings={"summary": "Summary", "skills": "Skills", "experience": "Work Experience",
              "certs": "Licenses and Certifications"},
    jobs=[
        J("Sierra Peak Electric", "Journeyman Electrician / Foreman", "2018", "Present", "Reno, NV", [
            "Foreman on commercial jobs up to {{$3.5M}}, running crews of {{6-8 electricians}} and apprentices.",
            "Led electrical install for a {{220,000 sq ft}} distribution center, finished {{3 weeks}} ahead of schedule.",
            "Troubleshoot motor controls, VFDs and Allen-Bradley PLCs for manufacturing customers.",
            "No recordable injuries on my crews in {{5 years}}.",
          ]),
        J("Washoe Industrial Services", "Electrician Apprentice", "2013", "2018", "Sparks, NV", [
            "Completed a {{8,000-hour}} apprenticeship installing conduit, panels and lighting in plants and schools.",
          ]),
        J("Castellano Family Hardware", "Sales Associate", "2011", None, "Reno, NV", []),
    ],
    education=["Truckee Meadows Community College - Electrical Technology Certificate, 2015"],
    certs=["Nevada Journeyman Electrician License", "OSHA 30-Hour Construction", "NFPA 70E Arc Flash Training"],
    order=["summary", "experience", "skills", "certs", "education"],
    style=dict(txt_heading="colon", caps=True, job_layout="D", date_sep=" - ", bullet="-",
               contact_lines=True),
),
]

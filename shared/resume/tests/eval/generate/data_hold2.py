from render import J

RESUMES = [
dict(
    id="31_designer_pdf_onecol", half="holdout", profession="product designer", format="pdf-onecol",
    name="Mateo Rossi", location="Austin, TX", phone="(737) 555-0108", email="hello@mateorossi.example.com",
    links=["mateorossi.example.com", "linkedin.com/in/mateorossi"],
    headline="Product Designer",
    summary="Product designer with {{5 years}} in fintech and consumer apps, focused on onboarding, forms "
            "and the moments where people decide whether to trust a product.",
    skills=dict(style="dot", groups=[(None, [
        "Figma", "FigJam", "Protopie", "User interviews", "Usability testing", "Information architecture",
        "Design systems", "Maze"])]),
    headings={"skills": "Tools & Methods", "summary": "Hi, I'm Mateo", "experience": "Where I've worked"},
    jobs=[
        J("Nestegg Finance", "Product Designer II", "Feb 2022", "Present", "Austin, TX", [
            "Redesigned identity verification in the account-opening flow; drop-off fell from {{38%}} to {{21%}}.",
            "Designed the budgeting feature used by {{300K}} monthly active users within {{6 months}} of launch.",
            "Contribute to a design system of {{90+ components}} shared by {{4 product teams}}.",
          ]),
        J("Hoot Labs", "UX/UI Designer", "Jun 2019", "Jan 2022", "Remote", [
            "Shipped {{3 consumer apps}} for agency clients, from research through App Store launch.",
            "Ran unmoderated tests with {{200+ participants}} in Maze to settle navigation debates.",
          ]),
    ],
    education=["B.A. Design, The University of Texas at Austin, 2019"],
    order=["summary", "experience", "skills", "education"],
    style=dict(job_layout="C", date_sep=" → ", accent="#d0452f"),
),
dict(
    id="32_pm_pdf_table", half="holdout", profession="product manager", format="pdf-table",
    name="Hannah Goldberg", location="Chicago, IL", phone="(872) 555-0146", email="hannah.goldberg@example.com",
    links=["linkedin.com/in/hgoldberg-pm"],
    headline="Senior Product Manager — Marketplaces & Search",
    summary="Product manager with {{8 years}} in two-sided marketplaces. I run discovery with buyers and "
            "sellers, write crisp specs, and measure everything against conversion and retention.",
    skills=dict(style="table", groups=[
        ("Product", ["Discovery", "Roadmapping", "Experimentation", "Search & ranking", "OKRs"]),
        ("Analytics", ["SQL", "Looker", "Amplitude", "Optimizely"]),
        ("Delivery", ["Jira", "Confluence", "Scrum"]),
    ]),
    headings={"skills": "Skills", "summary": "Summary", "experience": "Experience"},
    jobs=[
        J("Craftmarket", "Senior Product Manager, Search", "Aug 2020", "Present", "Chicago, IL", [
            "Lead search and browse for a handmade-goods marketplace with {{9M}} monthly buyers.",
            "Raised search-to-purchase conversion by {{14%}} by launching learning-to-rank and typo-tolerant query rewriting.",
            "Cut zero-result searches from {{11%}} to {{3%}} with synonyms and category fallbacks.",
            "Manage a team of {{7 engineers}}, {{1 data scientist}} and {{1 designer}}.",
          ]),
        J("Rentwise", "Product Manager", "May 2017", "Jul 2020", "Chicago, IL", [
            "Launched instant booking for apartment tours, growing tours booked by {{65%}}.",
            "Owned the landlord dashboard used by {{12,000 property managers}}.",
          ]),
        J("Accenture", "Technology Analyst", "2015", "2017", "Chicago, IL", [
            "Tested and documented an order-management rollout for a retail client.",
          ]),
    ],
    education=["B.S. Industrial Engineering, Northwestern University, 2015"],
    order=["summary", "experience", "skills", "education"],
    style=dict(job_layout="A", date_sep=" – ", exp_table=True, accent="#3b4a6b"),
),
dict(
    id="33_ds_md", half="holdout", profession="data scientist", format="md",
    name="Arjun Mehta", location="San Francisco, CA", phone="415.555.0172", email="arjun.mehta@example.com",
    links=["github.com/arjunmehta-ml", "linkedin.com/in/arjunmehta"],
    headline="Data Scientist | Retention, Experimentation, ML",
    summary="Data scientist with {{5 years}} in subscription businesses. I build churn and LTV models, run "
            "experiments properly, and explain results to people who don't want to see a p-value.",
    skills=dict(style="semicolon", groups=[(None, [
        "Python (pandas, scikit-learn, PyTorch)", "SQL", "BigQuery", "dbt", "Survival analysis",
        "Uplift modeling", "A/B testing", "Tableau"])]),
    headings={"skills": "Skills", "summary": "Summary", "experience": "Experience"},
    jobs=[
        J("Streamly", "Data Scientist II, Retention", "Jan 2022", "Present", "San Francisco, CA", [
            "Built a churn-risk model (AUC {{0.84}}) that targets save offers to the top {{10%}} of at-risk subscribers.",
            "Designed an uplift-model test that cut voluntary churn {{1.8 points}} and saved about {{$6M}} in annual revenue.",
            "Created the retention metrics layer in dbt used by {{4 analytics teams}}.",
          ]),
        J("Mealbox", "Data Scientist", "Jul 2019", "Dec 2021", "Oakland, CA", [
            "Forecast weekly order volumes for {{3 fulfillment centers}} with {{95%}} accuracy.",
            "Ran {{60+ A/B tests}} on pricing and menu layout and wrote the team's experimentation guidelines.",
          ]),
    ],
    education=["- M.S. Statistics, University of California, Berkeley — 2019",
               "- B.Tech. Electrical Engineering, IIT Bombay — 2017"],
    order=["summary", "skills", "experience", "education"],
    style=dict(job_layout="B", date_sep=" – ", contact_first=True, contact_sep=" | "),
),
dict(
    id="34_devops_pdf_twocol", half="holdout", profession="devops / SRE engineer", format="pdf-twocol",
    name="Ingrid Solberg", location="Oslo, Norway", phone="+47 412 55 019", email="ingrid.solberg@example.no",
    links=["github.com/isolberg", "linkedin.com/in/ingridsolberg"],
    headline="Platform / DevOps Engineer",
    summary="Platform engineer with {{7 years}} building cloud infrastructure on AWS and Azure. I like "
            "self-service platforms, cost visibility and infrastructure that is all code.",
    skills=dict(style="bullets", groups=[
        ("Cloud", ["AWS", "Azure", "Terraform", "Pulumi"]),
        ("Containers & CI", ["Kubernetes (EKS, AKS)", "Docker", "GitLab CI", "ArgoCD"]),
        ("Observability", ["Prometheus", "Grafana", "OpenTelemetry"]),
        ("Languages", ["Go", "Python", "Bash"]),
    ]),
    headings={"skills": "Skills", "summary": "Profile", "experience": "Experience", "certs": "Certifications"},
    jobs=[
        J("Nordlys Energi AS", "Senior Platform Engineer", "Aug 2021", "Present", "Oslo", [
            "Cut monthly AWS and Azure spend by {{38%}} (about {{NOK 9M}} a year) with tagging, rightsizing, savings plans and a cost dashboard for every team.",
            "Built an internal developer platform on EKS that lets {{25 teams}} ship services with a single Terraform module.",
            "Reduced deployment lead time from {{2 days}} to {{40 minutes}} with GitLab CI and ArgoCD.",
          ]),
        J("Fjordline Data", "DevOps Engineer", "Jan 2018", "Jul 2021", "Bergen", [
            "Moved {{70 VMs}} to containers on AKS and set up Prometheus alerting.",
            "Wrote Terraform modules that cut new-environment setup from {{1 week}} to {{1 day}}.",
          ]),
    ],
    education=["MSc Informatics, University of Oslo, 2017"],
    certs=["AWS Certified DevOps Engineer – Professional", "Certified Kubernetes Administrator (CKA)"],
    order=["summary", "experience", "certs", "education"],
    style=dict(job_layout="H", date_sep=" – ", sidebar=["skills"], accent="#1d4e89", a4=True),
),
dict(
    id="35_backend_txt", half="holdout", profession="backend engineer", format="txt",
    name="Tomasz Zieliński", location="London, UK", phone="+44 20 7946 0857", email="tomasz.zielinski@example.co.uk",
    links=["github.com/tzielinski", "linkedin.com/in/tomaszzielinski"],
    summary="Backend engineer with {{9 years}} in e-commerce and fintech, mostly Java and Kotlin on the JVM. "
            "I design APIs for scale and keep them standing on the worst day of the year.",
    skills=dict(style="comma", groups=[
        ("Languages", ["Java", "Kotlin", "SQL", "TypeScript"]),
        ("Frameworks", ["Spring Boot", "Micronaut", "Hibernate"]),
        ("Infrastructure", ["PostgreSQL", "Redis", "RabbitMQ", "AWS (ECS, SQS, DynamoDB)", "Terraform"]),
    ]),
    headings={"skills": "Technical skills", "summary": "Summary", "experience": "Experience"},
    jobs=[
        J("Basketly Ltd", "Senior Backend Engineer", "Mar 2020", "Present", "London", [
            "Kept the checkout API at {{99.99%}} availability through Black Friday peaks of {{18,000 requests/second}} by adding rate limiting, queue-based load levelling and autoscaling.",
            "Wrote OpenAPI specs and integration tests for REST endpoints used by partner developers.",
            "Led the move from a shared PostgreSQL instance to per-service databases for {{12 services}}.",
            "Interview and onboard backend hires; mentored {{4 engineers}} to senior.",
          ]),
        J("Kredo Bank", "Software Engineer", "Sep 2015", "Feb 2020", "Warsaw, Poland", [
            "Built the card-transaction notification service sending {{2M}} push messages a day.",
            "Reduced batch settlement run time from {{3 hours}} to {{25 minutes}}.",
          ]),
    ],
    education=["MSc Computer Science, Warsaw University of Technology, 2015"],
    order=["summary", "skills", "experience", "education"],
    style=dict(txt_heading="underline", job_layout="B", date_sep=" - ", bullet="*", contact_lines=True, width=80),
),
dict(
    id="36_electrician_pdf_onecol", half="holdout", profession="electrician", format="pdf-onecol",
    name="Luis Ortega-Ramírez", location="San Antonio, TX", phone="(210) 555-0159", email="lortega.electric@example.com",
    headline="Master Electrician",
    summary="Texas master electrician with {{14 years}} in residential service, remodels and light "
            "commercial work. I run my own service calls and train apprentices the right way.",
    skills=dict(style="cats", inner=", ", groups=[
        ("Electrical", ["Service upgrades", "Panel replacements", "Troubleshooting", "Generator installs",
                        "EV charger installation"]),
        ("Code & safety", ["NEC 2023", "Arc-flash safety", "Permit and inspection coordination"]),
        ("Other", ["Bilingual English/Spanish", "ServiceTitan"]),
    ]),
    headings={"skills": "Skills", "summary": "Summary", "experience": "Work History", "certs": "Licenses"},
    jobs=[
        J("Alamo Bright Electric", "Master Electrician / Service Manager", "2017", "Present", "San Antonio, TX", [
            "Run a service department of {{7 electricians}} handling about {{1,500 service calls}} a year.",
            "Grew EV charger and generator installs from {{40}} to {{260 jobs}} a year.",
            "Maintain a {{98%}} first-time inspection pass rate across all permitted jobs.",
          ]),
        J("Hill Country Electrical Contractors", "Journeyman Electrician", "2011", "2017", "New Braunfels, TX", [
            "Wired {{300+ new homes}} and {{20 light-commercial}} build-outs.",
          ]),
        J("Hill Country Electrical Contractors", "Apprentice Electrician", "2009", "2011", "New Braunfels, TX", []),
    ],
    education=["Associate of Applied Science, Electrical Technology — St. Philip's College, 2010"],
    certs=["Texas Master Electrician License (TDLR)", "OSHA 10"],
    order=["summary", "experience", "skills", "certs", "education"],
    ok_numbers=["NEC 2023", "OSHA 10"],
    style=dict(job_layout="E", date_sep="–", accent="#b35900"),
),
dict(
    id="37_constructionpm_pdf_table", half="holdout", profession="construction project manager", format="pdf-table",
    name="Patrick O'Sullivan", location="Boston, MA", phone="617-555-0124", email="patrick.osullivan@example.com",
    links=["linkedin.com/in/patrickosullivanpm"],
    headline="Senior Project Manager — Healthcare & Life Sciences Construction",
    summary="Construction project manager with {{14 years}} delivering hospital, lab and university "
            "projects, most of them in occupied buildings where the schedule is everything.",
    skills=dict(style="table", groups=[
        ("Scheduling & cost", ["Primavera P6", "Procore", "Sage 300 CRE", "Earned value"]),
        ("Field", ["MEP coordination", "ICRA / infection control", "Lean / Last Planner", "Quality control"]),
        ("Safety", ["OSHA 30", "Site-specific safety plans"]),
    ]),
    headings={"skills": "Skills", "summary": "Summary", "experience": "Project Management Experience"},
    jobs=[
        J("Harborline Construction Co.", "Senior Project Manager", "Jan 2018", "Present", "Boston, MA", [
            "Brought a {{$31M}} lab renovation from {{7 weeks}} behind back to on-time completion by re-baselining the P6 schedule and adding weekend MEP shifts.",
            "Ran monthly owner cost reports and change-order logs in Procore and reconciled subcontractor pay applications.",
            "Delivered {{5 hospital projects}} in occupied buildings with zero ICRA violations.",
            "Manage {{2 project managers}} and {{4 project engineers}}.",
          ]),
        J("Cabot & Reyes Builders", "Project Manager", "Jun 2012", "Dec 2017", "Cambridge, MA", [
            "Managed university dormitory and classroom renovations from {{$5M}} to {{$26M}}.",
            "Finished {{4 summer-only renovations}} before students returned, each in under {{11 weeks}}.",
          ]),
        J("Cabot & Reyes Builders", "Assistant Project Manager", "2009", "2012", "Cambridge, MA", []),
    ],
    education=["B.S. Civil Engineering, Northeastern University, 2009"],
    order=["summary", "skills", "experience", "education"],
    ok_numbers=["P6"],
    style=dict(job_layout="A", date_sep=" – ", exp_table=True, accent="#2f4f2f", size=12.5, margin=1.0),
),
]

from render import J

RESUMES = [
dict(
    id="23_nurse_docx_header", half="holdout", profession="registered nurse", format="docx-header",
    name="Adaeze N. Okafor", name_line="Adaeze N. Okafor, BSN, RN, CEN", location="Houston, TX",
    phone="(713) 555-0150", email="adaeze.okafor.rn@example.com", links=["linkedin.com/in/adaezeokafor"],
    headline="Emergency Department Registered Nurse",
    summary="Emergency nurse with {{8 years}} in a Level I trauma center and a community ED. Triage-trained, "
            "steady in codes and committed to getting the sickest patients seen first.",
    skills=dict(style="comma", groups=[(None, [
        "ESI triage", "Sepsis screening", "Trauma nursing (TNCC)", "Rapid sequence intubation support",
        "IV and IO access", "Epic ASAP", "Point-of-care ultrasound IVs", "De-escalation"])]),
    headings={"skills": "Clinical Skills", "summary": "Summary", "experience": "Nursing Experience",
              "certs": "Certifications"},
    jobs=[
        J("Bayou City Memorial Hospital", "Emergency Department RN / Relief Charge", "Jul 2019", "Present",
          "Houston, TX", [
            "Triage and treat patients in a {{64-bed}} emergency department that sees {{95,000 visits}} a year.",
            "Championed the ED sepsis screening workflow; compliance with the sepsis bundle rose from {{62%}} to {{88%}} and median time to antibiotics fell to {{52 minutes}}.",
            "Relief charge nurse for up to {{18 nurses}} per shift, managing bed flow with the house supervisor.",
            "Trained {{40+ nurses}} on ultrasound-guided peripheral IV placement.",
          ]),
        J("Gulf Coast Community Hospital", "Registered Nurse, Emergency Department", "Jun 2016", "Jun 2019",
          "Pasadena, TX", [
            "Cared for {{4-5 patients}} at a time in a {{22-bed}} community ED, including pediatric and psychiatric holds.",
            "Served on the unit practice council that rewrote the triage re-assessment policy.",
          ]),
    ],
    education=["Bachelor of Science in Nursing, Texas Woman's University, 2016"],
    certs=["Certified Emergency Nurse (CEN)", "TNCC, ACLS, PALS, BLS"],
    order=["summary", "experience", "skills", "certs", "education"],
    notes="Contact details are only in the page header; name is in the body.",
    style=dict(job_layout="B", date_sep=" – ", contact_sep=" | ", center=True),
),
dict(
    id="24_teacher_pdf_onecol", half="holdout", profession="high-school teacher", format="pdf-onecol",
    name="Nadia Haddad", location="Phoenix, AZ", phone="602-555-0113", email="nadia.haddad.ela@example.com",
    headline="English Language Arts Teacher, Grades 9–12",
    summary="Secondary ELA teacher with {{10 years}} of experience, including {{4 years}} as an instructional "
            "coach. I teach writing as a craft and use data without letting it run the room.",
    skills=dict(style="bullets", groups=[
        ("Instruction", ["Differentiated instruction", "Writing workshop", "Socratic seminar",
                         "Backward design (UbD)", "AVID strategies"]),
        ("Assessment & tools", ["Common formative assessments", "Canvas", "Google Workspace for Education",
                                "NoRedInk"]),
    ]),
    headings={"skills": "Skills", "summary": "Profile", "experience": "Teaching Experience"},
    jobs=[
        J("Desert Vista Unified — Camelback Ridge High School", "English Teacher & Instructional Coach",
          "Aug. 2017", "Present", "Phoenix, AZ", [
            "Teach {{4 sections}} of English 11 and AP Language and Composition to about {{120 students}} a year.",
            "Coach {{9 early-career teachers}} each year through observation cycles and co-planning.",
            "Grew the AP Language pass rate from {{44%}} to {{67%}} in three years while opening the course to any student who wanted it.",
            "Led the school's ninth-grade writing initiative across {{14 teachers}} and {{600+ students}}.",
          ]),
        J("Mesa Verde High School", "English Teacher", "Aug. 2014", "May 2017", "Tucson, AZ", [
            "Taught English 9 and 10, including {{2 sheltered sections}} for English learners.",
            "Sponsored the student newspaper, which went from print-only to a weekly website.",
          ]),
        J("Teach For America", "Corps Member", "2014", None, "Tucson, AZ", []),
    ],
    education=["M.Ed. Curriculum & Instruction, Arizona State University, 2016",
               "B.A. English Literature, University of Arizona, 2014"],
    certs=["Arizona Standard Professional Certificate, Secondary English 7–12"],
    order=["summary", "experience", "skills", "education", "certs"],
    ok_numbers=["English 11", "English 9 and 10", "ninth"],
    style=dict(job_layout="A", date_sep=" – ", accent="#8a3b12", size=12.5, margin=1.0),
),
dict(
    id="25_mecheng_docx_table", half="holdout", profession="mechanical engineer", format="docx-table",
    name="Lukas Brenner", location="Stuttgart, Germany", phone="+49 711 555 0192", email="lukas.brenner@example.de",
    links=["linkedin.com/in/lukasbrenner"],
    headline="Mechanical Engineer — Industrial Pumps & Rotating Equipment",
    summary="Mechanical engineer (M.Sc.) with {{7 years}} in rotating equipment design, test and field "
            "support. Comfortable between the CAD model, the test bench and the customer's plant floor.",
    skills=dict(style="table", inner=" · ", groups=[
        ("CAD / PLM", ["Siemens NX", "SolidWorks", "Teamcenter"]),
        ("Simulation", ["ANSYS Mechanical", "CFD (ANSYS CFX)", "Rotordynamics"]),
        ("Methods", ["GD&T", "FMEA", "Design of experiments", "Vibration analysis"]),
        ("Languages", ["German (native)", "English (C2)", "French (B1)"]),
    ]),
    headings={"skills": "Skills", "experience": "Professional Experience", "summary": "Profile"},
    jobs=[
        J("Hoffmann Pumpen GmbH", "Design Engineer, Centrifugal Pumps", "04/2020", "present", "Stuttgart", [
            "Redesigned the impeller of a {{250 kW}} process pump, raising hydraulic efficiency by {{3.2 points}}.",
            "Led the test campaign for a new pump series ({{11 sizes}}), from test plan to certification.",
            "Reduced warranty claims for seal failures by {{45%}} after a root cause study across {{27 field returns}}.",
          ]),
        J("Hoffmann Pumpen GmbH", "Field Service Engineer", "09/2017", "03/2020", "Stuttgart", [
            "Commissioned and troubleshot pumps at {{60+ customer sites}} in Germany, France and Poland.",
          ]),
        J("Bosch Rexroth AG", "Working Student, Hydraulics Testing", "2016", "2017", "Lohr am Main", [
            "Automated test-bench data evaluation in MATLAB, cutting report time from {{2 days}} to {{3 hours}}.",
          ]),
    ],
    education=["M.Sc. Mechanical Engineering, University of Stuttgart, 2017",
               "B.Sc. Mechanical Engineering, Karlsruhe Institute of Technology, 2015"],
    order=["summary", "experience", "skills", "education"],
    style=dict(job_layout="A", date_sep=" – ", grid=False, exp_table=True, font="Arial"),
),
dict(
    id="26_finanalyst_txt", half="holdout", profession="financial analyst", format="txt",
    name="Gabriel Souza", location="New York, NY", phone="+1 (212) 555-0185", email="gabriel.souza@example.com",
    links=["linkedin.com/in/gabrielsouza-fpa"],
    summary="FP&A analyst with {{5 years}} in media and SaaS. I build the forecast, explain the variance, and "
            "make the model simple enough that the next analyst can run it.",
    skills=dict(style="cats", inner=", ", groups=[
        ("Modeling", ["3-statement models", "Driver-based forecasting", "Scenario analysis", "Unit economics"]),
        ("Tools", ["Excel", "Adaptive Insights", "NetSuite", "Looker", "SQL"]),
        ("Markets", ["Bloomberg", "FactSet"]),
    ]),
    headings={"summary": "Summary", "skills": "Skills", "experience": "Experience"},
    jobs=[
        J("Streamhaus Media", "Senior Financial Analyst, FP&A", "06/2021", "Present", "New York, NY", [
            "Own the rolling {{18-month}} revenue forecast for a {{$420M}} subscription business.",
            "Improved quarterly revenue forecast accuracy from {{±7%}} to {{±2%}} by rebuilding the churn and pricing drivers with the data team.",
            "Partner with {{5 department heads}} on a {{$95M}} opex budget and monthly variance reviews.",
            "Built the content amortization model used in {{2 acquisition evaluations}}.",
          ]),
        J("Veritas Cloud Inc.", "Financial Analyst", "07/2019", "05/2021", "New York, NY", [
            "Prepared monthly board reporting and SaaS metrics (ARR, NRR, CAC payback).",
            "Cut the monthly reporting cycle by {{3 days}} by moving data pulls from exports to SQL.",
          ]),
        J("Meridian Partners", "Investment Banking Summer Analyst", "Summer 2018", None, "New York, NY", [
            "Built comparable-company and precedent-transaction analyses for {{3 sell-side mandates}}.",
          ]),
    ],
    education=["B.S. Economics (Finance), New York University Stern School of Business, 2019"],
    order=["summary", "experience", "skills", "education"],
    style=dict(txt_heading="dash", job_layout="A", date_sep=" - ", bullet="-", width=84, contact_sep=" | "),
),
dict(
    id="27_accountant_pdf_allcaps", half="holdout", profession="accountant", format="pdf-allcaps",
    name="Katarzyna Nowicka", location="Chicago, IL", phone="(773) 555-0139", email="k.nowicka@example.com",
    headline="Staff Accountant",
    summary="Staff accountant with {{5 years}} in accounts payable, accounts receivable and general ledger "
            "for distribution companies. Fluent in Polish.",
    skills=dict(style="comma", groups=[(None, [
        "General ledger", "Accounts payable", "Accounts receivable", "Bank reconciliations", "Journal entries",
        "Sales tax filings", "Microsoft Dynamics 365", "QuickBooks Online", "Excel (pivot tables, XLOOKUP)"])]),
    headings={"summary": "Summary", "skills": "Skills", "experience": "Experience"},
    jobs=[
        J("Lakeview Industrial Supply", "Staff Accountant", "March 2021", "Present", "Chicago, IL", [
            "Process {{1,100+ vendor invoices}} a month and run the weekly payment cycle.",
            "Reduced days sales outstanding from {{52 days}} to {{38 days}} by tightening collections follow-up.",
            "Reconcile {{14 bank and credit card accounts}} monthly and prepare accrual journal entries.",
            "Caught {{$86K}} in duplicate vendor payments during a {{2-year}} AP audit.",
          ]),
        J("Polonia Foods Distributors", "Accounting Clerk", "June 2018", "February 2021", "Niles, IL", [
            "Handled billing and cash application for {{400 grocery customers}}.",
            "Prepared monthly Illinois and Indiana sales tax filings.",
          ]),
    ],
    education=["B.S. Accounting, University of Illinois Chicago, 2018"],
    order=["summary", "experience", "skills", "education"],
    notes="Name and headings are printed in capitals; the name reads KATARZYNA NOWICKA in the file.",
    style=dict(job_layout="F", date_sep=" – ", accent="#000000"),
),
dict(
    id="28_ae_docx_textbox", half="holdout", profession="account executive (sales)", format="docx-textbox",
    name="Jordan Ellis-Park", location="Denver, CO", phone="+1 303.555.0127", email="jordan.ellispark@example.com",
    links=["linkedin.com/in/jordanellispark"],
    headline="Enterprise Account Executive — Healthcare SaaS",
    summary="Enterprise AE selling clinical and revenue-cycle software to hospitals and health systems. "
            "{{6 years}} in closing roles, {{3 President's Club trips}}.",
    skills=dict(style="bullets", groups=[(None, [
        "Salesforce", "Gong", "Outreach", "Definitive Healthcare", "MEDDPICC", "Value selling",
        "RFP responses", "C-suite presentations"])]),
    headings={"skills": "Skills", "summary": "Summary", "experience": "Experience"},
    jobs=[
        J("Clarion Health Systems Software", "Enterprise Account Executive", "Jan 2022", "Present", "Denver, CO", [
            "Closed {{$4.1M}} in new bookings in 2023 ({{128%}} of quota) selling to hospital CFOs and CNOs.",
            "Won {{9 new health-system logos}} in a territory with no prior customers, including a {{12-hospital}} system.",
            "Run multi-stakeholder evaluations with up to {{15 buyers}}, from IT security to nursing leadership.",
            "Average deal size of {{$455K}}, up from {{$280K}} by packaging analytics add-ons.",
          ]),
        J("Medisync", "Account Executive", "Mar 2019", "Dec 2021", "Denver, CO", [
            "Sold scheduling software to physician groups; {{112%}} average quota attainment over {{11 quarters}}.",
            "Built the first partner channel with {{2 EHR consultancies}}, sourcing {{20%}} of team pipeline.",
          ]),
        J("Medisync", "Sales Development Rep", "Jun 2017", "Feb 2019", "Denver, CO", [
            "Set {{45 meetings}} a quarter, top SDR in {{5 of 7 quarters}}.",
          ]),
    ],
    education=["B.A. Communication, University of Colorado Boulder, 2017"],
    order=["summary", "experience", "education", "skills"],
    ok_numbers=["2023"],
    notes="Contact details and skills are inside a floating text box (DrawingML wps:txbx).",
    style=dict(job_layout="H", date_sep=" – ", sidebar=["skills"]),
),
dict(
    id="29_csm_pdf_twocol", half="holdout", profession="customer success manager", format="pdf-twocol",
    name="Sanjana Iyer", location="Toronto, ON", phone="+1 416 555 0168", email="sanjana.iyer@example.ca",
    links=["linkedin.com/in/sanjanaiyer"],
    headline="Customer Success Manager",
    summary="Customer success manager with {{6 years}} in HR-tech and collaboration SaaS. I help customers "
            "actually roll out what they bought, and I bring the receipts to renewal.",
    skills=dict(style="cats", inner=", ", groups=[
        ("CS platforms", ["Gainsight", "ChurnZero", "HubSpot"]),
        ("Data", ["Looker", "Excel", "Pendo"]),
        ("Practice", ["Adoption planning", "Change management", "Renewals", "Escalation management"]),
    ]),
    headings={"skills": "Skills", "summary": "Summary", "experience": "Experience"},
    jobs=[
        J("Teamloom", "Customer Success Manager, Enterprise", "May 2021", "Present", "Toronto, ON", [
            "Lifted licensed-seat utilization from {{46%}} to {{81%}} across {{30 enterprise accounts}} with department-by-department rollout plans.",
            "Partnered with Support and Product to triage escalations and log feature requests in Jira and Productboard.",
            "Renewed {{$5.4M}} in ARR at {{97%}} gross retention in FY23.",
            "Created a champion-enablement webinar series attended by {{1,100+}} customer admins.",
          ]),
        J("Payboard HR", "Customer Success Associate", "Jan 2019", "Apr 2021", "Toronto, ON", [
            "Supported {{150 SMB customers}} through onboarding; CSAT of {{4.7/5}}.",
            "Wrote {{60+ help-center articles}} that cut repeat tickets by {{18%}}.",
          ]),
    ],
    education=["Bachelor of Commerce, Toronto Metropolitan University, 2018"],
    order=["summary", "experience", "education"],
    ok_numbers=["FY23"],
    style=dict(job_layout="A", date_sep=" – ", sidebar=["skills"], accent="#6b2d5c", side_bg="#f5eef3"),
),
dict(
    id="30_growth_md", half="holdout", profession="growth marketing manager", format="md",
    name="Olivia Brandt", location="Berlin, Germany", phone="+49 30 5550 1872", email="olivia.brandt@example.de",
    links=["linkedin.com/in/oliviabrandt", "oliviabrandt.example.com"],
    headline="Growth & Lifecycle Marketing Manager",
    summary="Growth marketer with {{7 years}} in B2B and prosumer SaaS. I work at the seam between marketing "
            "and product: onboarding, paywalls, lifecycle messaging and the experiments that prove what works.",
    skills=dict(style="pipe", groups=[
        ("Channels", ["Lifecycle email", "In-app messaging", "SEO", "Google Ads", "LinkedIn Ads"]),
        ("Tools", ["HubSpot", "Customer.io", "Amplitude", "Optimizely", "Webflow", "SQL"]),
    ]),
    headings={"skills": "Skills", "summary": "Summary", "experience": "Experience"},
    jobs=[
        J("Notably", "Senior Growth Marketing Manager", "Sep 2021", "Present", "Berlin", [
            "Raised free-to-paid conversion from {{2.1%}} to {{3.4%}} with lifecycle emails, usage-based nudges and in-app paywall tests.",
            "Managed the SEO content calendar and paid search campaigns in Google Ads with our agency partners.",
            "Ran {{50+ experiments}} a year with a shared backlog and a weekly readout to product.",
            "Grew organic signups {{2.6x}} in {{18 months}} through programmatic template pages.",
          ]),
        J("Kanbanly", "Growth Marketer", "Jan 2018", "Aug 2021", "Hamburg", [
            "Built the first marketing-qualified lead model with sales, which raised MQL-to-SQL rate by {{40%}}.",
            "Cut cost per trial on LinkedIn Ads by {{35%}} by rebuilding audiences and creative.",
          ]),
        J("Freelance", "Marketing Consultant", "2016", "2017", "Berlin", [
            "Set up analytics and email programs for {{8 startups}}.",
          ]),
    ],
    education=["- M.A. Media Management, Hamburg Media School, 2016",
               "- B.A. Communication Science, University of Vienna, 2014"],
    order=["summary", "experience", "skills", "education"],
    style=dict(job_layout="C", date_sep=" – ", md_h2="##", md_job_h3=False, contact_lines=True),
),
]

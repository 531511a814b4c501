from render import J

RESUMES = [
dict(
    id="01_nurse_pdf_twocol", half="dev", profession="registered nurse", format="pdf-twocol",
    name="María Fernández-Ruiz", name_line="María Fernández-Ruiz, BSN, RN",
    headline="Registered Nurse · Cardiac Step-Down & Telemetry",
    location="Boston, MA", phone="(617) 555-0142", email="maria.fernandezruiz@example.com",
    links=["linkedin.com/in/mfernandezruiz"],
    summary="Bilingual (English/Spanish) registered nurse with {{7 years}} of acute-care experience on "
            "cardiac step-down and telemetry units. Charge nurse on a {{32-bed}} unit; known for calm "
            "patient teaching and tight handoffs.",
    skills=dict(style="bullets", groups=[(None, [
        "Telemetry monitoring", "IV therapy & PICC care", "Epic charting", "ACLS / BLS",
        "Cardiac drips (heparin, amiodarone, diltiazem)", "Wound care", "Patient & family education",
        "Charge nurse / staffing", "Spanish (fluent)"])]),
    headings={"skills": "Clinical Skills", "summary": "Profile", "certs": "Licenses & Certifications"},
    jobs=[
        J("St. Brendan's Medical Center", "Registered Nurse II – Cardiac Step-Down", "Mar 2020", "Present",
          "Boston, MA", [
            "Charge nurse {{3 shifts}} a week on a {{32-bed}} unit, making assignments for up to {{10 RNs}} and {{4 patient care techs}}.",
            "Led a falls-prevention huddle and hourly-rounding pilot that cut patient falls on the unit by {{41%}} in {{12 months}}.",
            "Manage titratable cardiac drips and continuous telemetry for post-PCI and heart-failure patients; document in Epic.",
            "Precepted {{11 new-graduate nurses}} through orientation, with {{100%}} still on the unit after one year.",
            "Raised the unit's HCAHPS nurse-communication score from {{78%}} to {{86%}} by introducing bedside shift report.",
          ]),
        J("Mercy Valley Hospital", "Registered Nurse – Medical-Surgical", "Jun 2017", "Feb 2020", "Worcester, MA", [
            "Cared for {{5–6 patients}} per shift on a {{36-bed}} med-surg unit, including post-operative and diabetic patients.",
            "Member of the unit IV resource team; {{94%}} first-stick success rate on peripheral IV starts.",
            "Translated discharge instructions for Spanish-speaking patients and families.",
          ]),
        J("Mercy Valley Hospital", "Patient Care Technician", "Summer 2016", None, "Worcester, MA", [
            "Took vital signs, blood glucose checks and EKGs for up to {{12 patients}} per shift.",
          ]),
    ],
    education=["B.S. in Nursing", "University of Massachusetts Amherst, 2017"],
    certs=["Massachusetts RN License", "PCCN (Progressive Care), 2021", "ACLS & BLS – American Heart Association"],
    order=["summary", "experience", "education"],
    style=dict(job_layout="A", sidebar=["skills", "certs"], accent="#7a1f3d", date_sep=" – "),
),
dict(
    id="02_teacher_txt", half="dev", profession="high-school teacher", format="txt",
    name="Daniel J. O'Connor", location="Chicago, IL", phone="(312) 555-0119",
    email="djoconnor.teach@example.com",
    headline="High School Chemistry Teacher",
    summary="High-school chemistry and physical-science teacher with {{9 years}} in urban public schools. "
            "I build labs on a shoestring budget, coach new teachers, and care a lot about the kids who "
            "think they are \"not science people.\"",
    skills=dict(style="cats", groups=[
        ("Instruction", ["differentiated instruction", "inquiry-based labs", "standards-based grading",
                         "co-teaching (ICT)", "AP Chemistry curriculum"]),
        ("Technology", ["Google Classroom", "Canvas", "PhET simulations", "Desmos", "Vernier probeware"]),
        ("Student support", ["IEP/504 accommodations", "restorative practices", "SIOP for English learners"]),
    ]),
    headings={"summary": "Profile", "skills": "Teaching Skills", "certs": "License", "experience": "Teaching Experience"},
    jobs=[
        J("Westbrook College Prep High School", "Chemistry Teacher & Science Department Lead", "August 2019",
          "Present", "Chicago, IL", [
            "Teach {{5 sections}} of Chemistry and AP Chemistry ({{150+ students}} a year) at a school where {{82%}} of students qualify for free or reduced lunch.",
            "Raised the AP Chemistry pass rate from {{31%}} to {{58%}} over three years by adding Saturday review labs and weekly retrieval quizzes.",
            "Lead a {{6-person}} science department: run weekly PLC meetings, align unit assessments to NGSS, and mentor first-year teachers.",
            "Won {{$14,500}} in grants for lab equipment, including {{30 Vernier probe kits}}.",
          ]),
        J("Calumet Township High School", "Physical Science Teacher", "2015", "2019", "Calumet City, IL", [
            "Taught Physical Science and Biology to {{130 students}} a year, including {{2 co-taught inclusion sections}}.",
            "Differentiated labs and assessments for English learners and students with IEPs; my sections' end-of-course proficiency rose {{12 points}}.",
            "Coached the Science Olympiad team to its first state qualification in {{11 years}}.",
          ]),
        J("Chicago Park District", "Summer Camp Counselor", "Summer 2014", None, "Chicago, IL", [
            "Supervised a group of {{15 campers}} (ages 8-12) and ran daily outdoor science activities.",
          ]),
    ],
    education=["M.A.T., Secondary Science Education - DePaul University, 2015",
               "B.S., Chemistry - Illinois State University, 2013"],
    certs=["Illinois Professional Educator License (PEL) - Chemistry and Physical Science endorsements"],
    order=["summary", "experience", "education", "certs", "skills"],
    ok_numbers=["8-12"],
    style=dict(txt_heading="underline", job_layout="F", bullet="*", date_sep=" - ", contact_sep=" | "),
),
dict(
    id="03_mecheng_pdf_table", half="dev", profession="mechanical engineer", format="pdf-table",
    name="Hannah K. Lindqvist", location="Royal Oak, MI", phone="+1 (248) 555-0163",
    email="hannah.lindqvist@example.com", links=["linkedin.com/in/hklindqvist"],
    headline="Mechanical Design Engineer — Thermal Systems",
    summary="Mechanical design engineer with {{8 years}} in automotive thermal systems, from CAD through "
            "validation and launch. Took {{3 programs}} from concept to PPAP.",
    skills=dict(style="table", groups=[
        ("CAD / CAE", ["SolidWorks", "CATIA V5", "Creo", "ANSYS Fluent", "Moldflow"]),
        ("Analysis", ["GD&T (ASME Y14.5)", "FEA", "DFMEA", "tolerance stack-up", "8D root cause analysis"]),
        ("Manufacturing", ["injection molding", "brazing", "sheet metal", "APQP", "PPAP"]),
        ("Software", ["MATLAB", "Minitab", "Teamcenter PLM", "Excel VBA"]),
    ]),
    headings={"skills": "Technical Skills", "experience": "Professional Experience"},
    jobs=[
        J("Norvale Thermal Systems", "Senior Product Engineer", "Jan 2021", "Present", "Auburn Hills, MI", [
            "Lead design engineer for an EV battery cooling plate now in production at {{120,000 units}} per year.",
            "Cut brazed-joint leak failures from {{2.1%}} to {{0.3%}} by redesigning the fin pattern and braze fixture, saving {{$640K}} a year in scrap.",
            "Own DFMEA and GD&T drawings for {{14 components}}; coordinate tooling and PPAP with {{3 suppliers}} in Mexico and Poland.",
            "Mentor {{2 junior engineers}} through their first design reviews.",
          ]),
        J("Kessler Automotive Components", "Product Engineer", "Jun 2017", "Dec 2020", "Troy, MI", [
            "Designed HVAC ducts and blower housings for {{4 vehicle programs}}, using Moldflow results to set wall thickness and gate locations.",
            "Reduced instrument-panel duct weight by {{18%}} while passing all durability and NVH tests.",
            "Planned and ran {{40+}} thermal-cycle and vibration tests; wrote DVP&R reports for customer reviews.",
          ]),
        J("Kessler Automotive Components", "Engineering Co-op", "2016", None, "Troy, MI", [
            "Built an Excel VBA tracker for test-sample status that the validation lab still uses.",
          ]),
    ],
    education=["B.S. Mechanical Engineering — Michigan Technological University, 2017",
               "Engineer in Training (EIT), State of Michigan"],
    order=["summary", "skills", "experience", "education"],
    ok_numbers=["Y14.5", "V5", "8D"],
    style=dict(job_layout="B", date_sep=" – ", accent="#203040"),
),
dict(
    id="04_finanalyst_pdf_smallcaps", half="dev", profession="financial analyst", format="pdf-smallcaps",
    name="Priya Raman-Shah", location="London, UK", phone="+44 7700 900456",
    email="priya.ramanshah@example.co.uk", links=["linkedin.com/in/priyaramanshah"],
    summary="FP&A and corporate-finance analyst with {{6 years}} across consumer goods and fintech. "
            "Comfortable owning the monthly management pack, the board model and everything in between.",
    skills=dict(style="pipe", groups=[(None, [
        "Financial modelling", "DCF & LBO valuation", "Excel (INDEX/MATCH, pivot tables, Power Query)",
        "Bloomberg Terminal", "Capital IQ", "Anaplan", "SQL", "Power BI", "Python (pandas)"])]),
    headings={"skills": "Technical Skills", "summary": "Profile", "experience": "Professional Experience",
              "certs": "Qualifications"},
    jobs=[
        J("Finchley Pay Ltd", "Senior FP&A Analyst", "09/2021", "Present", "London", [
            "Own the {{£48M}} opex budget across {{6 business units}} and produce the monthly management accounts pack for the CFO.",
            "Built a driver-based revenue model in Anaplan that cut forecast variance from {{±9%}} to {{±3%}}.",
            "Supported the {{£30M}} Series C raise: built the board model and data-room financials and answered {{200+}} investor diligence questions.",
            "Automated {{14 weekly KPI reports}} with Power Query and SQL, saving the team about {{2 days}} a month.",
          ]),
        J("Harcourt & Lyle Consumer Brands plc", "Financial Analyst", "08/2018", "08/2021", "Reading", [
            "Prepared the quarterly reforecast for a {{£310M}} UK snacks division.",
            "Evaluated {{9 capex proposals}} totalling {{£22M}} using NPV and IRR analysis; presented recommendations to the investment committee.",
            "Identified {{£1.2M}} of annual trade-spend leakage through a customer-level profitability analysis.",
          ]),
        J("Harcourt & Lyle Consumer Brands plc", "Finance Graduate (Rotational Programme)", "09/2016", "07/2018",
          "Reading", [
            "Rotated through group reporting, treasury and commercial finance; prepared intercompany reconciliations for the year-end close.",
          ]),
    ],
    education=["BSc Economics — University of Warwick, 2016"],
    certs=["ACCA Affiliate", "CFA Level II candidate"],
    order=["summary", "experience", "skills", "education", "certs"],
    notes="Name and section headings are set in small capitals (drawn as upper-case glyphs), so the file's text shows the name as PRIYA RAMAN-SHAH; compare the name case-insensitively.",
    case_insensitive=["name"],
    style=dict(job_layout="F", date_sep=" – ", a4=True, serif=True, accent="#222222", name_align=1),
),
dict(
    id="05_accountant_docx_table", half="dev", profession="accountant", format="docx-table",
    name="Jonathan Whitfield", name_line="Jonathan Whitfield, CPA", location="Dallas, TX",
    phone="(214) 555-0176", email="jwhitfield.cpa@example.com", links=["linkedin.com/in/jonwhitfieldcpa"],
    summary="Senior accountant and CPA with {{8+ years}} in public accounting and corporate general ledger. "
            "Strongest in month-end close, revenue recognition (ASC 606) and audit readiness.",
    skills=dict(style="table", groups=[
        ("Accounting", ["Month-end close", "Account reconciliations", "ASC 606 revenue recognition",
                        "Lease accounting (ASC 842)", "SOX controls"]),
        ("Systems", ["NetSuite", "SAP S/4HANA", "BlackLine", "QuickBooks", "Excel (advanced)"]),
        ("Reporting", ["GAAP financial statements", "Variance analysis", "Audit support"]),
    ]),
    headings={"summary": "Professional Summary", "skills": "Core Competencies"},
    jobs=[
        J("Trinity Ridge Healthcare Partners", "Senior Accountant", "May 2019", "Present", "Dallas, TX", [
            "Cut the month-end close from {{10 business days}} to {{5 business days}} by rebuilding the close calendar and task ownership.",
            "Moved {{120+ balance-sheet reconciliations}} from spreadsheets into BlackLine with documented review steps.",
            "Led the ASC 842 lease adoption for {{63 clinic leases}}, booking {{$41M}} in right-of-use assets.",
            "Primary contact for external auditors; prepared {{180+ PBC requests}} for the year-end audit.",
          ]),
        J("Baird & Kessling LLP", "Audit Senior", "Sep 2015", "Apr 2019", "Dallas, TX", [
            "Ran audit fieldwork for {{12 clients}} in healthcare and manufacturing with revenues from {{$20M to $400M}}.",
            "Supervised teams of up to {{5 staff}} and reviewed their workpapers.",
            "Found a {{$2.3M}} revenue cut-off error during substantive testing that the client corrected before issuing statements.",
          ]),
        J("Baird & Kessling LLP", "Audit Intern", "Summer 2014", None, "Dallas, TX", [
            "Tested cash and accounts-payable controls for {{3 clients}}.",
          ]),
    ],
    education=["Master of Science in Accounting, Texas A&M University, 2015",
               "B.B.A. in Accounting, Texas A&M University, 2014"],
    certs=["Certified Public Accountant (Texas)"],
    order=["summary", "skills", "experience", "education", "certs"],
    ok_numbers=["ASC 606", "ASC 842", "S/4HANA"],
    style=dict(job_layout="A", date_sep=" – ", center=True, grid=False, font="Calibri"),
),
dict(
    id="06_ae_pdf_onecol", half="dev", profession="account executive (sales)", format="pdf-onecol",
    name="Marcus T. Bell", location="Atlanta, GA", phone="404-555-0129", email="marcus.bell@example.com",
    links=["linkedin.com/in/marcustbell"],
    headline="Mid-Market Account Executive",
    summary="Mid-market account executive who closes complex, multi-stakeholder SaaS deals with finance "
            "buyers. {{141%}} of quota in FY23; President's Club twice.",
    skills=dict(style="comma", groups=[(None, [
        "Salesforce", "Gong", "Outreach", "ZoomInfo", "LinkedIn Sales Navigator", "MEDDICC", "Challenger Sale",
        "Clari", "multi-threading", "contract negotiation"])]),
    headings={"skills": "Sales Stack & Skills"},
    jobs=[
        J("Ledgerly", "Senior Account Executive, Mid-Market", "Feb 2021", "Present", "Atlanta, GA", [
            "Closed {{$2.3M}} in new ARR in FY23 against a {{$1.63M}} quota, including {{14 middle-market deals}} over {{$100K}}.",
            "Shortened my average sales cycle from {{94 days}} to {{67 days}} by running mutual action plans with finance and IT buyers.",
            "Built a CFO-targeted outbound sequence in Outreach with a {{22%}} reply rate, sourcing {{38%}} of my own pipeline.",
            "Mentored {{4 new AEs}} through onboarding; {{3 of 4}} hit quota in their first full quarter.",
          ]),
        J("Brightwire Payroll", "Account Executive, SMB", "Jun 2018", "Jan 2021", "Atlanta, GA", [
            "Exceeded quota in {{9 of 10 quarters}}; ranked {{#2 of 28 AEs}} in FY2020 bookings.",
            "Worked a book of {{120+ SMB prospects}} per quarter using Salesforce and Gong call reviews.",
          ]),
        J("Brightwire Payroll", "Sales Development Representative", "Aug 2016", "May 2018", "Atlanta, GA", [
            "Booked {{310 qualified meetings}} in {{18 months}}; promoted to AE ahead of plan.",
          ]),
    ],
    education=["B.B.A., Marketing — Georgia State University, 2016"],
    extra={"Awards": ["President's Club, FY22 and FY23"]},
    order=["summary", "experience", "skills", "education", "Awards"],
    ok_numbers=["FY23", "FY2020", "FY22"],
    style=dict(job_layout="A", date_sep=" - ", accent="#0b5394"),
),
]

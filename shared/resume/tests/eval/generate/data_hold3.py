from render import J

RESUMES = [
dict(
    id="38_paralegal_docx_header", half="holdout", profession="paralegal", format="docx-header",
    name="Renée Dubois-Carter", location="Atlanta, GA", phone="(470) 555-0131", email="renee.duboiscarter@example.com",
    links=["linkedin.com/in/reneeduboiscarter"],
    headline="Corporate & Real Estate Paralegal",
    summary="Corporate and real estate paralegal with {{12 years}} at AmLaw 200 firms. I keep closings on "
            "track, entities in good standing and checklists honest.",
    skills=dict(style="bullets", groups=[(None, [
        "Commercial real estate closings", "Title and survey review", "Entity formation and maintenance",
        "UCC searches and filings", "Closing checklists", "iManage", "Intapp", "CT Corporation portal"])]),
    headings={"skills": "Areas of Expertise", "summary": "Profile", "experience": "Experience"},
    jobs=[
        J("Whitmore Langley LLP", "Senior Corporate Paralegal", "Feb 2017", "Present", "Atlanta, GA", [
            "Coordinate closing checklists for commercial real estate deals totaling more than {{$1.4B}}.",
            "Maintain {{450+ entities}} for private-equity and REIT clients, including annual reports and good-standing certificates.",
            "Managed due diligence for a {{38-property}} portfolio acquisition closed in {{45 days}}.",
          ]),
        J("Peachtree Title & Escrow", "Closing Coordinator", "May 2012", "Jan 2017", "Atlanta, GA", [
            "Prepared settlement statements for {{60+ closings}} a month.",
          ]),
    ],
    education=["Paralegal Studies Certificate, Emory University Continuing Education, 2012",
               "B.A. French, Georgia State University, 2011"],
    order=["summary", "experience", "skills", "education"],
    ok_numbers=["AmLaw 200"],
    notes="Contact details are only in the page header; the name is in the body.",
    style=dict(job_layout="F", date_sep=" – ", contact_sep=" · ", font="Cambria"),
),
dict(
    id="39_hr_docx_table", half="holdout", profession="HR generalist", format="docx-table",
    name="Carmen Delgado", location="Miami, FL", phone="(305) 555-0115", email="carmen.delgado.hr@example.com",
    links=["linkedin.com/in/carmendelgadohr"],
    headline="Human Resources Generalist — Hospitality",
    summary="Bilingual HR generalist with {{6 years}} in hotels and resorts. I handle the whole employee "
            "lifecycle for hourly teams, from job fairs to exit interviews.",
    skills=dict(style="grid", ncol=3, groups=[(None, [
        "Full-cycle recruiting", "Onboarding", "Employee relations", "Performance management", "UKG Pro",
        "Paycom", "I-9 and E-Verify", "OSHA recordkeeping", "Spanish (fluent)"])]),
    headings={"skills": "Skills", "summary": "Summary", "experience": "Experience"},
    jobs=[
        J("Coral Key Resort & Spa", "HR Generalist", "November 2020", "Present", "Miami Beach, FL", [
            "Support {{520 employees}} across {{11 departments}} in a {{400-room}} resort.",
            "Hired {{300+ seasonal associates}} in {{6 weeks}} through on-site job fairs and same-day offers.",
            "Cut annual hourly turnover from {{71%}} to {{54%}} with stay interviews and a supervisor training program.",
          ]),
        J("Bayfront Hotel Group", "HR Assistant", "June 2018", "October 2020", "Miami, FL", [
            "Processed payroll changes and I-9s for {{3 hotels}}.",
            "Organized {{12 employee engagement events}} a year.",
          ]),
    ],
    education=["B.S. Human Resource Management, Florida International University, 2018"],
    certs=["SHRM-CP"],
    ok_numbers=["I-9s"],
    order=["summary", "experience", "skills", "education", "certs"],
    style=dict(job_layout="A", date_sep=" – ", grid=True, exp_table=True),
),
dict(
    id="40_supply_pdf_smallcaps", half="holdout", profession="supply chain / logistics", format="pdf-smallcaps",
    name="Henrik Andersson", location="Rotterdam, Netherlands", phone="+31 10 555 0134",
    email="henrik.andersson@example.nl", links=["linkedin.com/in/henrikandersson"],
    headline="Logistics & Warehouse Operations Manager",
    summary="Logistics manager with {{11 years}} running warehouses and transport for FMCG and e-commerce "
            "in the Netherlands and Sweden.",
    skills=dict(style="semicolon", groups=[(None, [
        "Warehouse operations", "Transport planning", "Lean Six Sigma (Green Belt)", "SAP EWM", "Blue Yonder WMS",
        "KPI dashboards", "Customs (AEO)", "Team leadership"])]),
    headings={"skills": "Skills", "summary": "Profile", "experience": "Experience"},
    jobs=[
        J("Maasvlakte Fulfilment B.V.", "Warehouse Operations Manager", "2020", "present", "Rotterdam", [
            "Run a {{45,000 m²}} e-commerce fulfilment centre with {{180 staff}} shipping {{25,000 orders}} a day at peak.",
            "Raised order accuracy to {{99.7%}} and cut cost per order by {{18%}} with slotting changes and pick-to-light.",
            "Led the go-live of SAP EWM with {{0 days}} of lost shipping.",
          ]),
        J("Nordvik Foods AB", "Transport Planner", "2013", "2020", "Gothenburg, Sweden", [
            "Planned routes for {{60 trucks}} serving {{900 stores}} in western Sweden.",
            "Reduced empty kilometres by {{14%}} through backhaul agreements with {{3 carriers}}.",
          ]),
    ],
    education=["MSc Supply Chain Management, Chalmers University of Technology, 2013"],
    order=["summary", "experience", "skills", "education"],
    notes="Name and section headings are set in small capitals (upper-case glyphs at two sizes), so the name reads HENRIK ANDERSSON in the file.",
    style=dict(job_layout="H", date_sep="–", a4=True, accent="#003b5c"),
),
dict(
    id="41_pharmacist_txt", half="holdout", profession="pharmacist", format="txt",
    name="Farah Siddiqui", name_line="Farah Siddiqui, PharmD", location="Columbus, OH", phone="(614) 555-0187",
    email="farah.siddiqui.rph@example.com",
    summary="Community pharmacist and pharmacy manager with {{7 years}} in chain and independent pharmacies. "
            "Focused on adherence, immunizations and a pharmacy team that wants to stay.",
    skills=dict(style="bullets", groups=[(None, [
        "Medication therapy management (MTM)", "Immunizations", "Adherence packaging", "Controlled substance inventory",
        "Prior authorizations", "Rx30", "OutcomesMTM", "Team scheduling"])]),
    headings={"summary": "Summary", "skills": "Skills", "experience": "Experience"},
    jobs=[
        J("HealthMart Pharmacy of Clintonville", "Pharmacy Manager", "May 2020", "Present", "Columbus, OH", [
            "Raised proportion of days covered for statins and diabetes medications from {{78%}} to {{89%}} with med sync and refill calls, lifting our star rating to {{4.5}}.",
            "Manage a team of {{2 pharmacists}} and {{6 technicians}} filling about {{420 prescriptions}} a day.",
            "Completed {{1,000+ MTM reviews}} a year for Medicare Part D patients.",
          ]),
        J("Buckeye Drug Co.", "Staff Pharmacist", "Jun 2017", "Apr 2020", "Dublin, OH", [
            "Gave {{2,500+ immunizations}} per season and trained technicians to assist.",
          ]),
        J("Buckeye Drug Co.", "Pharmacy Intern", "Summer 2015", None, "Dublin, OH", []),
    ],
    education=["Doctor of Pharmacy, The Ohio State University College of Pharmacy, 2017"],
    certs=["Ohio Pharmacist License", "APhA Immunization Certificate"],
    order=["summary", "experience", "skills", "education", "certs"],
    ok_numbers=["Part D"],
    style=dict(txt_heading="colon", job_layout="E", date_sep=" - ", bullet="-", contact_first=True, contact_sep=" | "),
),
dict(
    id="42_chef_md", half="holdout", profession="chef / restaurant manager", format="md",
    name="Giulia Ferraro", location="Chicago, IL", phone="(312) 555-0160", email="giulia.ferraro@example.com",
    links=["linkedin.com/in/giuliaferraro"],
    headline="Restaurant General Manager",
    summary="Restaurant general manager with {{13 years}} in full-service Italian and neighborhood restaurants, "
            "front and back of house. I run the P&L, the schedule and the floor on a Saturday night.",
    skills=dict(style="cats", inner=", ", groups=[
        ("Operations", ["P&L management", "Labor scheduling", "Inventory", "Vendor negotiation"]),
        ("Systems", ["Toast", "7shifts", "OpenTable", "R365"]),
        ("People", ["Hiring and training", "Coaching shift leads"]),
        ("Certifications", ["ServSafe Manager", "BASSET"]),
    ]),
    headings={"skills": "Skills", "summary": "Summary", "experience": "Experience"},
    jobs=[
        J("Trattoria Lupa", "General Manager", "Apr 2019", "Present", "Chicago, IL", [
            "Run a {{160-seat}} restaurant with {{$5.8M}} in annual sales and a staff of {{55}}.",
            "Cut labor cost from {{34%}} to {{29%}} of sales with demand-based scheduling in 7shifts.",
            "Grew private-dining revenue {{45%}} by building a dedicated events menu and coordinator role.",
          ]),
        J("Osteria Nove", "Assistant General Manager", "Mar 2015", "Mar 2019", "Evanston, IL", [
            "Managed front-of-house team of {{30}} and ran weekly inventory.",
          ]),
        J("Osteria Nove", "Server, then Shift Lead", "2011", "2015", "Evanston, IL", []),
    ],
    education=["- B.A. Hospitality Management, Roosevelt University, 2013"],
    order=["summary", "experience", "skills", "education"],
    ok_numbers=["7shifts"],
    style=dict(job_layout="A", date_sep=" – ", contact_sep=" · ", md_rule=True),
),
dict(
    id="43_pt_docx_plain", half="holdout", profession="physical therapist", format="docx-plain",
    name="Owen Fitzgerald-Lee", name_line="Owen Fitzgerald-Lee, DPT", location="Portland, OR",
    phone="(503) 555-0149", email="owen.fitzlee.dpt@example.com",
    summary="Physical therapist with {{4 years}} in inpatient rehab and home health, focused on stroke and "
            "neurologic recovery.",
    skills=dict(style="comma", groups=[(None, [
        "Neurologic rehabilitation", "Gait training", "Balance assessment (Berg, TUG)", "Wheelchair seating",
        "Epic documentation", "Patient and caregiver education"])]),
    headings={"skills": "Skills", "summary": "Summary", "experience": "Experience"},
    jobs=[
        J("Cascade Rehabilitation Hospital", "Physical Therapist, Neuro Team", "Oct 2021", "Present", "Portland, OR", [
            "Treat {{8-10 inpatients}} a day recovering from stroke, brain injury and spinal cord injury.",
            "Lead the body-weight-support treadmill program; patients' average discharge gait speed improved by {{0.2 m/s}}.",
            "Mentor {{6 DPT students}} per year during clinical rotations.",
          ]),
        J("Willamette Home Health", "Physical Therapist", "Jun 2020", "Sep 2021", "Salem, OR", [
            "Managed a caseload of {{30 home-health patients}} and cut fall-related readmissions by {{22%}}.",
          ]),
    ],
    education=["Doctor of Physical Therapy, Pacific University, 2020", "B.S. Exercise Science, Oregon State University, 2017"],
    certs=["Oregon PT License", "Neurologic Clinical Specialist candidate"],
    order=["summary", "skills", "experience", "education", "certs"],
    style=dict(job_layout="A", date_sep=" – ", name_style_title=True, contact_sep=" | "),
),
dict(
    id="44_ea_txt", half="holdout", profession="executive assistant", format="txt",
    name="Amara Obi", location="Lagos, Nigeria", phone="+234 803 555 0142", email="amara.obi@example.com.ng",
    links=["linkedin.com/in/amaraobi"],
    summary="Executive assistant with {{8 years}} supporting managing directors in banking and telecoms.",
    skills=dict(style="comma", groups=[(None, [
        "Calendar management", "Travel and visa coordination", "Board and committee papers", "Microsoft Office",
        "SAP Concur", "Vendor management", "Confidential correspondence"])]),
    headings={"summary": "Summary", "skills": "Skills", "experience": "Employment History"},
    jobs=[
        J("Eko Continental Bank Plc", "Executive Assistant to the Managing Director", "January 2019", "Current",
          "Lagos", [
            "Manage the MD's calendar, travel and correspondence, including {{6 board committees}}.",
            "Coordinated the bank's annual investor day for {{350 guests}}.",
            "Introduced a digital approval workflow that cut document turnaround from {{5 days}} to {{2 days}}.",
          ]),
        J("Lagos Telecom Services Ltd", "Personal Assistant to the Chief Operating Officer", "March 2015",
          "December 2018", "Lagos", [
            "Supported the COO and a {{12-person}} operations leadership team.",
          ]),
    ],
    education=["B.Sc. Mass Communication, University of Lagos, 2014"],
    order=["summary", "experience", "skills", "education"],
    style=dict(txt_heading="caps", job_layout="C", date_sep=" to ", bullet="o", contact_lines=True),
),
]

from render import J

RESUMES = [
dict(
    id="15_constructionpm_docx_textbox", half="dev", profession="construction project manager",
    format="docx-textbox",
    name="Siobhán Gallagher", location="Denver, CO", phone="(303) 555-0165", email="s.gallagher.pm@example.com",
    links=["linkedin.com/in/siobhangallagher"],
    headline="Construction Project Manager, PMP",
    summary="Construction project manager with {{12 years}} on commercial, healthcare and multifamily "
            "projects from preconstruction through closeout. Known for clean schedules, honest owner "
            "reporting and a safe site.",
    skills=dict(style="bullets", groups=[(None, [
        "Procore", "Primavera P6", "Bluebeam Revu", "MS Project", "Cost control & forecasting",
        "Subcontractor management", "RFIs & submittals", "OSHA 30", "LEED coordination"])]),
    headings={"skills": "Core Skills", "experience": "Project Experience", "summary": "Profile"},
    jobs=[
        J("Front Range Builders", "Senior Project Manager", "March 2019", "Present", "Denver, CO", [
            "Delivered a {{$48M}}, {{6-story}} medical office building {{5 weeks}} early and {{2.1%}} under budget.",
            "Manage {{25-30 subcontractors}} per project and run weekly OAC meetings with owners and architects.",
            "Cut the RFI response time from {{9 days}} to {{3 days}} by moving RFIs and submittals into Procore with clear ball-in-court rules.",
            "Closed out {{4 projects}} with no outstanding punch items at turnover.",
          ]),
        J("Summit Ridge Construction", "Project Manager", "June 2015", "February 2019", "Colorado Springs, CO", [
            "Ran {{3 multifamily projects}} totaling {{612 units}} and {{$95M}}.",
            "Recovered a {{6-week}} schedule slip on a {{180-unit}} building through resequencing and a second framing crew.",
          ]),
        J("Summit Ridge Construction", "Project Engineer", "May 2012", "May 2015", "Colorado Springs, CO", [
            "Managed submittals, RFIs and change-order logs for school and retail projects up to {{$22M}}.",
          ]),
    ],
    education=["B.S. Construction Management, Colorado State University, 2012"],
    certs=["Project Management Professional (PMP)", "OSHA 30-Hour", "LEED Green Associate"],
    order=["summary", "experience", "education", "certs", "skills"],
    notes="Contact details and the skills list are inside a floating text box (DrawingML wps:txbx) on the right of the page.",
    style=dict(job_layout="A", date_sep=" – ", sidebar=["skills", "certs"]),
),
dict(
    id="16_paralegal_docx_plain", half="dev", profession="paralegal", format="docx-plain",
    name="Grace-Ann Whitaker", location="Raleigh, NC", phone="(919) 555-0107", email="graceann.whitaker@example.com",
    links=[],
    headline="Litigation Paralegal",
    summary="NALA Certified Paralegal with {{9 years}} of civil litigation support in insurance defense and "
            "commercial disputes. Organized, calm on deadline days, and fluent in e-discovery platforms.",
    skills=dict(style="comma", groups=[(None, [
        "Legal research (Westlaw, Lexis+)", "e-discovery (Relativity)", "Document review", "Deposition preparation",
        "Trial binders", "Calendaring & docketing", "CM/ECF e-filing", "Clio", "Microsoft Office"])]),
    headings={"skills": "Skills", "experience": "Professional Experience"},
    jobs=[
        J("Hargrove Whitley & Pruitt, PLLC", "Senior Litigation Paralegal", "January 2018", "Present", "Raleigh, NC", [
            "Support {{4 partners}} and {{3 associates}} on a caseload of about {{60 active matters}}.",
            "Managed document productions of more than {{250,000 pages}} in Relativity, including privilege logs.",
            "Prepared trial binders and exhibits for {{7 jury trials}}.",
            "Built a deadline docketing checklist that the firm adopted for all litigation staff.",
          ]),
        J("Carolina Mutual Insurance Company", "Claims Litigation Paralegal", "August 2014", "December 2017",
          "Durham, NC", [
            "Tracked {{300+ open claim files}} in litigation and summarized medical records for defense counsel.",
            "Drafted discovery responses and subpoenas for attorney review.",
          ]),
        J("Wake County Clerk of Superior Court", "Deputy Clerk", "2012", "2014", "Raleigh, NC", []),
    ],
    education=["Paralegal Certificate, Meredith College, 2014", "B.A. English, North Carolina State University, 2012"],
    certs=["Certified Paralegal (CP), NALA"],
    order=["summary", "skills", "experience", "education", "certs"],
    style=dict(job_layout="B", date_sep=" – ", contact_sep=" | ", font="Garamond"),
),
dict(
    id="17_hr_pdf_allcaps", half="dev", profession="HR generalist", format="pdf-allcaps",
    name="Lan Nguyen", location="San Jose, CA", phone="408.555.0196", email="lan.nguyen.hr@example.com",
    links=["linkedin.com/in/lannguyenhr"],
    headline="HR Generalist | SHRM-CP",
    summary="HR generalist with {{7 years}} in manufacturing and logistics, supporting hourly and salaried "
            "teams of up to {{900 employees}}. Bilingual in English and Vietnamese.",
    skills=dict(style="bullets", groups=[(None, [
        "Employee relations & investigations", "Onboarding", "Workday HCM", "ADP Workforce Now",
        "FMLA / ADA leave administration", "Benefits enrollment", "California wage & hour compliance",
        "HR reporting (Excel)"])]),
    headings={"summary": "Professional Summary", "skills": "Areas of Expertise", "experience": "Work Experience"},
    jobs=[
        J("Bayline Logistics", "HR Generalist", "Apr 2020", "Present", "San Jose, CA", [
            "HR partner for {{3 distribution centers}} with {{900 hourly associates}}.",
            "Reduced first-90-day turnover from {{48%}} to {{29%}} by rebuilding onboarding and adding {{30-day}} check-ins with new hires.",
            "Investigate and resolve {{40+ employee relations cases}} a year, with documentation that has held up in {{2 agency audits}}.",
            "Administer leaves of absence under FMLA, CFRA and ADA.",
          ]),
        J("Pacifica Components Inc.", "HR Coordinator", "Jun 2017", "Mar 2020", "Fremont, CA", [
            "Coordinated hiring for {{250+ production roles}} a year and ran weekly new-hire orientation.",
            "Moved personnel files for {{600 employees}} into Workday during the HRIS migration.",
          ]),
    ],
    education=["B.A. Psychology, San José State University, 2017"],
    certs=["SHRM Certified Professional (SHRM-CP)"],
    order=["summary", "skills", "experience", "education", "certs"],
    ok_numbers=["first-90-day"],
    notes="Name and headings are printed in capitals; the name reads LAN NGUYEN in the file.",
    style=dict(job_layout="C", date_sep=" – ", accent="#333333", rule=True),
),
dict(
    id="18_supply_docx_table", half="dev", profession="supply chain / logistics", format="docx-table",
    name="Oluwaseun Adeyemi", location="Memphis, TN", phone="+1 (901) 555-0133", email="seun.adeyemi@example.com",
    links=["linkedin.com/in/seunadeyemi"],
    headline="Supply Chain Manager — Inventory Planning",
    summary="Supply chain manager with {{10 years}} in retail and CPG distribution. I plan inventory so "
            "shelves stay full without tying up cash, and I can explain the numbers to store ops and finance.",
    skills=dict(style="cats", groups=[
        ("Planning", ["Demand planning", "Safety stock optimization", "S&OP", "ABC/XYZ segmentation"]),
        ("Systems", ["SAP APO", "Blue Yonder", "Manhattan WMS", "Power BI", "SQL", "Excel"]),
        ("Logistics", ["Carrier management", "Vendor compliance", "Import logistics"]),
    ]),
    headings={"skills": "Skills", "experience": "Experience"},
    jobs=[
        J("Delta Home & Garden", "Supply Chain Manager, Inventory Planning", "Feb 2020", "Present", "Memphis, TN", [
            "Raised fill rate on {{1,200 A-class SKUs}} from {{91%}} to {{98.5%}} by resetting safety stock and reorder points by store cluster.",
            "Built Power BI and SQL dashboards to track supplier on-time delivery and inventory KPIs for {{40 suppliers}}.",
            "Lowered inventory on hand by {{$7.2M}} ({{11%}}) while sales grew.",
            "Lead a team of {{5 planners}} and run the monthly S&OP meeting with merchandising.",
          ]),
        J("Mid-South Foods Distribution", "Senior Demand Planner", "Jan 2016", "Jan 2020", "Memphis, TN", [
            "Forecast {{3,000+ SKUs}} across {{2 distribution centers}}; improved forecast accuracy by {{9 points}}.",
            "Cut expedited freight costs {{23%}} by consolidating inbound loads.",
          ]),
        J("Mid-South Foods Distribution", "Logistics Coordinator", "Jun 2013", "Dec 2015", "Memphis, TN", [
            "Scheduled {{150 inbound trucks}} a week and resolved carrier claims.",
          ]),
    ],
    education=["M.S. Supply Chain Management, University of Memphis, 2016",
               "B.S. Business Administration, University of Lagos, 2012"],
    certs=["APICS Certified Supply Chain Professional (CSCP)"],
    order=["summary", "experience", "skills", "education", "certs"],
    style=dict(job_layout="A", date_sep=" – ", grid=True, exp_table=True, contact_sep=" | "),
),
dict(
    id="19_pharmacist_pdf_table", half="dev", profession="pharmacist", format="pdf-table",
    name="Mei-Ling Chou", name_line="Mei-Ling Chou, PharmD, BCPS", location="Pasadena, CA",
    phone="(626) 555-0104", email="meiling.chou.pharmd@example.com",
    headline="Clinical Pharmacist",
    summary="Board-certified clinical pharmacist with {{8 years}} in hospital and retail settings. Focus on "
            "anticoagulation, antimicrobial stewardship and medication safety.",
    skills=dict(style="table", groups=[
        ("Clinical", ["Anticoagulation management", "Antimicrobial stewardship", "Pharmacokinetic dosing",
                      "Medication reconciliation", "Sterile compounding (USP 797)"]),
        ("Systems", ["Epic Willow", "Pyxis MedStation", "Omnicell", "PioneerRx"]),
        ("Languages", ["Mandarin", "Cantonese"]),
    ]),
    headings={"skills": "Skills", "experience": "Experience", "summary": "Summary"},
    jobs=[
        J("Arroyo Valley Medical Center", "Clinical Pharmacist", "Oct 2019", "Present", "Pasadena, CA", [
            "Verify about {{600 orders}} per shift for a {{410-bed}} hospital.",
            "Run the pharmacist-led warfarin clinic; patients' time in therapeutic range rose from {{58%}} to {{71%}}.",
            "Member of the antimicrobial stewardship team; cut average IV-to-PO conversion time by {{1.5 days}}.",
            "Trained {{16 pharmacy residents}} and students in pharmacokinetic dosing.",
          ]),
        J("Goodwell Pharmacy", "Staff Pharmacist", "Jul 2016", "Sep 2019", "Alhambra, CA", [
            "Filled {{250-300 prescriptions}} a day and gave {{1,200+ immunizations}} each flu season.",
            "Started a medication-synchronization program enrolling {{340 patients}}.",
          ]),
    ],
    education=["Doctor of Pharmacy (PharmD), University of Southern California, 2016",
               "PGY1 Pharmacy Residency, Arroyo Valley Medical Center, 2017"],
    certs=["California Pharmacist License", "Board Certified Pharmacotherapy Specialist (BCPS)", "BLS / ACLS"],
    order=["summary", "experience", "skills", "education", "certs"],
    ok_numbers=["797"],
    style=dict(job_layout="A", date_sep=" – ", exp_table=True, accent="#0d5c63"),
),
dict(
    id="20_chef_txt", half="dev", profession="chef / restaurant manager", format="txt",
    name="Étienne Moreau", location="New Orleans, LA", phone="+1 504 555 0177", email="etienne.moreau@example.com",
    links=["instagram.com/chef.etienne"],
    headline="Executive Chef",
    summary="Executive chef with {{15 years}} in French and Gulf Coast kitchens. I run calm, clean lines, "
            "write menus around what the boats and farms bring in, and keep food cost where the owners "
            "need it.",
    skills=dict(style="comma", groups=[(None, [
        "Menu development", "Food cost control", "Inventory & ordering", "Staff training", "ServSafe Manager",
        "Butchery", "Pastry basics", "Toast POS", "MarketMan"])]),
    headings={"summary": "Profile", "skills": "Kitchen Skills", "experience": "Experience"},
    jobs=[
        J("Maison Cyprès", "Executive Chef", "2019", "Present", "New Orleans, LA", [
            "Run a {{140-seat}} restaurant doing about {{$4.2M}} a year, with a kitchen team of {{22 cooks}}.",
            "Brought food cost from {{34%}} down to {{28.5%}} through whole-animal butchery, tighter ordering and menu engineering.",
            "Named one of the city's best new restaurants in its first year; {{4.7/5}} across {{2,300+}} reviews.",
          ]),
        J("The Pelican Room", "Chef de Cuisine", "2015", "2019", "New Orleans, LA", [
            "Ran daily operations for a {{90-seat}} dining room and a {{300-guest}} private events program.",
            "Cut line-cook turnover from {{70%}} to {{38%}} a year by building a training ladder.",
          ]),
        J("Le Bouchon du Marais", "Sous Chef", "2011", "2015", "Paris, France", []),
    ],
    education=["Diplôme de Cuisine, Institut Paul Bocuse, 2009"],
    order=["summary", "experience", "skills", "education"],
    style=dict(txt_heading="rule", job_layout="G", date_sep="-", bullet="•", width=76, contact_sep="  /  "),
),
dict(
    id="21_pt_pdf_onecol", half="dev", profession="physical therapist", format="pdf-onecol",
    name="Brianna L. McAllister", name_line="Brianna L. McAllister, PT, DPT", location="Madison, WI",
    phone="(608) 555-0121", email="bmcallister.dpt@example.com",
    summary="Outpatient orthopedic physical therapist with {{6 years}} treating post-surgical, sports and "
            "chronic-pain patients.",
    skills=dict(style="semicolon", groups=[(None, [
        "Manual therapy", "Post-op ACL rehab", "Dry needling", "Vestibular rehab", "Gait analysis",
        "WebPT documentation", "Home exercise programs"])]),
    headings={"skills": "Clinical Skills", "summary": "Summary", "experience": "Clinical Experience"},
    jobs=[
        J("Lakeshore Orthopedic & Sports PT", "Physical Therapist", "Sep 2019", "Present", "Madison, WI", [
            "Treat {{12-14 patients}} per day with an average of {{9 visits}} per plan of care.",
            "Built the clinic's return-to-sport testing protocol used with {{80+ ACL patients}}.",
            "Kept a {{96%}} plan-of-care completion rate and a {{4.9/5}} patient satisfaction score.",
          ]),
        J("UW Health", "Physical Therapist (Per Diem)", "2018", "2019", "Madison, WI", [
            "Covered inpatient and acute-care shifts on orthopedic and neuro floors.",
          ]),
    ],
    education=["Doctor of Physical Therapy, University of Wisconsin–Madison, 2018",
               "B.S. Kinesiology, University of Minnesota, 2015"],
    certs=["Wisconsin PT License", "Orthopaedic Clinical Specialist (OCS)", "Certified Dry Needling (CDNT)"],
    order=["summary", "certs", "experience", "skills", "education"],
    style=dict(job_layout="F", date_sep=" to ", accent="#1b4d3e", name_align=1, serif=True),
),
dict(
    id="22_ea_docx_header", half="dev", profession="executive assistant", format="docx-header",
    name="Fiona Caldwell-Hughes", location="Bristol, UK", phone="+44 7700 900781", email="fiona.caldwellhughes@example.co.uk",
    links=["linkedin.com/in/fionacaldwellhughes"],
    summary="Executive assistant with {{10 years}} supporting C-suite leaders in technology and professional "
            "services. Trusted with diaries, boards and the details nobody else sees.",
    skills=dict(style="bullets", groups=[(None, [
        "Diary & inbox management", "Board pack preparation", "Travel planning", "Expense reporting (Concur)",
        "Microsoft 365", "Google Workspace", "Minute taking", "Event coordination"])]),
    headings={"summary": "Profile", "skills": "Key Skills", "experience": "Career History"},
    jobs=[
        J("Severn Analytics Ltd", "Executive Assistant to the CEO", "Jan 2020", "Present", "Bristol", [
            "Manage the CEO's diary across {{4 time zones}} and coordinate a {{9-person}} leadership team.",
            "Prepare and distribute board packs for {{8 board meetings}} a year; take minutes and track actions.",
            "Organised a {{250-person}} company offsite in Lisbon, delivered {{12%}} under budget.",
          ]),
        J("Kingsdown Partners LLP", "Executive Assistant to Two Partners", "Mar 2014", "Dec 2019", "Bath", [
            "Supported {{2 senior partners}}; handled travel, expenses and client meeting logistics.",
            "Introduced a shared Outlook booking system that cut meeting-room clashes to nearly none.",
          ]),
    ],
    education=["BA (Hons) History, University of Exeter, 2013"],
    order=["summary", "skills", "experience", "education"],
    notes="Name and all contact details are only in the page header.",
    style=dict(job_layout="E", date_sep=" – ", name_in_header=True, contact_sep=" | ", center=True),
),
]

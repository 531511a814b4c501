from render import J

NULL_END_NOTE = ("End dates written as {end} mean the job is current; the truth records them as null, "
                 "like Present.")

RESUMES = [
dict(
    id="w11_01_civileng_docx_table", half="dev", profession="civil / structural engineer", format="docx-table",
    name="Katharina Weißenberger", name_line="Dipl.-Ing. Katharina Weißenberger",
    headline="Bridge & Structural Engineer – Transport Infrastructure",
    location="Munich, Germany", phone="+49 151 2346 7718", email="k.weissenberger@example.de",
    links=["linkedin.com/in/kweissenberger"],
    summary="Civil engineer with {{11 years}} in bridge and transport structures in Bavaria and Austria. Design "
            "lead on {{14 bridges}}, from preliminary design through site supervision, and the person the "
            "contractor calls when the drawings and the site disagree.",
    skills=dict(style="grid", ncol=3, groups=[(None, [
        "Eurocode 2 & 3 design", "SOFiSTiK", "RFEM / RSTAB", "Allplan Bridge", "AutoCAD Civil 3D",
        "Autodesk Revit", "BIM coordination (IFC, BCF)", "HOAI fee & cost estimates", "Site supervision (Bauüberwachung)",
        "German (native)", "English (C1)", "Team leadership"])]),
    headings={"summary": "Profile", "experience": "Professional Experience", "skills": "Software & Skills",
              "certs": "Chamber Membership"},
    jobs=[
        J("Rheinbau Ingenieure GmbH", "Projektleiterin / Project Lead – Bridges & Structures", "04/2020", "today",
          "Munich", [
            "Lead a team of {{6 engineers}} and {{2 draughtspersons}} on motorway bridge replacements for Die Autobahn GmbH des Bundes.",
            "Delivered the replacement of a {{312 m}} prestressed-concrete viaduct under live traffic, {{4 months}} ahead of the contract programme.",
            "Cut reinforcement quantities by {{9%}} on a {{€38M}} package through refined SOFiSTiK models and value-engineering workshops.",
            "Introduced BIM-based clash detection that reduced requests for information from site by about {{40%}}.",
          ]),
        J("Rheinbau Ingenieure GmbH", "Senior Structural Engineer", "09/2016", "03/2020", "Munich", [
            "Designed {{8 road and rail bridges}} with spans up to {{65 m}} to Eurocode and DB Netz guidelines.",
            "Checked {{120+}} sets of shop drawings a year for precast and steel suppliers.",
          ]),
        J("Ingenieurbüro Dr. Hofmann & Partner mbB", "Structural Engineer (Tragwerksplanung)", "02/2013", "08/2016",
          "Rosenheim", [
            "Prepared structural calculations and drawings for {{30+}} residential and commercial buildings.",
          ]),
        J("Technische Universität München, Lehrstuhl für Massivbau", "Student Research Assistant (HiWi)",
          "10/2010", "12/2012", "Munich", []),
        J("Brandl Bau GmbH & Co. KG", "Construction Intern (Pflichtpraktikum)", "2009", None, "Traunstein", []),
    ],
    education=["M.Sc. Civil Engineering (Structural Engineering), Technische Universität München, 2013",
               "B.Eng. Bauingenieurwesen, Hochschule München, 2010"],
    certs=["Member, Bayerische Ingenieurekammer-Bau (Beratende Ingenieurin)"],
    order=["summary", "experience", "skills", "education", "certs"],
    notes="Skills are a 3-column Word table without category labels; experience is in paragraphs, not a table. "
          + NULL_END_NOTE.format(end="'today'"),
    style=dict(job_layout="C", exp_table=False, date_sep=" – ", hlevel=1, contact_lines=True, font="Arial",
               margin=0.9),
),
dict(
    id="w11_02_hygienist_md", half="dev", profession="dental hygienist", format="md",
    name="Simran Kaur Gill", name_line="Simran Kaur Gill, RDH", location="Brampton, ON",
    phone="905-555-0187", email="simran.gill.rdh@example.ca", links=[],
    headline="Registered Dental Hygienist",
    summary="Registered dental hygienist with {{6 years}} of clinical practice in general and periodontal offices "
            "across Peel Region. I came to dentistry after {{4 years}} in retail management, and I'm still the "
            "one the front desk sends the nervous patients to.",
    skills=dict(style="bullets", groups=[
        ("Clinical", ["Scaling & root planing", "Periodontal charting", "Digital radiography (intraoral & pano)",
                      "Local anaesthesia (CDHO authorized)", "Ultrasonic scaling (Cavitron)",
                      "Sealants & fluoride varnish", "Oral cancer screening"]),
        ("Software", ["ABELDent", "Dentrix", "Dexis"]),
    ]),
    headings={"summary": "Profile", "skills": "Clinical Skills", "experience": "Clinical Experience",
              "certs": "Registration", "Languages": "Languages"},
    jobs=[
        J("Dr. J.P. Singh Dental Professional Corporation", "Registered Dental Hygienist (RDH), Full-Time",
          "Sept 2021", "Present", "Brampton, ON", [
            "See {{8–10 patients}} a day for recall, perio maintenance and new-patient assessments.",
            "Grew the perio maintenance program from {{140}} to {{310}} active patients by flagging overdue recalls in ABELDent.",
            "Reduced recall no-shows by {{27%}} with a text-reminder and same-week rebooking routine.",
            "Mentor Humber College hygiene students during their {{6-week}} clinical placements.",
          ]),
        J("Smile Haven Dental Centre", "Registered Dental Hygienist – Part-Time (Saturdays)", "Jan 2020",
          "Aug 2021", "Mississauga, ON", [
            "Covered a Saturday hygiene column of up to {{9 patients}}, including periodontal patients on {{3-month}} recall.",
          ]),
        J("O'Brien Family Dentistry", "Dental Hygienist (temp/locum)", "Jun 2019", "Dec 2019", "Oakville, ON", []),
        J("Shoppers Drug Mart", "Assistant Store Manager", "2014", "2017", "Brampton, ON", [
            "Supervised a team of {{18 associates}} and handled scheduling, cash and inventory counts.",
          ]),
    ],
    education=["- Dental Hygiene Diploma (Honours), Humber College, 2019",
               "- B.A. Psychology, University of Toronto Mississauga, 2014"],
    certs=["- Registered Dental Hygienist, College of Dental Hygienists of Ontario (CDHO)",
           "- CPR Level HCP, renewed annually"],
    extra={"Languages": ["English, Punjabi (fluent), Hindi (conversational)"]},
    order=["summary", "skills", "experience", "education", "certs", "Languages"],
    style=dict(job_layout="E", date_sep=" to ", contact_lines=True, bullet_md="*", md_h3="####", md_rule=True),
),
dict(
    id="w11_03_bpo_txt", half="dev", profession="BPO operations team leader", format="txt",
    name="Mary Grace D. Villanueva", location="Cebu City, Philippines", phone="+63 917 845 2231",
    email="marygrace.villanueva@example.ph", links=["linkedin.com/in/mgvillanueva"],
    headline="Operations Team Leader | Customer Experience (Voice & Chat)",
    summary="Customer experience team leader with {{9 years}} in BPO, from voice agent to running two teams on a "
            "US telco account. I coach to the metric, but I also know my agents' kids' names.",
    skills=dict(style="cats", groups=[
        ("Operations", ["Workforce management (NICE IEX)", "Real-time adherence", "QA calibration",
                        "Root cause analysis", "Attrition management"]),
        ("Coaching", ["Side-by-side coaching", "GROW model", "Performance improvement plans"]),
        ("Systems", ["Salesforce Service Cloud", "Zendesk", "Avaya CMS", "Genesys Cloud", "Google Sheets"]),
    ]),
    headings={"summary": "Professional Summary", "experience": "Work Experience", "skills": "Core Skills",
              "certs": "Trainings"},
    jobs=[
        J("Vertex CX Solutions, Inc. (formerly TelePhil Contact Centers)",
          "Operations Team Leader – Telco Account (Postpaid Retention)", "Sept 2019", "Present", "Cebu City", [
            "Lead {{2 teams}} with {{36 agents}} in total handling US postpaid retention calls and chats.",
            "Raised the account's save rate from {{31%}} to {{44%}} in {{2 quarters}} through call-flow changes and daily huddles.",
            "Kept {{12-month}} agent attrition at {{22%}} against a site average of {{41%}}.",
            "Promoted {{5 agents}} to SME, QA and team leader roles.",
          ]),
        J("Vertex CX Solutions, Inc. (formerly TelePhil Contact Centers)",
          "Subject Matter Expert (SME) / Acting Team Leader", "Feb 2018", "Aug 2019", "Cebu City", [
            "Handled floor escalations and ran an {{18-agent}} team during the team leader's maternity leave.",
          ]),
        J("TelePhil Contact Centers", "Customer Service Representative II", "Jun 2016", "Jan 2018", "Cebu City", [
            "Averaged a CSAT of {{92%}} on inbound billing calls; top {{10%}} of the site for first-call resolution three quarters running.",
          ]),
        J("Jollibee Foods Corporation", "Service Crew (part-time, working student)", "2013", "2015", "Cebu City", []),
    ],
    education=["Bachelor of Science in Tourism Management - University of San Carlos, 2016"],
    certs=["- Certified CX Coach, Vertex CX Academy", "- Workforce Management Fundamentals, NICE"],
    order=["summary", "experience", "skills", "education", "certs"],
    style=dict(txt_heading="underline", job_layout="H", date_sep=" - ", bullet="•", contact_lines=True,
               width=80),
),
dict(
    id="w11_04_itsupport_txt", half="dev", profession="IT support engineer", format="txt",
    name="Muhammad Usman Tariq", location="Lahore, Pakistan", phone="+92 321 4876512",
    email="usman.tariq.it@example.pk", links=["linkedin.com/in/usmantariq-it"],
    headline="IT Support Engineer (L2) | Microsoft 365 & Networking",
    summary="IT support engineer with {{7 years}} looking after end users, networks and Microsoft 365 tenants for "
            "government and private offices. Calm when the whole floor is offline.",
    skills=dict(style="comma", groups=[(None, [
        "Windows 10/11", "Active Directory", "Microsoft 365 & Exchange Online", "Intune", "Group Policy",
        "Cisco IOS (basic)", "MikroTik RouterOS", "VLANs & DHCP", "Fortinet FortiGate", "Veeam Backup",
        "ServiceNow", "Freshservice", "PowerShell scripting", "Hardware troubleshooting (laptops, printers, UPS)"])]),
    headings={"skills": "Technical Skills", "experience": "Employment History", "certs": "Certifications",
              "summary": "Profile"},
    jobs=[
        J("Punjab Information Technology Board (PITB), Government of the Punjab",
          "IT Support Officer (BPS-16), Contract", "1/2021", "Present", "Lahore", [
            "Support {{450+ users}} across {{3 office buildings}} in a team of {{5 engineers}}.",
            "Moved {{600 mailboxes}} from on-premises Exchange 2013 to Exchange Online with under {{2 hours}} of downtime per department.",
            "Cut average ticket resolution time from {{19 hours}} to {{6 hours}} by setting up Freshservice categories, SLAs and a self-service knowledge base.",
            "Rolled out Intune and BitLocker on {{320 laptops}}.",
          ]),
        J("SkyLink Fibre (Pvt.) Ltd", "Network Support Engineer (NOC, Night Shift)", "3/2018", "12/2020",
          "Islamabad", [
            "Monitored the FTTH network for {{40,000+ subscribers}} and handled L2 fault tickets on MikroTik and Huawei OLTs.",
            "Kept first response under {{15 minutes}} on {{95%}} of night-shift tickets.",
          ]),
        J("Self-employed", "Freelance IT Technician (Fiverr & local clients)", "2016", "2018", "Lahore", [
            "Set up networks, CCTV and backups for {{25+ small offices}} and clinics.",
          ]),
        J("Al-Huda Computers", "Hardware Technician (Trainee)", "Summer 2015", None, "Hall Road, Lahore", []),
    ],
    education=["BS Information Technology - University of the Punjab, Lahore, 2017",
               "Intermediate (ICS) - Government College Lahore, 2013"],
    certs=["- Cisco CCNA (200-301), 2019", "- Microsoft 365 Certified: Endpoint Administrator Associate (MD-102)"],
    order=["summary", "skills", "experience", "certs", "education"],
    ok_numbers=["Exchange 2013", "Microsoft 365", "L2"],
    style=dict(txt_heading="caps", contact_first=True, contact_sep=" / ", contact_order=["phone", "email", "loc"],
               job_layout="B", date_sep="-", wrap_skills=True, width=80, bullet="-"),
),
dict(
    id="w11_05_qa_pdf_twocol", half="dev", profession="QA automation engineer", format="pdf-twocol",
    name="Rachel Tan Wei Ling", location="Singapore", phone="+65 9734 2210", email="rachel.tanwl@example.sg",
    links=["github.com/racheltwl"],
    headline="QA Automation Engineer / SDET",
    summary="QA engineer with {{8 years}} in e-commerce and fintech, the last five writing test automation that "
            "developers trust. I would rather delete a flaky test than keep it.",
    skills=dict(style="dot", groups=[
        ("Automation", ["Playwright", "Selenium WebDriver", "Appium", "Cypress"]),
        ("Languages", ["TypeScript", "Java", "Python"]),
        ("API & perf", ["Postman", "REST Assured", "Pact", "k6", "JMeter"]),
        ("CI/CD", ["GitLab CI", "Jenkins", "Docker", "BrowserStack"]),
    ]),
    headings={"summary": "About", "experience": "Work Experience", "skills": "Toolbox", "certs": "Certifications",
              "education": "Education"},
    jobs=[
        J("Lumora Pte. Ltd.", "Senior QA Engineer (SDET), Payments", "2021-06", "Present", "Singapore", [
            "Built a Playwright and TypeScript framework that now runs {{1,900 end-to-end tests}} on every merge in under {{14 minutes}}.",
            "Cut flaky-test reruns from {{11%}} to {{1.5%}} of pipeline runs by quarantining and fixing unstable selectors.",
            "Added Pact contract tests for {{23 payment APIs}}; escaped production defects fell {{38%}} year on year.",
            "Coach {{4 manual testers}} moving into automation.",
          ]),
        J("Shopnest Singapore Pte. Ltd.", "QA Engineer II", "2018-03", "2021-05", "Singapore", [
            "Automated regression for the Android and iOS apps with Appium, covering {{70%}} of checkout flows.",
            "Ran JMeter and k6 load tests before the year-end mega sales, which peaked at {{18,000 orders per minute}}.",
          ]),
        J("Civix Systems Pte Ltd", "Software Tester (Contract via Adecco)", "2016-07", "2018-02", "Singapore", [
            "Executed manual and regression test cases for a government e-services portal used by {{2M}} residents.",
          ]),
        J("Kinetiq", "Industrial Attachment – QA Intern", "2015-03", "2015-08", "Singapore", []),
    ],
    education=["Bachelor of Science (Computer Science), SIM – University of London, 2016",
               "Diploma in Information Technology, Nanyang Polytechnic, 2015"],
    certs=["ISTQB Certified Tester Foundation Level (CTFL)", "ISTQB Advanced Level Test Automation Engineer"],
    extra={"Languages": ["English, Mandarin (fluent), Malay (basic)"]},
    order=["summary", "experience", "education"],
    ok_numbers=["k6"],
    style=dict(job_layout="D", date_sep=" — ", sidebar=["skills", "certs", "Languages"], side_left=False,
               name_in_sidebar=True, side_w=2.1, a4=True, serif=True, contact_heading="Get in Touch",
               accent="#8a1538", side_bg="#f6eef0"),
),
dict(
    id="w11_06_cyber_docx_plain", half="dev", profession="cybersecurity analyst", format="docx-plain",
    name="Darnell K. Robinson", name_line="Darnell K. Robinson, CISSP", location="San Antonio, TX",
    phone="(210) 555-0164", email="darnell.robinson.sec@example.com", links=["linkedin.com/in/darnellkrobinson"],
    headline="Security Operations (SOC) Analyst | U.S. Army Veteran | Active TS/SCI",
    summary="Security analyst with {{10 years}} in defensive cyber operations, six of them in the U.S. Army. I "
            "hunt in SIEM data, write detections that don't page people for nothing, and brief leaders in plain "
            "English.",
    skills=dict(style="cats", inner="; ", groups=[
        ("SIEM & EDR", ["Splunk ES", "Microsoft Sentinel (KQL)", "CrowdStrike Falcon", "Elastic Security"]),
        ("Frameworks", ["MITRE ATT&CK", "NIST 800-61", "NIST 800-53", "CIS Controls"]),
        ("Scripting", ["Python", "PowerShell", "Bash"]),
        ("Forensics", ["Volatility", "Wireshark", "Zeek", "KAPE"]),
    ]),
    headings={"summary": "Summary", "skills": "Technical Skills", "experience": "Experience",
              "certs": "Certifications", "Clearance": "Security Clearance"},
    jobs=[
        J("Brightline Advisory LLP", "Senior SOC Analyst (Tier 3) / Threat Hunter", "Aug. 2021", "Present",
          "San Antonio, TX", [
            "Lead threat hunts across {{14 client environments}} ({{38,000 endpoints}}) in Splunk ES and CrowdStrike Falcon.",
            "Rewrote {{120 Sentinel analytics rules}}, cutting false-positive alerts by {{63%}} and analyst triage time by about {{9 hours}} a week.",
            "Incident lead on {{2 ransomware intrusions}}; both were contained in under {{4 hours}} with no data exfiltrated.",
            "Wrote the firm's phishing-response playbook, mapped to MITRE ATT&CK.",
          ]),
        J("Alamo Federal Credit Union", "Information Security Analyst II", "Mar. 2019", "Jul. 2021",
          "San Antonio, TX", [
            "Ran vulnerability management for {{1,100 assets}}, bringing critical findings past SLA from {{212}} to {{17}}.",
            "Delivered phishing awareness training to {{600 staff}}; the simulated-phish click rate fell from {{14%}} to {{3%}}.",
          ]),
        J("U.S. Army, 780th Military Intelligence Brigade (Cyber)", "Cyber Operations Specialist (17C), Sergeant / E-5",
          "Jun. 2013", "Jan. 2019", "Fort Meade, MD", [
            "Defensive cyber operations analyst on a {{12-person}} cyber protection team supporting Army networks.",
            "Led a {{4-soldier}} analysis cell during a joint exercise; awarded the Army Commendation Medal.",
          ]),
        J("U.S. Army", "Signal Support Systems Specialist (25U)", "Sept. 2011", "May 2013", "Fort Hood, TX", []),
    ],
    education=["B.S. Cybersecurity Management and Policy, University of Maryland Global Campus, 2018"],
    certs=["- CISSP (ISC2)", "- GIAC Certified Incident Handler (GCIH)", "- CompTIA Security+ ce"],
    extra={"Clearance": ["Active TS/SCI (DoD)"]},
    order=["summary", "experience", "skills", "certs", "education", "Clearance"],
    style=dict(job_layout="F", date_sep=" → ", name_style_title=True, hlevel=1, caps=True, font="Cambria",
               contact_sep=" • "),
),
dict(
    id="w11_07_architect_pdf_allcaps", half="dev", profession="architect", format="pdf-allcaps",
    name="José Luis Ortega Vázquez", name_line="Arq. José Luis Ortega Vázquez", location="Ciudad de México, CDMX",
    phone="+52 55 4187 2290", email="jl.ortega.arq@example.mx", links=["behance.net/jlortega-arq"],
    headline="Architect · Housing, Mixed-Use & Adaptive Reuse",
    summary="Licensed architect with {{13 years}} designing housing, mixed-use and adaptive-reuse projects in Mexico "
            "City and Guadalajara. Comfortable leading a design charrette and a site meeting on the same day.",
    skills=dict(style="dot", groups=[(None, [
        "Revit", "ArchiCAD", "AutoCAD", "Rhino + Grasshopper", "Enscape", "V-Ray", "SketchUp",
        "Opus (cost estimating)", "NTC-RCDF building code", "Design development", "Construction administration"])]),
    headings={"summary": "Profile", "experience": "Professional Experience", "skills": "Software & Skills",
              "education": "Education & Licence"},
    jobs=[
        J("Taller Ocho Arquitectos, S.C.", "Associate Architect & Project Lead", "Feb 2018", "Present",
          "Ciudad de México", [
            "Led design of {{7 mid-rise housing projects}} totalling {{412 units}} in Roma, Narvarte and Del Valle.",
            "Project architect for the conversion of a former textile mill into {{9,800 m²}} of offices and retail.",
            "Manage a studio team of {{5 architects}} and coordinate structural, MEP and permitting consultants.",
            "Brought a {{MXN 96M}} project back within budget by re-planning the façade system, saving {{11%}}.",
          ]),
        J("Self-employed", "Independent Architect (residential commissions)", "2015", "2018", "Guadalajara, Jal.", [
            "Designed and permitted {{14 single-family homes}} and renovations for private clients.",
          ]),
        J("Grupo Inmobiliario Altavista S.A. de C.V.", "Project Architect", "Jul 2012", "Dec 2014",
          "Guadalajara, Jal.", [
            "Produced construction documents for a {{22-storey}} residential tower and its {{3-level}} parking podium.",
            "Ran weekly site meetings with the general contractor through {{18 months}} of construction.",
          ]),
        J("Despacho Méndez & Asociados", "Junior Architect / Draftsman", "Aug 2010", "Jun 2012",
          "Guadalajara, Jal.", []),
        J("Universidad de Guadalajara, Centro Universitario de Arte, Arquitectura y Diseño",
          "Servicio Social – Heritage Survey Assistant", "Spring 2010", None, "Guadalajara, Jal.", []),
    ],
    education=["Licenciatura en Arquitectura, Universidad de Guadalajara, 2010",
               "Cédula Profesional (licensed architect), Secretaría de Educación Pública"],
    extra={"Languages": ["Spanish (native), English (C1)"]},
    order=["summary", "experience", "skills", "education", "Languages"],
    notes="Name and headings are printed in capitals; the file shows the name as ARQ. JOSÉ LUIS ORTEGA VÁZQUEZ, "
          "so compare the name case-insensitively.",
    style=dict(job_layout="G", date_sep=" - ", a4=True, name_align=1, rule=False, accent="#5a3e2b"),
),
dict(
    id="w11_08_vet_pdf_smallcaps", half="dev", profession="veterinarian", format="pdf-smallcaps",
    name="Aroha Ngata-Reid", name_line="Dr Aroha Ngata-Reid, BVSc", location="Hastings, Hawke's Bay, NZ",
    phone="+64 21 045 7788", email="aroha.ngatareid@example.co.nz",
    headline="Mixed-Practice Veterinarian (Production Animal & Equine)",
    summary="Veterinarian with {{9 years}} in mixed and dairy practice in Hawke's Bay and rural Queensland, the "
            "last {{2 years}} as a locum. Happiest in the cowshed at dawn with a scanner and a thermos.",
    skills=dict(style="semicolon", groups=[(None, [
        "Dairy herd health & fertility", "Bovine caesarean", "Equine lameness work-ups", "TB testing (OSPRI-approved)",
        "Ultrasound pregnancy scanning", "Small-animal soft-tissue surgery", "ezyVet", "VetCompass"])]),
    headings={"summary": "Profile", "skills": "Clinical Skills", "experience": "Veterinary Experience",
              "certs": "Registration"},
    jobs=[
        J("Self-employed", "Locum Veterinarian (Production Animal)", "Mar 2023", "Ongoing",
          "Hawke's Bay & Manawatu", [
            "Cover calving and mating seasons for {{6 mixed practices}}, typically {{8–12 weeks}} per placement.",
            "Pregnancy-scanned more than {{14,000 cows}} last season.",
          ], end=None),
        J("Hawke's Bay Vet Services Ltd", "Senior Veterinarian – Dairy & Production Animal", "Jul 2018", "Feb 2023",
          "Hastings", [
            "Herd-health vet for {{28 dairy clients}} milking about {{19,000 cows}}.",
            "Ran the practice's InCalf fertility program; clients' {{6-week}} in-calf rates rose from {{64%}} to {{73%}} on average.",
            "Supervised {{4 new-graduate vets}} and {{2 vet nurses}} on the large-animal side.",
          ]),
        J("Outback Mobile Vets Pty Ltd", "Veterinarian (working-holiday contract)", "Jan 2017", "Jun 2018",
          "Emerald, QLD, Australia", [
            "Worked a {{1-in-3}} after-hours roster covering cattle stations up to {{300 km}} away.",
          ]),
        J("Tui Road Veterinary Clinic", "New Graduate Veterinarian", "Feb 2016", "Dec 2016", "Palmerston North", []),
        J("Massey University Veterinary Teaching Hospital", "Final-Year Student Extern", "Summer 2014/15", None,
          "Palmerston North", []),
    ],
    education=["Bachelor of Veterinary Science (BVSc), Massey University, 2015"],
    certs=["Registered veterinarian, Veterinary Council of New Zealand (practising certificate current)",
           "OSPRI-approved TB tester"],
    order=["summary", "experience", "skills", "certs", "education"],
    notes="Name and section headings are set in small capitals (upper-case glyphs at two sizes), so the file shows "
          "the name as DR AROHA NGATA-REID; compare the name case-insensitively. "
          + NULL_END_NOTE.format(end="'Ongoing'"),
    style=dict(job_layout="E", date_sep=" to ", a4=True, pdf_bullet="–", accent="#2f5d3a", size=9.5),
),
dict(
    id="w11_09_hotel_docx_textbox", half="dev", profession="hotel front office manager", format="docx-textbox",
    name="Jerome P. Santos", location="Dubai, UAE", phone="+971 50 412 7789", email="jerome.santos.fo@example.com",
    links=["linkedin.com/in/jeromepsantos"],
    headline="Front Office Manager — Luxury & Upper-Upscale Hotels",
    summary="Hotelier with {{17 years}} in front office and guest relations in Manila, Doha and Dubai, from bellman "
            "to front office manager of a {{412-key}} resort.",
    skills=dict(style="bullets", groups=[(None, [
        "Opera PMS (V5 & Cloud)", "Upselling & room revenue", "Guest recovery (LEARN)", "Forecasting & rostering",
        "Departmental budgeting & payroll", "VIP & protocol arrivals", "Team training", "Arabic (basic)",
        "Tagalog (native)"])]),
    headings={"summary": "Profile", "experience": "Career History", "skills": "Skills",
              "certs": "Certifications", "education": "Education"},
    jobs=[
        J("Al Noor Hospitality LLC t/a The Creekside Resort & Spa", "Front Office Manager", "Apr 2021", "Present",
          "Dubai", [
            "Run a front office of {{46 staff}} (reception, concierge, guest relations, bell desk and telephones) for a {{412-key}} resort.",
            "Raised the resort's TrustYou guest satisfaction score from {{86}} to {{92}} in {{18 months}}.",
            "Grew check-in upselling revenue to {{AED 1.9M}} a year with an incentive scheme and new scripts.",
            "Reopened the front office after the COVID-19 closure with contactless check-in.",
          ]),
        J("Al Noor Hospitality LLC t/a The Creekside Resort & Spa", "Assistant Front Office Manager", "Oct 2018",
          "Mar 2021", "Dubai", [
            "Handled up to {{600 arrivals}} a day during peak events and ran the duty-manager roster.",
          ]),
        J("Marina Pearl Hotel Apartments", "Guest Relations Manager", "Jan 2016", "Sep 2018", "Dubai", [
            "Brought online review response time down to under {{24 hours}}.",
          ]),
        J("Corniche Grand Hotel", "Front Desk Supervisor", "Mar 2012", "Dec 2015", "Doha, Qatar", []),
        J("Ayala Heights Hotel & Towers", "Front Desk Agent", "Jun 2009", "Feb 2012", "Makati City, Philippines", []),
        J("Ayala Heights Hotel & Towers", "Bellman / Doorman", "2007", "2009", "Makati City, Philippines", []),
        J("Philippine Red Cross – Makati Chapter", "Volunteer, Disaster Response Team", "Sept 2006", None,
          "Makati City, Philippines", []),
    ],
    education=["BS Hotel and Restaurant Management, Lyceum of the Philippines University, 2008"],
    certs=["Certified Front Office Manager (CFOM), AHLEI", "Dubai Way customer service programme, Dubai College of Tourism"],
    order=["summary", "experience", "education"],
    ok_numbers=["COVID-19"],
    notes="Contact details, the skills list and the certifications are inside a floating text box (DrawingML "
          "wps:txbx) on the right of the page.",
    style=dict(job_layout="H", date_sep=" - ", sidebar=["skills", "certs"], contact_heading="CONTACT DETAILS",
               docx_heading_style=False, font="Arial"),
),
dict(
    id="w11_10_physician_pdf_table", half="dev", profession="emergency medicine physician", format="pdf-table",
    name="Ayesha Siddiqui", name_line="Dr Ayesha Siddiqui, MBBS, MRCPI", location="Galway, Ireland",
    phone="+353 87 412 3309", email="ayesha.siddiqui.md@example.ie",
    headline="Emergency Medicine Registrar (Locum) — IMC Registered",
    summary="Doctor with {{10 years}} of hospital practice in Pakistan and Ireland, six of them in emergency "
            "medicine. Currently doing locum registrar shifts while preparing for the FRCEM final.",
    skills=dict(style="table", groups=[
        ("Clinical", ["Resuscitation & airway management", "Point-of-care ultrasound (POCUS)", "Procedural sedation",
                      "Major trauma (ATLS)", "Paediatric emergencies"]),
        ("Teaching", ["Simulation teaching", "Junior doctor supervision"]),
        ("Systems", ["Symphony ED system", "iPMS", "Maxims"]),
    ]),
    headings={"summary": "Profile", "skills": "Clinical Skills", "experience": "Clinical Experience",
              "certs": "Registration & Courses", "education": "Qualifications"},
    jobs=[
        J("Galway University Hospitals c/o Locum Link Ireland", "Locum Registrar – Emergency Medicine", "Jan 2024",
          "Current", "Galway", [
            "Cover {{8–10 registrar shifts}} a month in an emergency department seeing about {{190 patients}} a day.",
            "Lead resuscitation for major trauma and medical emergencies; supervise {{4–6 SHOs}} per shift.",
          ]),
        J("Health Service Executive (HSE) – Mayo University Hospital",
          "Registrar in Emergency Medicine (Non-Training Scheme)", "Jul 2020", "Dec 2023", "Castlebar, Co. Mayo", [
            "Ran the departmental POCUS teaching programme; {{22 SHOs}} completed supervised scan logs.",
            "Led a sepsis audit that raised antibiotics-within-the-hour compliance from {{54%}} to {{81%}}.",
            "Co-authored {{2 posters}} presented at the IAEM Annual Scientific Meeting.",
          ]),
        J("Health Service Executive (HSE) – Mayo University Hospital", "Senior House Officer (SHO), Emergency Medicine",
          "Jul 2018", "Jun 2020", "Castlebar, Co. Mayo", []),
        J("Mayo Hospital, Lahore (King Edward Medical University)", "Medical Officer (BPS-17), Accident & Emergency",
          "Mar 2016", "Feb 2017", "Lahore, Pakistan", [
            "Saw {{60+ patients}} per shift in one of the busiest emergency departments in Punjab.",
          ]),
        J("Services Hospital", "House Officer (Internship) – Medicine & Surgery", "Jan 2015", "Dec 2015",
          "Lahore, Pakistan", []),
    ],
    education=["MBBS, King Edward Medical University, Lahore, 2014",
               "MRCPI, Royal College of Physicians of Ireland, 2021"],
    certs=["- Medical Council of Ireland, General Division registration",
           "- ACLS, ATLS and APLS (all current)"],
    order=["summary", "experience", "skills", "education", "certs"],
    notes="Name is printed in capitals (DR AYESHA SIDDIQUI, MBBS, MRCPI), so compare it case-insensitively. "
          "Experience is a two-column table with the dates in the left column. "
          "The gap from Mar 2017 to Jul 2018 is not explained in the file.",
    style=dict(job_layout="A", exp_table=True, date_sep=" – ", caps=True, name_caps=True, accent="#003c71"),
),
dict(
    id="w11_11_trucker_txt", half="dev", profession="long-haul truck driver", format="txt",
    name="Dale Fehr", location="Lethbridge, AB", phone="403-555-0148", email="dale.fehr.trucking@example.ca",
    headline="Class 1 Driver - Long Haul, Reefer & Super B",
    summary="Class 1 driver with {{24 years}} behind the wheel and over {{3.2 million km}} accident-free across "
            "Canada and the lower 48. Mountain-certified, clean abstract, and my logs are clean too.",
    skills=dict(style="pipe", groups=[(None, [
        "Class 1 with air brakes (Q endorsement)", "Super B & B-train", "Reefer", "Flatbed & tarping",
        "Mountain-certified", "ELD (Geotab, Isaac)", "TDG", "FAST card", "Cross-border (ACE/ACI eManifest)",
        "Pre-trip & post-trip inspections"])]),
    headings={"summary": "Summary", "experience": "Driving & Work History", "skills": "Skills & Endorsements",
              "certs": "Licences & Tickets", "education": "Training"},
    jobs=[
        J("Dueck & Sons Trucking Ltd.", "Long-Haul Company Driver (Reefer, Team & Solo)", "2019", "Present",
          "Lethbridge, AB", [
            "Haul refrigerated produce and meat between Alberta, BC, California and Arizona, averaging {{14,000 km}} a month.",
            "No preventable collisions and no CVSA out-of-service orders in {{6 years}}.",
            "Trained {{9 new drivers}} through the company's ride-along mentorship program.",
          ]),
        J("Self-employed (Fehr Haulage, leased to Prairie West Transport)", "Owner-Operator", "2014", "2019",
          "Taber, AB", [
            "Ran my own Kenworth W900 on lease, grossing about {{$310K}} a year.",
            "Sold the truck after {{5 years}} with the business debt-free.",
          ]),
        J("Highway 16 Freight Lines Ltd.", "Super B Driver (Flatbed)", "Apr 2008", "Jul 2013", "Edmonton, AB", [
            "Hauled lumber and steel on Super B flatbeds, including winter runs over the Coquihalla and Rogers Pass.",
          ]),
        J("Prairie West Transport (formerly Kroeker Bros. Cartage)", "City / Regional Driver (Class 3, then Class 1)",
          "2004", "2008", "Lethbridge, AB", []),
        J("Canadian Armed Forces (Primary Reserve)", "Mobile Support Equipment Operator, Corporal", "1999", "2003",
          "Lethbridge, AB", [
            "Drove and maintained MLVW and HLVW trucks on exercises and a {{3-week}} flood relief deployment.",
          ]),
        J("Lethbridge Co-op", "Warehouse Loader / Forklift Operator", "1998", "2001", "Lethbridge, AB", []),
        J("Fehr Farms", "Farm Hand (family grain & cattle operation)", "Summer 1996", None, "Coaldale, AB", []),
    ],
    education=["Class 1 MELT program - Lethbridge College, 2001", "High School Diploma - Kate Andrews High School, 1997"],
    certs=["- Alberta Class 1 licence with Q (air brake) endorsement", "- Transportation of Dangerous Goods (TDG)",
           "- WHMIS", "- FAST card (CBSA/CBP)"],
    order=["summary", "experience", "skills", "certs", "education"],
    ok_numbers=["Class 1", "W900", "lower 48"],
    notes="There is a gap between Jul 2013 and 2014 that the file does not explain.",
    style=dict(txt_heading="dash", job_layout="A", date_sep=" – ", contact_sep=" • ", width=72, bullet="*"),
),
dict(
    id="w11_12_mel_md", half="dev", profession="monitoring & evaluation officer (NGO)", format="md",
    name="Faith Wanjiru Mwangi", location="Kisumu, Kenya", phone="+254 722 418 906",
    email="faith.mwangi.mel@example.co.ke", links=["linkedin.com/in/faithwmwangi"],
    headline="Monitoring, Evaluation & Learning (MEL) Officer",
    summary="MEL officer with {{8 years}} in community health and WASH programmes funded by USAID, FCDO and the "
            "Global Fund. I build data systems that county teams actually use.",
    summary_bullets=[
        "Managed M&E for grants worth up to {{USD 4.5M}}",
        "Trained {{300+ community health promoters}} in mobile data collection",
    ],
    skills=dict(style="comma", groups=[
        ("Data", ["ODK / KoboToolbox", "CommCare", "DHIS2", "Power BI", "Stata", "R"]),
        ("MEL", ["Logframes & results frameworks", "Theory of change", "Data quality audits (DQA)",
                 "Baseline & endline surveys", "Most Significant Change"]),
    ]),
    headings={"summary": "Profile", "experience": "Professional Experience", "skills": "Technical Skills",
              "certs": "Training", "education": "Education"},
    jobs=[
        J("Tujenge Community Health Initiative", "MEL Officer – Lake Region Programmes", "Q3 2021", "Present",
          "Kisumu", [
            "Run M&E for a {{USD 4.5M}} community health programme across {{4 counties}} and {{62 health facilities}}.",
            "Moved {{1,100}} community health promoters from paper registers to CommCare; reporting completeness rose from {{58%}} to {{91%}}.",
            "Designed the baseline and midline household surveys ({{n=2,400}}) with the external evaluator.",
            "Produce quarterly donor reports and DHIS2 dashboards for county health management teams.",
          ]),
        J("Kenya Red Cross Society c/o Kisumu County Branch", "Data & M&E Assistant (WASH Project)", "Oct 2018",
          "Jun 2021", "Kisumu", [
            "Tracked construction of {{38 boreholes}} and {{120 school latrine blocks}} in KoboToolbox.",
            "Led {{3 data quality audits}} with sub-county health records officers.",
          ]),
        J("Ministry of Health, Republic of Kenya – Division of Community Health", "Data Clerk (Contract)", "Jan 2017",
          "Sep 2018", "Nairobi", []),
        J("Mwanga Youth Group", "Volunteer Mentor, Girls in Data", "2015", "Now", "Kisumu", [
            "Mentor a group of {{12 secondary-school girls}} in spreadsheets and basic coding on Saturdays.",
          ]),
    ],
    education=["- MSc Epidemiology & Biostatistics, Maseno University, 2020",
               "- BSc Statistics, University of Nairobi, 2016"],
    certs=["- Certificate in Monitoring & Evaluation, Kenya Institute of Management"],
    order=["summary", "experience", "skills", "education", "certs"],
    ok_numbers=["DHIS2"],
    notes=NULL_END_NOTE.format(end="'Now'"),
    style=dict(job_layout="B", date_sep=" → ", contact_first=True, contact_sep=" | ", md_bold_headline=True),
),
dict(
    id="w11_13_labresearch_pdf_onecol", half="dev", profession="laboratory research officer", format="pdf-onecol",
    name="Nur Aisyah binte Rahman", location="Singapore", phone="+65 8123 4455", email="nuraisyah.r@example.sg",
    links=["orcid.org/0000-0003-4419-2271"],
    headline="Research Officer – Molecular Biology",
    summary="Life sciences graduate with {{2 years}} of bench work in a cancer genomics lab. Careful with "
            "protocols, good with a pipette, and getting better with R every month.",
    skills=dict(style="grid", ncol=3, groups=[(None, [
        "qPCR", "Western blot", "CRISPR-Cas9 knockouts", "Mammalian cell culture", "Flow cytometry (BD FACSymphony)",
        "Immunofluorescence", "ELISA", "R (DESeq2, ggplot2)", "GraphPad Prism", "ImageJ / Fiji", "Benchling",
        "BSL-2 practice"])]),
    headings={"summary": "Summary", "experience": "Research Experience", "skills": "Laboratory Skills",
              "education": "Education", "Awards": "Awards"},
    jobs=[
        J("Institute of Molecular Oncology, Agency for Biomedical Research (ABR)",
          "Research Officer (Grade 7), Laboratory of Tumour Genomics", "January 2023", "Present", "Biopolis, Singapore", [
            "Run CRISPR knockout screens in {{3 gastric cancer cell lines}} and validate hits by qPCR and Western blot.",
            "Maintain {{40+ cell lines}} and the lab's cryo-inventory in Benchling.",
            "Cut qPCR plate set-up time by about {{30%}} with a plate-layout template the whole lab now uses.",
          ]),
    ],
    education=["Bachelor of Science (Honours) in Life Sciences, National University of Singapore, 2022",
               "- Final-year project: CRISPR screen for regulators of EMT in gastric cancer"],
    extra={"Awards": ["Dean's List, Faculty of Science, National University of Singapore"]},
    order=["summary", "experience", "skills", "education", "Awards"],
    notes="Name and headings are printed in capitals; the file shows NUR AISYAH BINTE RAHMAN, so compare the name "
          "case-insensitively. Skills are a 3-column grid without category labels.",
    style=dict(job_layout="C", date_sep="–", name_caps=True, caps=True, size=9.5, margin=0.6, accent="#00587a"),
),
dict(
    id="w11_14_bankmgr_txt", half="dev", profession="bank branch manager", format="txt",
    name="Mariana Guadalupe Treviño Garza", location="Monterrey, N.L., México", phone="+52 (81) 8345-2210",
    email="mariana.trevino@example.com.mx", links=["linkedin.com/in/marianatrevinog"],
    headline="Branch Manager | Retail & SME Banking",
    summary="Retail banker with {{15 years}} at two Mexican banks, the last six as branch manager. Bilingual. I grow "
            "deposits by keeping good tellers and treating SME owners like partners.",
    skills=dict(style="bullets", groups=[
        ("Banking", ["Branch P&L management", "SME lending (credit analysis)", "Deposit & investment sales",
                     "AML/KYC compliance (CNBV)", "Cash & vault control"]),
        ("Leadership", ["Sales huddles & coaching", "Performance reviews", "Staff scheduling"]),
        ("Tools", ["SAP for Banking", "Salesforce Financial Services Cloud", "Excel"]),
    ]),
    headings={"summary": "Profile", "experience": "Banking Experience", "skills": "Skills",
              "education": "Education", "Languages": "Languages"},
    jobs=[
        J("Banco Regional del Norte, S.A., Institución de Banca Múltiple",
          "Branch Manager (Gerente de Sucursal) – Valle Oriente", "March 2019", "Present",
          "San Pedro Garza García, N.L.", [
            "Lead a branch of {{14 staff}} with {{MXN 2,300M}} in deposits and {{9,000+}} active clients.",
            "Grew the SME loan portfolio by {{37%}} in {{2 years}} while keeping past-due loans under {{1.8%}}.",
            "Ranked {{#3 of 118}} branches in the northern region for customer NPS last year.",
            "Promoted {{4 tellers}} into relationship-executive roles.",
          ]),
        J("Banco Regional del Norte, S.A., Institución de Banca Múltiple", "Assistant Branch Manager / Operations",
          "June 2016", "February 2019", "Monterrey, N.L.", [
            "Passed {{3 consecutive internal audits}} with no major findings.",
          ]),
        J("Banco Mercantil del Golfo", "SME Banking Executive (Ejecutiva PyME)", "January 2012", "May 2016",
          "Monterrey, N.L.", [
            "Managed a portfolio of {{180 SME clients}} and placed {{MXN 95M}} in working-capital loans.",
          ]),
        J("Banco Mercantil del Golfo", "Teller (Cajera)", "August 2009", "December 2011", "Monterrey, N.L.", []),
        J("Tecnológico de Monterrey, Financial Aid Office", "Becaria (Student Intern)", "Spring 2009", None,
          "Monterrey, N.L.", []),
    ],
    education=["Licenciatura en Administración Financiera - Tecnológico de Monterrey, 2009",
               "Diplomado en Crédito PyME - ITAM, 2015"],
    extra={"Languages": ["Spanish (native) · English (advanced, TOEIC 905)"]},
    order=["summary", "experience", "skills", "education", "Languages"],
    style=dict(txt_heading="rule", caps=True, job_layout="E", date_sep=" — ", width=80, bullet="-",
               contact_sep=" · "),
),
dict(
    id="w11_15_realtor_pdf_twocol", half="dev", profession="real estate agent", format="pdf-twocol",
    name="Kristen Holloway-Diaz", location="Mesa, AZ", phone="480.555.0139", email="kristen.sellsmesa@example.com",
    links=["kristenholloway.realtor"],
    headline="REALTOR® | Residential Buyer & Listing Agent",
    summary="Residential REALTOR® in the East Valley after {{9 years}} teaching middle-school math. I explain "
            "contracts the way I used to explain fractions: slowly, and until it makes sense.",
    skills=dict(style="bullets", groups=[(None, [
        "Buyer representation", "Listing presentations & CMAs", "Contract negotiation", "ARMLS / Flexmls", "Dotloop",
        "Follow Up Boss CRM", "Canva & listing photography", "First-time buyer education", "Spanish (conversational)"])]),
    headings={"summary": "About Me", "experience": "Experience", "skills": "What I Do",
              "education": "Education & License", "Awards": "Recognition"},
    jobs=[
        J("Saguaro & Stone Realty Group, Inc.", "REALTOR® / Buyer's Agent – Team Lead", "Jun 2021", "Present",
          "Mesa, AZ", [
            "Closed {{41 transactions}} ({{$19.6M}} volume) last year, {{62%}} of them with first-time buyers.",
            "Lead a {{4-agent}} buyer team; wrote our offer checklist and run the weekly pipeline review.",
            "Average list-to-sale price ratio of {{99.2%}} on my own listings.",
          ]),
        J("Saguaro & Stone Realty Group, Inc.", "Licensed Real Estate Agent", "Jun 2019", "May 2021", "Mesa, AZ", [
            "Closed {{23 transactions}} in my first {{2 years}}, mostly from open houses and teacher referrals.",
          ]),
        J("Mesa Public Schools", "Math Teacher (Grades 6–8)", "Aug 2010", "May 2019", "Mesa, AZ",
          para="Taught middle-school math and coached the MathCounts team; left the classroom to sell real estate "
               "full time."),
        J("Habitat for Humanity Central Arizona", "Volunteer, Saturday Build Crew", "2015", "2019", "Phoenix, AZ", []),
    ],
    education=["B.A. Mathematics Education, Arizona State University, 2010",
               "Arizona Real Estate Salesperson License, 2019"],
    extra={"Awards": ["Rookie of the Year, Saguaro & Stone Realty Group", "Top Producer, buyer side"]},
    order=["summary", "experience"],
    notes="The teaching job has a paragraph instead of bullets; the volunteer role has no description.",
    style=dict(job_layout="F", date_sep=" - ", sidebar=["skills", "Awards", "education"], side_left=True,
               name_in_sidebar=False, side_w=2.5, contact_heading="Reach Me", margin=0.6, accent="#8c4a2f",
               side_bg="#f7efe8"),
),
dict(
    id="w11_16_planner_docx_header", half="dev", profession="urban planner", format="docx-header",
    name="Liam Nguyen-Tremblay", location="Kitchener, ON", phone="+1 519-555-0172",
    email="liam.nguyentremblay@example.ca", links=["linkedin.com/in/liamnt-planning", "liamnt-portfolio.example.ca"],
    headline="Planner I, Development Review | Candidate Member, OPPI",
    summary="Planning graduate from a co-op program, with a year as a full-time development planner and "
            "{{4 co-op terms}} in municipal, transit and consulting planning.",
    skills=dict(style="cats", inner=" / ", groups=[
        ("GIS & data", ["ArcGIS Pro", "QGIS", "Statistics Canada census data", "Excel"]),
        ("Design", ["AutoCAD", "SketchUp", "Adobe InDesign"]),
        ("Planning", ["Zoning by-law review", "Official Plan policy", "Public engagement", "Staff report writing"]),
    ]),
    headings={"summary": "Summary", "experience": "Planning Experience", "skills": "Skills",
              "education": "Education", "certs": "Memberships"},
    jobs=[
        J("Region of Waterloo, Planning, Development & Legislative Services", "Planner I – Development Review",
          "May 2024", "Present", "Kitchener, ON", [
            "Review {{60+ site plan and consent applications}} a year against the Official Plan and zoning by-laws.",
            "Wrote {{9 staff reports}} to the Planning & Works Committee, {{8}} of them approved as recommended.",
            "Built an ArcGIS dashboard that tracks {{1,450 housing units}} in the approvals pipeline.",
          ]),
        J("Region of Waterloo, Planning, Development & Legislative Services", "Planning Co-op Student", "Fall 2023",
          None, "Kitchener, ON", [
            "Mapped {{212 vacant and underused sites}} for the regional housing land supply study.",
          ]),
        J("Parkside Planning & Design Inc.", "Planning Assistant (Co-op)", "Winter 2023", None, "Waterloo, ON", []),
        J("City of Guelph, Infrastructure, Development & Enterprise Services", "Urban Design Co-op Student",
          "Spring 2022", None, "Guelph, ON", [
            "Drafted {{3 streetscape concepts}} for a downtown public consultation.",
          ]),
        J("Grand River Transit (Region of Waterloo)", "Transit Planning Co-op", "Summer 2021", None,
          "Kitchener, ON", []),
    ],
    education=["Bachelor of Environmental Studies, Honours Planning (Co-op), University of Waterloo, 2024"],
    certs=["Candidate Member, Ontario Professional Planners Institute (OPPI)"],
    order=["summary", "experience", "skills", "education", "certs"],
    notes="Contact details (location, phone, email, links) are only in the page header; the name is in the body. "
          "Co-op terms have a single date (the term).",
    style=dict(job_layout="G", date_sep=" – ", center=True, contact_sep=" · "),
),
dict(
    id="w11_17_pilot_pdf_onecol", half="dev", profession="airline pilot (first officer)", format="pdf-onecol",
    name="Bilal Ahmed Chaudhry", location="Abu Dhabi, UAE", phone="+971 55 901 2234",
    email="bilal.chaudhry.pilot@example.com", links=["linkedin.com/in/bilalachaudhry"],
    headline="First Officer – Airbus A320/A321 | Ex-Pakistan Air Force",
    summary="Airline first officer with {{5,800 total flight hours}}, including {{3,400 hours}} on the A320 "
            "family, after {{9 years}} as a Pakistan Air Force pilot. Clean training record and ICAO English "
            "Level 6.",
    skills=dict(style="cats", groups=[
        ("Type ratings", ["Airbus A320/A321 (GCAA)", "K-8 Karakorum & T-37 (military)"]),
        ("Operations", ["CRM / TEM", "RVSM & PBN (RNP APCH)", "Line training support", "Simulator instruction"]),
        ("Languages", ["English (ICAO Level 6)", "Urdu", "Punjabi", "Arabic (basic)"]),
    ]),
    headings={"summary": "Profile", "experience": "Flying Experience", "skills": "Ratings & Skills",
              "certs": "Licences", "education": "Education"},
    jobs=[
        J("Falcon Gulf Airways PJSC", "Senior First Officer – A320/A321", "March 2020", "to date", "Abu Dhabi", [
            "Fly short- and medium-haul sectors across the GCC, the Indian subcontinent and Europe, about {{780 block hours}} a year.",
            "One of {{12}} line-training support first officers; help new joiners through their first {{40 sectors}}.",
            "Passed {{8 consecutive proficiency checks}} with no repeats.",
          ], end=None, dates_text="March 2020 to date"),
        J("SkyOasis Aviation Academy L.L.C.", "Simulator Instructor (Part-Time, A320 FFS)", "Jan 2022", "Dec 2023",
          "Al Ain", [
            "Delivered {{350+ hours}} of type-rating and recurrent simulator sessions on rest days.",
          ]),
        J("Falcon Gulf Airways PJSC", "Cadet First Officer (Type Rating & Line Training)", "Sep 2018", "Feb 2020",
          "Abu Dhabi", []),
        J("Pakistan Air Force", "Flight Lieutenant / Qualified Flying Instructor (QFI)", "Dec 2012", "Dec 2017",
          "PAF Academy Asghar Khan, Risalpur", [
            "Instructed {{46 student pilots}} on the K-8 and T-37, with a {{93%}} first-attempt pass rate on final handling tests.",
            "Logged {{2,100 hours}}, including {{900 instructional hours}}.",
          ]),
        J("Pakistan Air Force", "Pilot Officer / Flying Officer", "Dec 2008", "Nov 2012", "PAF Base Mushaf, Sargodha", []),
    ],
    education=["B.Sc. Aerospace Sciences, PAF Academy Asghar Khan, Risalpur, 2008"],
    certs=["- GCAA Airline Transport Pilot Licence ATPL(A)", "- GCAA Class 1 Medical",
           "- PCAA Commercial Pilot Licence (converted)"],
    order=["summary", "experience", "skills", "certs", "education"],
    ok_numbers=["A320", "Level 6", "K-8", "T-37"],
    notes=NULL_END_NOTE.format(end="'to date'") + " The current and earlier roles at Falcon Gulf Airways are "
          "separated by a part-time instructor job at another employer. The gap from Dec 2017 to Sep 2018 is not "
          "explained in the file.",
    style=dict(job_layout="H", date_sep=" – ", serif=True, a4=True, size=10.5, contact_sep=" • ",
               pdf_bullet="›", accent="#0b3d2e"),
),
dict(
    id="w11_18_ece_txt", half="dev", profession="early childhood teacher", format="txt",
    name="Sophie Clarke", location="Christchurch, New Zealand", phone="027 384 5512",
    email="sophie.clarke.ece@example.co.nz",
    headline="Fully Certificated Early Childhood Teacher",
    summary="Early childhood teacher with {{8 years}} in kindergartens and education and care centres, back in "
            "the room after a {{3-year}} career break raising my own tamariki. Confident with Te Whāriki, "
            "learning stories and bicultural practice.",
    skills=dict(style="bullets", groups=[(None, [
        "Te Whāriki curriculum", "Learning stories (Storypark)", "Te reo Māori me ōna tikanga (intermediate)",
        "Infant & toddler care (under-2s)", "Primary caregiving", "Transition-to-school programmes",
        "Paediatric first aid"])]),
    headings={"summary": "About Me", "experience": "Teaching Experience", "skills": "Skills",
              "certs": "Registration & Certificates", "education": "Qualifications"},
    jobs=[
        J("Little Kererū Early Learning Centre", "Head Teacher – Nursery (Under-2s)", "Feb 2024", "Present",
          "Riccarton, Christchurch", [
            "Lead a team of {{4 kaiako}} caring for {{15 infants and toddlers}} a day.",
            "Introduced primary caregiving rosters; settling-in time for new enrolments dropped from about {{6 weeks}} to {{3 weeks}}.",
            "Wrote the nursery's internal evaluation for the ERO review, which found no actions required.",
          ]),
        J("Little Kererū Early Learning Centre", "Relief Teacher (Casual)", "Aug 2023", "Jan 2024",
          "Riccarton, Christchurch", []),
        J("Ōtautahi Kindergarten Association – Halswell Kindergarten", "Teacher (Fully Certificated)", "Jan 2017",
          "Jun 2020", "Christchurch", [
            "Planned and assessed for {{40 children}} aged 2–5 in a sessional kindergarten.",
            "Led the kindergarten's Enviroschools journey to Silver status.",
          ]),
        J("Treetops Early Learning Ltd", "Provisionally Certificated Teacher", "Feb 2015", "Dec 2016", "Christchurch", [
            "Completed full certification with a mentor teacher in {{2 years}}.",
          ]),
        J("Christchurch City Council", "Holiday Programme Leader", "Summer 2013/14", None, "Christchurch", []),
    ],
    education=["Bachelor of Teaching and Learning (Early Childhood), University of Canterbury, 2014"],
    certs=["- Full Practising Certificate, Teaching Council of Aotearoa New Zealand",
           "- Paediatric First Aid, renewed every two years"],
    order=["summary", "experience", "skills", "education", "certs"],
    ok_numbers=["2–5"],
    notes="The gap from Jun 2020 to Aug 2023 is a career break mentioned in the summary.",
    style=dict(txt_heading="colon", job_layout="C", date_sep=" to ", contact_sep=" | ", width=76, bullet="-"),
),
]

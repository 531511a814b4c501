from render import J

RESUMES = [
# ------------------------------------------------------------------ 01 paramedic, Wales, txt
dict(
    id="w13_01_paramedic_txt", half="dev", profession="paramedic", format="txt",
    name="Rhiannon Pryce-Jones", name_line="Rhiannon Pryce-Jones, BSc (Hons), HCPC Registered Paramedic",
    headline="Specialist Paramedic (Urgent & Emergency Care)",
    location="Cardiff, Wales", phone="07700 900318", email="rhiannon.prycejones@example.co.uk",
    summary="HCPC-registered paramedic with {{11 years}} on frontline ambulances across South and West "
            "Wales, now working as a specialist paramedic in urgent care. Bilingual Welsh/English "
            "(Cymraeg rhugl), calm in a crowded room and happiest keeping people safely at home when "
            "hospital is not the right place for them.",
    skills=dict(style="semicolon", groups=[(None, [
        "Advanced airway management (i-gel, bougie)", "12-lead ECG interpretation", "JRCALC guidelines",
        "Major incident response (JESIP)", "Safeguarding adults & children (Level 3)",
        "Minor injury & minor illness assessment", "Medicines under PGDs", "Mentoring student paramedics",
        "Welsh (fluent)"])]),
    headings={"summary": "Personal Statement", "experience": "Clinical Experience", "skills": "Clinical Skills",
              "certs": "Registration & Training", "education": "Education"},
    jobs=[
        J("Welsh Ambulance Services NHS Trust", "Specialist Paramedic – Urgent Care (Band 7)", "Apr 2021",
          "Present", "Cardiff", [
            "See and treat around {{12 patients}} a shift in the community, keeping {{68%}} of them safely at home instead of conveying to the Emergency Department.",
            "Work in the Clinical Contact Centre {{2 days}} a week, remotely triaging {{30–40}} lower-acuity 999 calls per shift.",
            "Led a frailty pathway pilot with {{3 GP clusters}} that cut avoidable conveyances of older patients by {{22%}}.",
            "Practice educator for {{9 BSc paramedic students}} from Swansea and Cardiff universities.",
          ]),
        J("Welsh Ambulance Services NHS Trust", "Paramedic (Band 6)", "Sept 2016", "Mar 2021", "Swansea", [
            "Responded to around {{1,400}} emergency calls a year on a double-crewed ambulance, including cardiac arrests, major trauma and maternity.",
            "Achieved return of spontaneous circulation in {{11 of 34}} cardiac arrests where I was lead clinician.",
            "Clinical lead at a {{14-vehicle}} collision on the M4; triaged and handed over {{23 casualties}} using JESIP principles.",
          ]),
        J("Event Medical Services Wales Ltd", "Bank Paramedic (Events, zero-hours)", "2017", "2019", "Cardiff", [
            "Covered {{60+}} events including Principality Stadium rugby internationals with crowds of {{74,000}}.",
          ]),
        J("Welsh Ambulance Services NHS Trust", "Emergency Medical Technician", "Jan. 2013", "Aug 2016",
          "Carmarthen", [
            "Crewed emergency and urgent-care ambulances across rural Carmarthenshire, with average journeys of {{45 minutes}} to hospital.",
          ]),
        J("St John Ambulance Cymru", "Volunteer First Aider", "2010", "2013", "Llanelli"),
        J("Tesco Stores Ltd", "Customer Assistant (part-time)", "2008", "2010", "Llanelli"),
    ],
    education=["BSc (Hons) Paramedic Science - Swansea University, 2016 (part-time, Trust-sponsored)",
               "IHCD Ambulance Technician Award, 2013"],
    certs=["HCPC Registered Paramedic", "ALS Provider (Resuscitation Council UK)", "PHTLS, 2023",
           "Practice Educator Stage 2"],
    order=["summary", "experience", "skills", "education", "certs"],
    ok_numbers=["999", "M4"],
    style=dict(txt_heading="underline", caps=True, job_layout="C", date_sep=" – ", bullet="-",
               wrap_skills=True, width=80, contact_sep=" | "),
),
# ------------------------------------------------------------------ 02 gas engineer, England, txt
dict(
    id="w13_02_gasengineer_txt", half="dev", profession="gas engineer / plumber", format="txt",
    name="Lee Whitcombe", location="Walsall, West Midlands", phone="07700 900562",
    email="lee@whitcombeheating.example.co.uk", links=["whitcombeheating.example.co.uk"],
    headline="Gas Safe Registered Heating Engineer & Plumber",
    summary="Gas Safe registered heating engineer with {{16 years}} in domestic and light-commercial "
            "heating and plumbing. I have run my own business since 2015 and now want a supervisory role "
            "with a housing association or M&E contractor.",
    skills=dict(style="cats", inner=", ", groups=[
        ("Gas", ["Boiler installation & servicing (Worcester Bosch, Vaillant, Ideal)",
                 "Fault-finding on combi & system boilers", "Landlord gas safety certificates (CP12)"]),
        ("Plumbing", ["Unvented hot water (G3)", "Bathroom fit-outs", "Power flushing"]),
        ("Renewables", ["Air source heat pumps (MCS)", "Smart controls (Hive, Nest)"]),
    ]),
    headings={"summary": "Profile", "experience": "Work History", "skills": "Skills", "certs": "Tickets & Qualifications"},
    jobs=[
        J("L. Whitcombe t/a Whitcombe Heating & Plumbing", "Owner / Gas Engineer (Self-employed)", "Mar 2015",
          "Present", "Walsall", [
            "Installed {{400+}} gas boilers and carried out around {{900}} services and repairs a year for private customers and letting agents.",
            "Hold maintenance contracts with {{3 letting agents}} covering {{210 rental properties}}; {{100%}} of CP12 certificates issued before expiry.",
            "Keep a {{4.9/5}} rating from {{180+}} reviews on Checkatrade.",
            "Take on one apprentice each year through Walsall College.",
          ]),
        J("GreenLoop Renewables Ltd", "Heat Pump Installer (Subcontract)", "Spring 2020", None, "Birmingham", [
            "Fitted {{14 air source heat pump systems}} on a council retrofit scheme during lockdown.",
          ]),
        J("Mercia Heating Services Ltd", "Gas Service Engineer", "Jun 2010", "Feb 2015", "Wolverhampton", [
            "Serviced and repaired up to {{7 boilers}} a day across social-housing stock of about {{5,000 homes}}.",
            "First-time fix rate of {{91%}} against a company target of {{85%}}.",
          ]),
        J("Kelly's Plumbing & Heating", "Apprentice Plumber", "Sept 2007", "May 2010", "Dudley", [
            "Completed my NVQ Level 3 while working on bathroom, kitchen and central-heating installs.",
          ]),
    ],
    education=["NVQ Level 3 Plumbing and Heating - Walsall College, 2010"],
    certs=["Gas Safe Register (CCN1, CENWAT, CKR1, HTR1)", "Unvented Hot Water (G3)",
           "MCS Heat Pump Installer (LCL Awards)", "CSCS Gold Card"],
    order=["summary", "skills", "experience", "certs", "education"],
    ok_numbers=["since 2015", "CP12", "NVQ Level 3"],
    style=dict(txt_heading="dash", contact_first=True, contact_sep=" · ", job_layout="A", date_sep=" - ",
               bullet="*", width=84),
),
# ------------------------------------------------------------------ 03 translator, Spain, txt
dict(
    id="w13_03_translator_txt", half="dev", profession="translator / interpreter", format="txt",
    name="Nuria Bellver Sáez", location="Valencia, Spain", phone="+34 612 34 56 78",
    email="nuria@bellvertraducciones.example.es", links=["linkedin.com/in/nuriabellver"],
    headline="Sworn Translator & Conference Interpreter (EN/FR > ES)",
    summary="Freelance sworn translator and interpreter with {{12 years}} in legal, medical and EU "
            "institutional work. I went back to full-time freelancing after a career break to care for a "
            "family member, and have translated over {{3.5 million words}} for agencies, law firms and "
            "hospitals.",
    skills=dict(style="dot", groups=[
        ("CAT tools", ["SDL Trados Studio", "memoQ", "Phrase (Memsource)", "Xbench"]),
        ("Specialisms", ["Sworn translation (EN>ES)", "Simultaneous & consecutive interpreting",
                         "Legal & medical terminology", "Subtitling (Aegisub, Subtitle Edit)"]),
    ]),
    headings={"summary": "About", "experience": "Professional Experience", "skills": "Tools and Specialisms",
              "education": "Education"},
    jobs=[
        J("Bellver Traducciones (self-employed)", "Sworn Translator (Traductora-Intérprete Jurada) & Conference Interpreter",
          "January 2020", "Ongoing", "Valencia", [
            "Translate and certify around {{450 official documents}} a year for courts, notaries and immigration lawyers.",
            "Interpret consecutively at about {{40 hearings}} and medical appointments a year.",
            "Regular supplier to {{6 agencies}} in Spain, France and the UK with an average quality score of {{98.7%}}.",
          ], end=None),
        J("Meridiana Medical Translations S.L.", "In-house Medical Translator, EN/FR–ES", "March 2013",
          "June 2017", "Madrid", [
            "Translated clinical trial protocols, informed consent forms and SmPCs, averaging {{3,200 words}} a day.",
            "Built and maintained a {{40,000-entry}} termbase in memoQ shared by a team of {{8 translators}}.",
            "Reviewed work by {{5 junior translators}} and freelancers before delivery.",
          ]),
        J("Agencia Lingua Franca, S.A.", "Project Manager – Localisation", "2011", "2013", "Barcelona"),
        J("Council of Europe, Directorate General of Administration", "Translation Trainee (Spanish Unit)",
          "Spring 2010", None, "Strasbourg, France"),
    ],
    education=["MA Conference Interpreting - Universidad de La Laguna, 2011",
               "Grado en Traducción e Interpretación - Universitat de València, 2009",
               "Traductora-Intérprete Jurada de inglés (MAEC), 2019"],
    extra={"Languages": ["Spanish (native), Catalan/Valencian (native), English (C2), French (C2)"]},
    order=["summary", "experience", "skills", "education", "Languages"],
    notes="The first job's end is written as \"Ongoing\" (an open-ended role), so its end is null.",
    style=dict(txt_heading="colon", contact_lines=True, job_layout="B", date_sep=" → ", bullet="-", width=90),
),
# ------------------------------------------------------------------ 04 pipe welder, US, txt
dict(
    id="w13_04_welder_txt", half="dev", profession="pipe welder", format="txt",
    name="Travis Lee Dubois", location="Lake Charles, LA", phone="(337) 555-0148",
    email="tldubois.welds@example.com",
    headline="Combination Pipe Welder — 6G Certified (SMAW/GTAW)",
    summary="Combination pipe welder with {{13 years}} on refinery, LNG and pipeline work across the Gulf "
            "Coast, plus {{4 years}} as a Navy hull technician. X-ray quality welds, clean fit-up, and I show "
            "up. Weld reject rate under {{1%}} on my last {{3 projects}}.",
    skills=dict(style="bullets", groups=[
        ("Processes", ["SMAW (stick)", "GTAW (TIG)", "FCAW", "GMAW"]),
        ("Materials", ["Carbon steel", "Chrome (P91)", "Stainless", "Inconel"]),
        ("Other", ["Blueprint & isometric reading", "Fit-up & beveling", "Rigging signals", "TWIC card"]),
    ]),
    headings={"summary": "Summary", "experience": "Work History", "skills": "Skills", "certs": "Certifications"},
    jobs=[
        J("Gulf Coast Pipeline Constructors, Inc.", "Pipe Welder (Contract), Combination 6G", "Jan 2022",
          "Current", "Hackberry, LA", [
            "Weld {{6-36 inch}} carbon and stainless process piping on an LNG export terminal expansion.",
            "Kept a {{0.6%}} radiographic reject rate across more than {{1,100 welds}}.",
          ]),
        J("Bayou Industrial Services, LLC", "Lead Welder / Welding Foreman", "2019", "2021", "Sulphur, LA", [
            "Ran a crew of {{9 welders and fitters}} on refinery turnarounds and tie-ins.",
            "Finished a {{21-day}} crude unit turnaround {{2 days}} early with zero recordables.",
          ]),
        J("R. L. Hebert & Sons Welding", "Pipe Welder", "2016", "2019", "Lafayette, LA", [
            "Fabricated spools and hot-tapped lines for midstream gas customers.",
          ]),
        J("Sabine Turnaround Group", "Turnaround Welder (Contract)", "Spring 2015", None, "Port Arthur, TX"),
        J("Pelican Fabrication Inc.", "Structural Welder", "2011", "2015", "Lake Charles, LA", [
            "Welded offshore module steel and stairs to AWS D1.1.",
          ]),
        J("United States Navy", "Hull Maintenance Technician Third Class (HT3)", "2007", "2011", "Norfolk, VA", [
            "Welded and repaired shipboard piping and structures on a destroyer; qualified damage-control team leader.",
          ]),
        J("Sonic Drive-In", "Crew Member", "Summer 2006", None, "Sulphur, LA"),
    ],
    education=["SOWELA Technical Community College - Welding Technology, 2011",
               "Sulphur High School, 2006"],
    certs=["6G Pipe (SMAW/GTAW) - ASME Section IX", "AWS D1.1 Structural", "OSHA 10", "TWIC", "NCCER Pipe Welder"],
    order=["summary", "experience", "skills", "certs", "education"],
    ok_numbers=["6G", "D1.1"],
    style=dict(txt_heading="rule", job_layout="H", date_sep=" to ", bullet="-", width=72, contact_sep=" | "),
),
# ------------------------------------------------------------------ 05 merchandiser, Bangladesh, txt
dict(
    id="w13_05_merchandiser_txt", half="dev", profession="garment merchandiser", format="txt",
    name="Tahmina Akter Chowdhury", location="Uttara, Dhaka-1230", phone="+880 1712-345678",
    email="tahmina.chowdhury@example.com", links=["linkedin.com/in/tahminachowdhury"],
    headline="Senior Merchandiser — Knit & Woven Apparel (Export)",
    summary="Apparel merchandiser with {{9 years}} in export garments for EU and US buyers. I handle "
            "about {{$14M}} in annual FOB orders, from costing and sampling to shipment, and I keep the "
            "factory floor and the buyer talking to each other.",
    summary_bullets=["On-time shipment rate of {{96%}} over the last {{3 years}}",
                     "Fluent in Bangla and English; working Hindi"],
    skills=dict(style="comma", groups=[
        ("Merchandising", ["Costing & CM negotiation", "Tech pack review", "TNA (time & action) planning",
                           "Fit & PP sample approval", "Lab dips & strike-offs"]),
        ("Sourcing & compliance", ["Fabric & trims sourcing", "Compliance audits (BSCI, WRAP, RSC)"]),
        ("Systems", ["Datatex ERP", "MS Excel", "Outlook"]),
    ]),
    headings={"summary": "Career Summary", "experience": "Employment History", "skills": "Key Skills",
              "education": "Academic Qualification"},
    jobs=[
        J("A.K. Rahman Knitwear Ltd", "Senior Merchandiser, Knits", "Jan. 2020", "Present", "Gazipur", [
            "Lead a team of {{4 merchandisers}} handling {{3 European buyers}} and about {{2.6 million pieces}} a year.",
            "Cut sample approval time from {{21 days}} to {{12 days}} by setting up a weekly virtual fit session with buyers.",
            "Negotiated trims pricing that saved {{$0.11}} per garment, about {{$180,000}} a year.",
          ]),
        J("Meghna Denim Mills (a unit of Meghna Group)", "Merchandiser – Woven & Denim", "Aug 2016",
          "Dec 2019", "Narayanganj", [
            "Managed orders for {{2 US retail buyers}} worth {{$6.5M}} a year.",
            "Brought air-freight cost down by {{38%}} through tighter TNA follow-up with the washing unit.",
          ]),
        J("Hanse Sourcing Bangladesh Ltd (buying house)", "Assistant Merchandiser", "2014", "2016", "Dhaka", [
            "Followed up sampling and inline inspections at {{11 supplier factories}}.",
          ]),
        J("Department of Textiles, Ministry of Textiles and Jute, Government of the People's Republic of Bangladesh",
          "Intern, Planning Cell", "2013", None, "Dhaka"),
    ],
    education=["B.Sc. in Textile Engineering (Apparel Manufacturing) - Bangladesh University of Textiles, 2014",
               "HSC (Science) - Viqarunnisa Noon College, 2009"],
    order=["summary", "experience", "skills", "education"],
    style=dict(txt_heading="caps", job_layout="F", date_sep=" — ", contact_sep=" / ", bullet="•", width=86),
),
# ------------------------------------------------------------------ 06 winemaker, Chile, md
dict(
    id="w13_06_winemaker_md", half="dev", profession="winemaker", format="md",
    name="Catalina Muñoz Riquelme", location="Santa Cruz, Colchagua, Chile", phone="+56 9 8765 4321",
    email="catalina.munoz.enologa@example.cl", links=["linkedin.com/in/catalinamunozr"],
    headline="Winemaker / Enóloga — Red Wines, Colchagua Valley",
    summary="Winemaker with {{12 vintages}} in Chile, California, Australia and Germany. Responsible for "
            "{{1.2 million litres}} a year of estate and export wines, with a soft spot for old-vine "
            "Carmenère and field blends.",
    skills=dict(style="cats", inner="; ", groups=[
        ("Winemaking", ["Red & white vinification", "Barrel & foudre programmes", "Blending trials",
                        "Sensory analysis"]),
        ("Lab", ["FTIR (FOSS WineScan)", "SO2 management", "Malolactic monitoring", "HACCP"]),
        ("Vineyard", ["Harvest scheduling", "Maturity sampling", "Organic certification (CERES)"]),
    ]),
    headings={"summary": "Perfil", "experience": "Vintages & Employment", "skills": "Skills",
              "education": "Education"},
    jobs=[
        J("Viña Los Boldos del Sur S.A.", "Head Winemaker (Enóloga Jefe)", "2019", "Present", "Santa Cruz, Chile", [
            "Run winemaking for {{1.2 million litres}} across {{4 labels}}, with a cellar team of {{11}} and up to {{30}} harvest staff.",
            "Moved {{40%}} of the red programme from new oak to foudres and concrete, cutting barrel spend by {{USD 210,000}} a year.",
            "Our 2021 Carmenère Reserva scored {{93 points}} (Descorchados) and opened {{2 new export markets}}.",
          ]),
        J("Viña Los Boldos del Sur S.A.", "Assistant Winemaker", "2016", "2019", "Santa Cruz, Chile", [
            "Managed fermentations for {{180 tanks}} during harvest and ran daily lab analysis.",
            "Set up the winery's first organic-certified block of {{22 hectares}}.",
          ]),
        J("Weingut Kessler-Brandt GmbH", "Cellar Hand (Vintage)", "Autumn 2015", None, "Rheinhessen, Germany", [
            "Riesling and Spätburgunder harvest; whole-bunch pressing and barrel work.",
          ]),
        J("Barossa Ridge Wines Pty Ltd", "Vintage Cellar Hand", "Q1 2015", None, "Tanunda, SA, Australia", [
            "Night-shift cellar hand on a {{9,000-tonne}} crush.",
          ]),
        J("Hollis & Vane Cellars", "Harvest Intern", "Fall 2014", None, "Healdsburg, CA, USA"),
        J("Viña Concha Alta Ltda.", "Laboratory Technician", "2012", "2014", "Rancagua, Chile", [
            "Ran about {{60 analyses}} a day (alcohol, VA, free and total SO2) during harvest.",
          ]),
    ],
    education=["- Ingeniería Agronómica, mención Enología - Pontificia Universidad Católica de Chile, 2012",
               "- WSET Level 3 Award in Wines, 2017"],
    extra={"Languages": ["Spanish (native) · English (fluent) · German (basic)"]},
    order=["summary", "experience", "skills", "education", "Languages"],
    ok_numbers=["2021", "SO2"],
    style=dict(job_layout="C", date_sep="–", contact_lines=True, md_h3="####", bullet_md="*",
               md_bold_headline=True),
),
# ------------------------------------------------------------------ 07 android developer, India, md
dict(
    id="w13_07_androiddev_md", half="dev", profession="android developer", format="md",
    name="Saurabh Kulkarni", location="Pune, Maharashtra", phone="+91-98220 45678",
    email="saurabh.kulkarni.dev@example.in", links=["github.com/saurabhk-android"],
    headline="Senior Android Engineer (Kotlin, Jetpack Compose)",
    summary="Android engineer with {{7 years}} building consumer apps in food delivery and payments, with "
            "{{50M+ installs}} across the apps I have worked on. I care about cold-start time, crash-free "
            "sessions and code that a new joiner can read.",
    skills=dict(style="cats", inner=", ", groups=[
        ("Languages", ["Kotlin", "Java", "SQL"]),
        ("Android", ["Jetpack Compose", "Coroutines & Flow", "Hilt", "Room", "WorkManager", "Baseline Profiles"]),
        ("Tooling", ["Gradle (KTS)", "Firebase Crashlytics", "GitHub Actions", "Play Console"]),
    ]),
    headings={"summary": "About", "experience": "Experience", "skills": "Tech Stack", "education": "Education"},
    jobs=[
        J("Zaika", "Senior Android Engineer (SDE-III)", "2021-03", "Now", "Bengaluru (remote from Pune)", [
            "Cut cold-start time on low-end devices from {{3.8 s}} to {{1.9 s}} with Baseline Profiles and lazy DI graphs.",
            "Raised crash-free sessions from {{98.1%}} to {{99.7%}} for an app with {{12M}} monthly users.",
            "Led the migration of {{60+ screens}} to Jetpack Compose with a team of {{5 engineers}}.",
            "Shipped the tipping feature that added {{₹2.4 crore}} a month in rider tips.",
          ]),
        J("Paisaveer Technologies Pvt. Ltd.", "Android Developer II", "2018-07", "2021-02", "Pune", [
            "Built UPI payment flows handling {{1.5M}} transactions a day.",
            "Reduced APK size by {{34%}} by moving to app bundles and removing unused libraries.",
          ]),
        J("Studio 91 Labs", "Android Developer (Freelance)", "2017-09", "2018-06", "Remote", [
            "Delivered {{4 apps}} for small businesses in Pune, including a salon booking app.",
          ]),
        J("Tata Consultancy Services", "Assistant System Engineer – Trainee", "2016-08", "2017-08", "Pune", [
            "Maintained a Java enterprise app for a UK insurer as part of a {{30-member}} team.",
          ]),
    ],
    education=["- B.E. Computer Engineering, Savitribai Phule Pune University, 2016"],
    order=["summary", "experience", "skills", "education"],
    style=dict(job_layout="G", date_sep=" → ", contact_first=True, contact_sep=" | ", md_job_h3=False,
               md_rule=True),
),
# ------------------------------------------------------------------ 08 respiratory therapist, US, pdf-onecol
dict(
    id="w13_08_resptherapist_pdf_onecol", half="dev", profession="respiratory therapist", format="pdf-onecol",
    name="DeShawn M. Carter", name_line="DeShawn M. Carter, RRT", location="Houston, TX",
    phone="(713) 555-0182", email="deshawn.carter.rrt@example.com",
    links=["linkedin.com/in/deshawncarter-rrt"],
    headline="Registered Respiratory Therapist | U.S. Army Veteran",
    summary="Registered respiratory therapist with {{5 years}} in adult critical care, after {{8 years}} as "
            "an Army combat medic. Comfortable with unstable ventilated patients, codes and teaching new "
            "grads at the bedside.",
    skills=dict(style="bullets", groups=[(None, [
        "Ventilator management (Servo-u, Hamilton G5, PB 980)", "ABG sampling & interpretation",
        "High-flow nasal cannula", "BiPAP / CPAP", "Bronchoscopy assist", "ECMO circuit support",
        "Rapid response & code blue", "Epic Rover charting"])]),
    headings={"summary": "Profile", "experience": "Experience", "skills": "Clinical Skills",
              "education": "Education & Military Training", "certs": "Licenses"},
    jobs=[
        J("Bayou City General Hospital", "Registered Respiratory Therapist II – Adult ICU", "Feb 2021", "Present",
          "Houston, TX", [
            "Manage ventilators for up to {{8 ICU patients}} a shift in a {{36-bed}} medical ICU.",
            "Helped write the spontaneous breathing trial protocol that cut average ventilator days from {{6.2}} to {{4.9}}.",
            "Precept {{2-3 new therapists}} a year and run the monthly airway skills lab.",
          ]),
        J("TrueNorth Travel Clinicians", "Travel Respiratory Therapist (13-week contracts)", "Mar 2020",
          "Jan 2021", "Houston & El Paso, TX", [
            "Worked {{3 COVID-19 surge contracts}} in ICUs running at up to {{140%}} of normal ventilator capacity.",
          ]),
        J("St. Agnes Community Hospital", "Respiratory Therapist (PRN)", "Jun 2019", "Feb 2020", "Pasadena, TX", []),
        J("U.S. Army, 1st Cavalry Division", "Combat Medic Specialist (68W), Sergeant", "2011", "2019",
          "Fort Hood, TX & Kandahar, Afghanistan", [
            "Senior medic for a {{120-soldier}} company; led sick call and trauma lanes training.",
            "Treated and evacuated {{17 casualties}} during a deployment to Afghanistan.",
          ]),
    ],
    education=["A.A.S. Respiratory Care - San Jacinto College, 2019",
               "68W Combat Medic Course - AMEDD Center & School, Fort Sam Houston, 2011"],
    certs=["Registered Respiratory Therapist (RRT), NBRC", "Texas RCP License", "ACLS, BLS, PALS"],
    order=["summary", "experience", "skills", "certs", "education"],
    notes="The name (with its credential) and the section headings are printed in capitals; the name reads DESHAWN M. CARTER, RRT in the file.",
    style=dict(job_layout="E", date_sep=" - ", name_caps=True, caps=True, pdf_bullet="–", rule=False,
               name_align=1, accent="#3a3a3a", size=10),
),
# ------------------------------------------------------------------ 09 librarian, Canada, pdf-onecol
dict(
    id="w13_09_librarian_pdf_onecol", half="dev", profession="academic librarian", format="pdf-onecol",
    name="Geneviève Tremblay-Ouellet", name_line="Geneviève Tremblay-Ouellet, MLIS",
    location="Ottawa, ON", phone="613-555-0147", email="g.tremblayouellet@example.ca",
    links=["orcid.org/0000-0002-1825-0097", "linkedin.com/in/gtremblayouellet"],
    headline="Research Data Librarian — Digital Scholarship",
    summary="Academic librarian who came to the profession after {{9 years}} as a graphic designer. I help "
            "researchers plan, clean and share their data, and I teach the workshops I wish I had had "
            "as a student. Fully bilingual (French/English).",
    skills=dict(style="comma", groups=[
        ("Research data", ["Data management plans (DMP Assistant)", "Dataverse", "OpenRefine", "Metadata (DDI, Dublin Core)"]),
        ("Teaching", ["Information literacy instruction", "Workshop design", "LibGuides"]),
        ("Systems", ["Alma / Primo VE", "Python (pandas)", "R", "Adobe InDesign"]),
    ]),
    headings={"summary": "Profile", "experience": "Relevant Experience", "skills": "Skills & Tools",
              "education": "Education"},
    jobs=[
        J("University of the Ottawa Valley Library", "Research Data Librarian (Librarian II)", "Jan 2022",
          "Present", "Ottawa, ON", [
            "Support {{400+ researchers}} in {{3 faculties}} with data management plans for Tri-Agency grants.",
            "Curated and published {{85 datasets}} in the university Dataverse, tripling deposits in {{2 years}}.",
            "Teach {{25-30 workshops}} a year on OpenRefine, data citation and reproducible research, with {{4.7/5}} average ratings.",
          ]),
        J("Ottawa Public Library / Bibliothèque publique d'Ottawa", "Information Services Assistant (part-time)",
          "Sep 2019", "Dec 2021", "Ottawa, ON", [
            "Answered about {{150 reference questions}} a week in French and English at a busy downtown branch.",
          ]),
        J("Library and Archives Canada", "Archival Co-op Student (MLIS)", "Summer 2020", None, "Gatineau, QC", [
            "Described {{1,200}} digitized photographs for the public catalogue.",
          ]),
        J("Frontier College", "Volunteer Literacy Tutor", "2017", "2019", "Montréal, QC", []),
        J("Atelier Ouellet Design", "Freelance Graphic Designer", "2012", "2018", "Montréal, QC", [
            "Designed books, reports and exhibition graphics for {{30+ clients}}, including {{3 university presses}}.",
          ]),
        J("Groupe Média Fleurdelys inc.", "Junior Graphic Designer", "2009", "2012", "Montréal, QC", []),
    ],
    education=["Master of Library and Information Studies (MLIS) - McGill University, 2021",
               "Baccalauréat en design graphique - Université du Québec à Montréal (UQAM), 2009"],
    order=["summary", "skills", "experience", "education"],
    style=dict(job_layout="D", date_sep=" to ", serif=True, accent="#5b2333", size=10.5,
               contact_order=["email", "phone", "loc"], contact_sep="  ·  ", margin=0.8),
),
# ------------------------------------------------------------------ 10 credit officer, Kenya, pdf-twocol right
dict(
    id="w13_10_creditofficer_pdf_twocol", half="dev", profession="microfinance credit officer", format="pdf-twocol",
    name="Faith Wanjiru Kamau", location="Nakuru, Kenya", phone="+254 712 345 678",
    email="faith.wkamau@example.co.ke",
    headline="Credit Officer — Group & SME Lending",
    summary="Credit officer with {{3 years}} in group and SME lending for a women-focused microfinance bank. "
            "I manage a portfolio of {{KES 38M}} across {{64 groups}} and keep it healthy by knowing my "
            "clients' businesses, not only their repayment history.",
    skills=dict(style="bullets", groups=[
        ("Lending", ["Group lending methodology", "SME credit appraisal", "Cash-flow analysis",
                     "Loan recovery & restructuring"]),
        ("Tools", ["Mambu", "T24 (Temenos)", "MS Excel", "M-Pesa till reconciliation"]),
        ("Languages", ["English", "Kiswahili", "Gikuyu"]),
    ]),
    headings={"summary": "Profile", "experience": "Work Experience", "skills": "Skills",
              "education": "Education", "Referees": "Referees"},
    jobs=[
        J("Tumaini Women's Microfinance Bank Ltd", "Credit Officer II (Group Lending)", "Mar 2022", "Present",
          "Nakuru", [
            "Grew my portfolio from {{KES 21M}} to {{KES 38M}} in {{18 months}} while keeping PAR30 at {{2.8%}} against a branch average of {{6.1%}}.",
            "Appraised and disbursed {{1,050+ loans}} to women-owned businesses and table-banking groups.",
            "Trained the committees of all {{64 groups}} on record keeping and loan rules.",
          ]),
        J("Tumaini Women's Microfinance Bank Ltd", "Graduate Trainee – Credit", "Jul 2021", "Feb 2022", "Nakuru", [
            "Rotated through credit, operations and recoveries; collected {{KES 2.4M}} in arrears.",
          ]),
        J("Kenya Red Cross Society", "Volunteer, Cash Transfer Programme", "2020", "2021", "Nakuru Branch", [
            "Registered {{800+ households}} for COVID-19 cash transfers and verified M-Pesa payments.",
          ]),
        J("County Government of Nakuru, Department of Trade, Tourism, Industrialization and Co-operative Development",
          "Intern, Co-operatives Audit Unit", "May 2019", "Aug 2019", "Nakuru", []),
    ],
    education=["Bachelor of Commerce (Finance), Egerton University, 2020",
               "KCSE, Moi Girls' High School Nakuru, 2015"],
    extra={"Referees": ["Available on request"]},
    order=["summary", "experience", "Referees"],
    ok_numbers=["PAR30", "COVID-19"],
    style=dict(job_layout="G", date_sep="-", sidebar=["skills", "education"], side_left=False,
               name_in_sidebar=True, side_w=2.1, accent="#14532d", side_bg="#eef6ee", contact_heading="Contact"),
),
# ------------------------------------------------------------------ 11 actuarial analyst, Canada, pdf-twocol left
dict(
    id="w13_11_actuarial_pdf_twocol", half="dev", profession="actuarial analyst", format="pdf-twocol",
    name="Liam O'Sullivan-Chen", location="Toronto, ON", phone="(416) 555-0163",
    email="liam.osullivanchen@example.com", links=["linkedin.com/in/liamosc"],
    headline="Actuarial Analyst I · ASA candidate",
    summary="Actuarial analyst in individual life pricing, one year out of the University of Waterloo's "
            "co-op program. {{4 SOA exams}} passed; I like building models people can audit.",
    skills=dict(style="cats", inner=", ", groups=[
        ("Programming", ["R", "Python", "SQL", "VBA"]),
        ("Actuarial", ["AXIS", "Prophet", "IFRS 17 basics", "Experience studies"]),
        ("Office", ["Excel (array formulas, Power Query)", "Power BI"]),
    ]),
    headings={"summary": "Summary", "experience": "Experience", "skills": "Technical Skills",
              "certs": "Exams", "Languages": "Languages"},
    jobs=[
        J("Maple Crest Life Assurance Company", "Actuarial Analyst I, Individual Life Pricing", "Sept 2023",
          "Present", "Toronto, ON", [
            "Priced {{2 term-life product}} refreshes, with new business premium up {{11%}} in the first quarter after launch.",
            "Rebuilt the lapse experience study in R, cutting run time from {{3 days}} to {{4 hours}}.",
          ]),
        J("University of Waterloo, Department of Statistics and Actuarial Science", "Teaching Assistant, ACTSC 231",
          "Jan 2023", "Apr 2023", "Waterloo, ON", [
            "Ran weekly tutorials for {{120 students}} in interest theory.",
          ]),
        J("Maple Crest Life Assurance Company", "Actuarial Co-op Student (Valuation)", "Winter 2022", None,
          "Toronto, ON", [
            "Automated {{14 reserve reconciliation}} checks in VBA for the quarterly close.",
          ]),
        J("Laurentian Mutual Insurance Inc.", "Co-op Student, Pricing & Analytics – P&C Auto", "Spring 2021", None,
          "Kitchener, ON", [
            "Built a GLM territory analysis on {{1.8M}} policy records.",
          ]),
        J("Government of Ontario, Ministry of Finance – Pension Policy Branch", "Research Assistant (Co-op)",
          "Fall 2020", None, "Toronto, ON", []),
    ],
    education=["Bachelor of Mathematics (Honours), Actuarial Science, Co-operative Program",
               "University of Waterloo, 2023"],
    certs=["SOA Exam P", "SOA Exam FM", "SOA Exam SRM", "SOA Exam FAM"],
    extra={"Languages": ["English (native)", "French (intermediate)", "Cantonese (conversational)"]},
    order=["summary", "experience", "education"],
    ok_numbers=["IFRS 17"],
    style=dict(job_layout="F", date_sep=" – ", sidebar=["skills", "certs", "Languages"], side_left=True,
               name_in_sidebar=False, serif=True, accent="#1d3557", side_bg="#f2f4f8", contact_heading="Contact Info",
               side_w=2.2),
),
# ------------------------------------------------------------------ 12 petroleum geologist, Egypt, pdf-smallcaps
dict(
    id="w13_12_geologist_pdf_smallcaps", half="dev", profession="petroleum geologist", format="pdf-smallcaps",
    name="Youssef Abdelrahman El-Sayed", location="New Cairo, Egypt", phone="+20 100 123 4567",
    email="youssef.elsayed.geo@example.com", links=["linkedin.com/in/youssef-elsayed-geo"],
    headline="Senior Petroleum Geologist — Western Desert & Gulf of Suez",
    summary="Development and wellsite geologist with {{13 years}} in the Western Desert and Gulf of Suez. "
            "I have placed more than {{120 wells}} and I like the part where the core comes up and "
            "nobody agrees on what it means.",
    skills=dict(style="comma", groups=[(None, [
        "Petrel", "Techlog", "Subsurface mapping", "Well correlation", "Core & cuttings description",
        "Wellsite geology", "Reservoir characterisation", "Volumetrics & reserves (PRMS)", "Arabic (native)",
        "English (fluent)", "German (B1)"])]),
    headings={"summary": "Professional Summary", "experience": "Career History", "skills": "Technical Skills",
              "education": "Education", "certs": "Memberships"},
    jobs=[
        J("Nordkamm Energie GmbH – Egypt Branch", "Senior Development Geologist", "Oct 2019", "Present", "Cairo", [
            "Lead geologist for {{3 Western Desert concessions}} producing about {{28,000 bopd}}.",
            "Picked {{46 infill well}} locations; {{41}} came in on prognosis and added {{9.5 MMbbl}} of 2P reserves.",
            "Built the Petrel field model used in the 2022 field development plan approved by EGPC.",
          ]),
        J("Qarun Western Desert Petroleum Co. (QWDPC)", "Geologist II / Wellsite Geologist", "Jul 2014",
          "Sep 2019", "Western Desert", [
            "Supervised geology on {{74 wells}}, including horizontal wells geosteered in thin Bahariya sands.",
            "Cut coring costs by {{30%}} by moving to targeted sidewall cores.",
          ]),
        J("Egyptian General Petroleum Corporation (EGPC), Ministry of Petroleum and Mineral Resources",
          "Trainee Geologist", "2012", "2014", "Cairo"),
        J("Delta Mudlogging Services S.A.E.", "Mudlogger (rotation 28/28)", "2011", "2012", "Gulf of Suez", [
            "Logged cuttings and gas on {{9 offshore wells}}.",
          ]),
        J("Cairo University, Faculty of Science", "Summer Intern, Geology Field Camp", "Summer 2010", None,
          "Sinai"),
    ],
    education=["M.Sc. Petroleum Geology - Cairo University, 2016",
               "B.Sc. Geology - Cairo University, 2011"],
    certs=["AAPG Member", "Egyptian Society of Petroleum Geologists"],
    order=["summary", "experience", "skills", "education", "certs"],
    ok_numbers=["2P", "2022"],
    notes="Name and section headings are set in small capitals (drawn as upper-case glyphs), so the name reads YOUSSEF ABDELRAHMAN EL-SAYED in the file; compare it case-insensitively.",
    style=dict(job_layout="H", date_sep=" — ", a4=True, accent="#7c4a03", name_align=0),
),
# ------------------------------------------------------------------ 13 solicitor, England, pdf-allcaps
dict(
    id="w13_13_solicitor_pdf_allcaps", half="dev", profession="property solicitor", format="pdf-allcaps",
    name="Harriet Okonkwo-Blake", location="Leeds, West Yorkshire", phone="0113 496 0721",
    email="harriet.okonkwoblake@example.co.uk", links=["linkedin.com/in/harrietokonkwoblake"],
    headline="Solicitor — Residential & Commercial Property",
    summary="Property solicitor admitted in 2018, with a caseload of residential conveyancing, new-build "
            "plot sales and commercial leases. Trusted by {{4 regional developers}} to run their plot "
            "sales end to end.",
    skills=dict(style="pipe", groups=[(None, [
        "Residential conveyancing", "Commercial leases (landlord & tenant)", "New-build plot sales",
        "SDLT & LTT returns", "Title investigation", "Report on title",
        "Lender panel requirements (UK Finance Handbook)", "Case management (LEAP, Osprey)"])]),
    headings={"summary": "Profile", "experience": "Professional Experience", "skills": "Areas of Practice",
              "education": "Education & Qualifications"},
    jobs=[
        J("Hartley Bryce & Co LLP", "Senior Associate II – Real Estate", "Jan 2022", "date", "Leeds", [
            "Run a caseload of around {{70 live matters}}, mostly new-build plot sales and buy-to-let remortgages.",
            "Completed {{310 plot sales}} across {{9 developments}} in 2023, with exchange on average {{26 days}} after reservation.",
            "Supervise {{2 conveyancing executives}} and a trainee solicitor.",
          ], dates_text="Jan 2022 to date", end=None),
        J("Hartley Bryce & Co LLP", "Associate Solicitor", "Sept 2018", "Dec 2021", "Leeds", [
            "Acted on {{120+ commercial lease}} grants, renewals and assignments for retail and office landlords.",
          ]),
        J("Penrose Dunmore Solicitors", "Trainee Solicitor", "Sept 2016", "Aug 2018", "Harrogate", [
            "Seats in property, private client, family and commercial litigation.",
          ]),
        J("HM Land Registry", "Casework Assistant (AO)", "2014", "2016", "Durham", []),
        J("Citizens Advice Leeds", "Volunteer Adviser", "2013", "2014", "Leeds", []),
    ],
    education=["Legal Practice Course (LPC), Distinction - University of Law, Leeds, 2016",
               "LLB (Hons) Law, 2:1 - Durham University, 2013",
               "Admitted as a Solicitor of England and Wales, 2018"],
    order=["summary", "experience", "skills", "education"],
    ok_numbers=["in 2023", "in 2018"],
    notes="Name and headings are printed in capitals; the name reads HARRIET OKONKWO-BLAKE in the file. The current job's end is written as \"to date\" (Jan 2022 to date), so its end is null.",
    style=dict(job_layout="B", date_sep=" to ", serif=True, a4=True, accent="#2f2f2f", name_align=1),
),
# ------------------------------------------------------------------ 14 marine engineer, Philippines, pdf-table
dict(
    id="w13_14_marineengineer_pdf_table", half="dev", profession="marine engineer (seafarer)", format="pdf-table",
    name="Renato D. Villanueva", location="Iloilo City, Philippines", phone="+63 917 123 4567",
    email="renato.villanueva.2e@example.com",
    headline="Second Engineer (Unlimited) — STCW III/2",
    summary="Marine engineer with {{11 years}} at sea on bulk carriers, tankers and container ships, "
            "including {{2 contracts}} as Second Engineer. Strong on main-engine overhauls, purifiers and "
            "keeping planned maintenance honest.",
    skills=dict(style="grid", ncol=2, table=False, groups=[(None, [
        "MAN B&W & Wärtsilä main engines", "Purifiers (Alfa Laval)", "Planned maintenance (AMOS)",
        "Fuel oil & bunkering", "Boiler & steam systems", "Ballast water treatment",
        "ISM & MARPOL compliance", "Engine room watchkeeping"])]),
    headings={"summary": "Profile", "experience": "Sea Service", "skills": "Competencies",
              "education": "Education", "certs": "Certificates (STCW)"},
    jobs=[
        J("MV Pacific Lantern (c/o Harbourline Crew Management Inc.)", "Second Engineer", "11/2023", "Present",
          "Bulk carrier", [
            "Run a {{9-person}} engine department; planned maintenance compliance at {{98%}} in AMOS.",
            "Led a main engine unit overhaul during a {{36-hour}} port stay without delaying departure.",
          ]),
        J("MT Ocean Crest 7 (c/o Harbourline Crew Management Inc.)", "Second Engineer", "02/2022", "10/2022",
          "Product tanker", [
            "Passed {{2 SIRE inspections}} with zero engine-room observations.",
          ]),
        J("Tri-Star Shipmanagement Pte Ltd – MV Santa Isabela", "Third Engineer / 3AE", "1/2020", "9/2020",
          "Container ship", [
            "Responsible for purifiers, boilers and fuel oil transfer; cut sludge generation by {{15%}}.",
          ]),
        J("Tri-Star Shipmanagement Pte Ltd – MV Santa Isabela", "Fourth Engineer", "03/2017", "12/2017",
          "Container ship", []),
        J("Visayan Ferry Lines, Inc.", "Engine Cadet", "2012", "2013", "Iloilo", []),
    ],
    education=["BS Marine Engineering - John B. Lacson Foundation Maritime University, 2013"],
    certs=["Certificate of Competency - Second Engineer Officer (STCW III/2)", "Basic Safety Training",
           "Advanced Fire Fighting", "Engine Room Resource Management"],
    order=["summary", "experience", "skills", "certs", "education"],
    notes="Sea service is a table: the dates column on the left and the vessel/manager, rank and duties on the right.",
    style=dict(job_layout="A", date_sep=" – ", exp_table=True, a4=True, accent="#0a3d62"),
),
# ------------------------------------------------------------------ 15 AML compliance, Singapore, docx-plain
dict(
    id="w13_15_amlcompliance_docx_plain", half="dev", profession="AML compliance officer", format="docx-plain",
    name="Rachel Tan Hui Min", location="Singapore", phone="+65 9123 4567", email="rachel.tan.hm@example.sg",
    links=["linkedin.com/in/racheltanhm"],
    headline="AML/CFT Compliance — Transaction Monitoring & KYC",
    summary="AML compliance professional with {{9 years}} across KYC operations, transaction monitoring and "
            "forensic accounting. I have cleared review backlogs, tuned scenarios to cut false positives, "
            "and written the procedures that MAS examiners read.",
    skills=dict(style="semicolon", groups=[
        ("Regulation", ["MAS Notice 626", "FATF Recommendations", "Sanctions screening (OFAC, UN, EU)",
                        "STR filing (SONAR)"]),
        ("Systems", ["Actimize SAM", "World-Check One", "SQL", "Tableau"]),
    ]),
    headings={"summary": "Summary", "experience": "Work Experience", "skills": "Key Skills",
              "education": "Education", "certs": "Certifications"},
    jobs=[
        J("Straits Meridian Bank Ltd", "Assistant Vice President, AML Compliance (Transaction Monitoring)",
          "Q3 2021", "Present", "Singapore", [
            "Lead a team of {{7 analysts}} reviewing about {{3,500 alerts}} a month.",
            "Tuned {{12 Actimize scenarios}}, cutting false positives by {{41%}} without losing true hits.",
            "Filed {{90+ suspicious transaction reports}} a year and presented cases to the MLRO committee.",
          ]),
        J("Straits Meridian Bank Ltd", "Senior Associate II, KYC Operations", "Mar 2018", "Jun 2021", "Singapore", [
            "Cleared a {{1,800-file}} periodic review backlog in {{5 months}} after a regulatory finding.",
            "Wrote the enhanced due diligence checklist for high-risk private banking clients.",
          ]),
        J("H.S. Teo & Partners", "Associate, Forensic Accounting", "Jul 2015", "Feb 2018", "Singapore", [
            "Traced funds in {{6 fraud investigations}} with losses up to {{S$14M}}.",
          ]),
        J("Monetary Authority of Singapore", "Intern, Financial Crime Surveillance", "2014", None, "Singapore", []),
    ],
    education=["Bachelor of Accountancy, Nanyang Technological University, 2015"],
    certs=["Certified Anti-Money Laundering Specialist (CAMS)", "ICA International Diploma in Financial Crime Prevention"],
    order=["summary", "experience", "skills", "certs", "education"],
    ok_numbers=["626"],
    style=dict(job_layout="D", date_sep=" - ", docx_heading_style=False, name_style_title=True,
               contact_lines=True, font="Arial", size=10),
),
# ------------------------------------------------------------------ 16 CRA, India, docx-textbox
dict(
    id="w13_16_cra_docx_textbox", half="dev", profession="clinical research associate", format="docx-textbox",
    name="Ananya Subramaniam Iyer", name_line="Dr. Ananya Subramaniam Iyer, Pharm.D.",
    location="Bengaluru, Karnataka", phone="098450 55555", email="ananya.iyer.cra@example.in",
    links=["linkedin.com/in/ananya-s-iyer"],
    headline="Senior Clinical Research Associate (Oncology)",
    summary="Clinical research associate with {{9 years}} in oncology trials, from site coordination to "
            "monitoring Phase II-III studies for global sponsors. I monitor {{8-10 sites}} across South "
            "India and keep them inspection-ready.",
    skills=dict(style="bullets", groups=[(None, [
        "ICH-GCP (E6 R2)", "Risk-based monitoring", "Site qualification & close-out visits",
        "Source data verification", "Medidata Rave", "Veeva Vault CTMS", "SAE reconciliation",
        "CDSCO regulatory submissions"])]),
    headings={"summary": "Profile", "experience": "Professional Experience", "skills": "Core Skills",
              "education": "Education", "Languages": "Languages"},
    jobs=[
        J("Indira Clinical Research Pvt. Ltd. (formerly Sahyadri CRO Services)",
          "Senior Clinical Research Associate – Oncology", "Apr 2020", "Present", "Bengaluru", [
            "Monitor {{8-10 oncology sites}} on {{3 global Phase III studies}}, with {{140+}} patients enrolled.",
            "Brought query resolution time from {{19 days}} to {{7 days}} by running monthly data-cleaning calls with coordinators.",
            "No critical findings at {{2 sponsor audits}} and {{1 DCGI inspection}} of my sites.",
          ]),
        J("Indira Clinical Research Pvt. Ltd. (formerly Sahyadri CRO Services)", "Clinical Research Associate II",
          "Jun 2017", "Mar 2020", "Bengaluru", [
            "Conducted about {{60 monitoring visits}} a year across Karnataka and Tamil Nadu.",
          ]),
        J("Sri Venkateswara Institute of Oncology", "Clinical Research Coordinator", "Jan. 2015", "May 2017",
          "Chennai", [
            "Coordinated {{5 investigator-initiated}} and sponsored trials; screened {{300+}} patients.",
          ]),
        J("Aster Biologics Ltd", "Trainee, Pharmacovigilance", "6/2014", "12/2014", "Mysuru", []),
    ],
    education=["Pharm.D., JSS College of Pharmacy, Mysuru, 2014"],
    certs=["ACRP Certified Clinical Research Associate (CCRA)"],
    extra={"Languages": ["English", "Tamil", "Kannada", "Hindi"]},
    order=["summary", "experience", "education", "certs", "skills", "Languages"],
    notes="Contact details, the skills list, certifications and languages are inside a floating text box (DrawingML wps:txbx).",
    style=dict(job_layout="H", date_sep=" – ", sidebar=["skills", "certs", "Languages"],
               contact_heading="CONTACT DETAILS", font="Cambria"),
),
# ------------------------------------------------------------------ 17 underwriter, Jamaica, docx-header
dict(
    id="w13_17_underwriter_docx_header", half="dev", profession="insurance underwriter", format="docx-header",
    name="Keisha-Ann Morrison", name_line="Keisha-Ann Morrison, ACII", location="Kingston 10, Jamaica",
    phone="(876) 555-0123", email="keishaann.morrison@example.com", links=["linkedin.com/in/keishaannmorrison"],
    headline="Senior Commercial Lines Underwriter",
    summary="Chartered insurance professional with {{12 years}} in commercial property and casualty "
            "underwriting for hotels, manufacturers and retail groups across Jamaica and the Eastern "
            "Caribbean. Known for hurricane-season discipline and clear referral notes.",
    skills=dict(style="comma", groups=[(None, [
        "Commercial property & BI", "Liability (public, products, employers')", "Catastrophe exposure (RMS)",
        "Risk surveys", "Treaty & facultative reinsurance", "Policy wording", "Broker relationships",
        "Excel"])]),
    headings={"summary": "Profile", "experience": "Career History", "skills": "Core Competencies",
              "education": "Education & Professional Qualifications"},
    jobs=[
        J("Caribbean Shield Insurance Company Limited (formerly Jamaica Mutual General)",
          "Senior Underwriter – Commercial Property & Casualty", "April 2019", "Current", "New Kingston", [
            "Underwrite a {{J$2.1B}} commercial portfolio with authority up to {{US$15M}} per risk.",
            "Brought the portfolio loss ratio from {{71%}} to {{54%}} over {{3 renewal seasons}} by re-rating coastal hotel risks.",
            "Review about {{25 broker submissions}} a week and mentor {{3 junior underwriters}}.",
          ]),
        J("Caribbean Shield Insurance Company Limited (formerly Jamaica Mutual General)", "Underwriter II",
          "June 2015", "March 2019", "New Kingston", [
            "Handled {{400+}} renewals a year for SME and manufacturing clients.",
          ]),
        J("Blue Mountain Brokers Ltd.", "Account Executive (Broking)", "2012", "2015", "Montego Bay", [
            "Placed property and liability cover for {{60 corporate clients}} in tourism.",
          ]),
        J("National Commercial Credit Union", "Customer Service Representative", "2010", "2012", "Kingston", []),
    ],
    education=["Associate of the Chartered Insurance Institute (ACII), 2017",
               "B.Sc. Actuarial Science, University of the West Indies, Mona, 2010"],
    order=["summary", "experience", "skills", "education"],
    notes="Contact details (location, phone, email, link) are only in the page header, in the order email, phone, link, location; the name is in the body.",
    style=dict(job_layout="C", date_sep=" to ", contact_sep=" ~ ", caps=True, hlevel=1,
               contact_order=["email", "phone", "linkedin.com/in/keishaannmorrison", "loc"]),
),
# ------------------------------------------------------------------ 18 production supervisor, Mexico, docx-table
dict(
    id="w13_18_prodsupervisor_docx_table", half="dev", profession="production supervisor (manufacturing)",
    format="docx-table",
    name="José Luis Garza Treviño", location="Apodaca, Nuevo León, México", phone="+52 81 1234 5678",
    email="joseluis.garza.t@example.com.mx", links=["linkedin.com/in/jlgarzatrevino"],
    headline="Production Supervisor — Automotive Wire Harness · Lean Six Sigma Green Belt",
    summary="Production supervisor with {{11 years}} on the floor in automotive wire harness plants, "
            "starting as an operator. I run a {{140-person}} shift and care about scrap, safety and people "
            "going home on time.",
    skills=dict(style="grid", ncol=3, groups=[(None, [
        "Lean manufacturing", "5S & Kaizen", "SMED", "OEE tracking", "8D / A3 problem solving",
        "IATF 16949", "SAP PP", "Minitab", "Bilingual Spanish/English"])]),
    headings={"summary": "Summary", "experience": "Work Experience", "skills": "Skills",
              "education": "Education"},
    jobs=[
        J("Arneses del Norte, S.A. de C.V. (Planta 3)", "Production Supervisor, 2nd Shift", "Jan 2020",
          "Present", "Apodaca, N.L.", [
            "Supervise {{140 operators}} and {{6 line leaders}} across {{9 assembly lines}}.",
            "Raised OEE from {{68%}} to {{81%}} with SMED changeovers and a daily tier meeting.",
            "Cut internal scrap by {{US$310K}} a year and customer PPM from {{45}} to {{12}}.",
          ]),
        J("Grupo Industrial Norteño", "Line Leader / Team Lead", "2016", "2019", "Santa Catarina, N.L.", [
            "Led a {{22-person}} line; ran the cell's first Kaizen event, freeing {{3 operators}} for a new model launch.",
          ]),
        J("Metalúrgica Regia S.A.", "Quality Intern (Residencia profesional)", "Spring 2017", None, "Monterrey, N.L.", [
            "Ran a capability study on {{4 stamping processes}} for a final-year project.",
          ]),
        J("Grupo Industrial Norteño", "Production Operator", "2013", "2016", "Santa Catarina, N.L.", []),
    ],
    education=["Ingeniería Industrial y de Sistemas - Instituto Tecnológico de Nuevo León, 2017 (evening program)",
               "Lean Six Sigma Green Belt, 2021"],
    order=["summary", "skills", "experience", "education"],
    ok_numbers=["16949"],
    style=dict(job_layout="A", date_sep="–", exp_table=True, grid=False, center=True, contact_sep=" | ",
               font="Calibri", docx_heading_style=True),
),
]

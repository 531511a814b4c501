from render import J

RESUMES = [
dict(
    id="w12_01_optometrist_pdf_onecol", half="dev", profession="optometrist", format="pdf-onecol",
    name="Aoife Ní Bhriain", name_line="Aoife Ní Bhriain, MCOptom",
    headline="Optometrist – Myopia Management & Medical Contact Lenses",
    location="Galway, Ireland", phone="+353 87 214 6630", email="aoife.nibhriain@example.ie",
    links=["linkedin.com/in/aoifenibhriain"],
    summary="CORU-registered optometrist with {{11 years}} in independent practice, hospital clinics and locum "
            "work across Ireland and the UK. I run a myopia-control clinic for {{400+ children}} and co-manage "
            "glaucoma and diabetic patients with the local eye service.",
    skills=dict(style="semicolon", groups=[(None, [
        "Myopia management (MiSight, DIMS, low-dose atropine co-management)", "OCT interpretation (Topcon Maestro2)",
        "Visual fields (Humphrey 24-2)", "Specialist contact lens fitting (RGP, scleral, ortho-k)",
        "Glaucoma co-management", "Paediatric & binocular vision assessment", "Optix practice management",
        "Irish (conversational)"])]),
    headings={"summary": "Profile", "skills": "Clinical Skills", "experience": "Career History",
              "education": "Education & Registration"},
    jobs=[
        J("Murphy Eyecare Ltd t/a ClearView Opticians", "Senior Optometrist & Practice Director (Part-Owner)",
          "Sept 2019", "Present", "Galway", [
            "Bought into the practice as a {{25%}} shareholder and grew annual eye examinations from {{3,900}} to {{6,200}}.",
            "Set up a myopia management clinic that now follows {{412 children}}; average axial-length growth held to {{0.11 mm}} a year.",
            "Co-manage {{180+ glaucoma suspects}} and stable glaucoma patients with the community ophthalmology service, cutting hospital referrals from the practice by {{35%}}.",
            "Train and supervise {{2 pre-registration optometrists}} and {{5 dispensing staff}}.",
          ]),
        J("OptiLocum Ireland c/o independent practices", "Locum Optometrist (self-employed)", "Jan. 2018",
          "Aug 2019", "Connacht & Munster", [
            "Covered {{14 practices}} on short notice, averaging {{16 eye examinations}} a day.",
          ]),
        J("Moorfields Eye Hospital NHS Foundation Trust", "Optometrist, Band 6 – Medical Retina Clinics",
          "Oct 2015", "Dec 2017", "London, UK", [
            "Ran virtual medical-retina clinics, reviewing about {{90 OCT scans}} a session for AMD and diabetic maculopathy.",
            "Audited {{1,000}} clinic outcomes with the consultant team; results were presented at the College of Optometrists conference.",
          ]),
        J("Harlow & Byrne Opticians Ltd", "Optometrist", "Jul 2014", "Sept 2015", "Belfast", []),
        J("Harlow & Byrne Opticians Ltd", "Pre-registration Optometrist", "Jul 2013", "Jun 2014", "Belfast", [
            "Completed the Scheme for Registration in {{12 months}}, seeing {{2,000+ patients}} under supervision.",
          ]),
    ],
    education=["BSc (Hons) Optometry, Ulster University, 2013",
               "Professional Certificate in Glaucoma, College of Optometrists, 2016",
               "Registered with CORU (Optical Registration Board)"],
    order=["summary", "experience", "skills", "education"],
    notes="Name is printed in capitals (AOIFE NÍ BHRIAIN, MCOPTOM); compare the name ignoring case. "
          "Each job is one line with the dates first.",
    style=dict(job_layout="G", date_sep=" – ", a4=True, serif=True, name_caps=True, rule=False,
               pdf_bullet="–", accent="#0f4c5c", contact_order=["loc", "email", "phone"],
               contact_sep="  ·  "),
),
dict(
    id="w12_02_slt_docx_header", half="dev", profession="speech and language therapist", format="docx-header",
    name="Catriona MacLeod", location="Glasgow G12", phone="07700 900 318",
    email="catriona.macleod.slt@example.co.uk", links=["linkedin.com/in/catrionamacleodslt"],
    headline="Highly Specialist Speech & Language Therapist — Paediatric Dysphagia",
    summary="HCPC-registered speech and language therapist with {{14 years}} in NHS and independent practice, "
            "most recently leading paediatric dysphagia services across {{3 hospital sites}}. Back in full-time "
            "practice after a career break to care for family.",
    skills=dict(style="cats", groups=[
        ("Clinical", ["Paediatric dysphagia", "Videofluoroscopy (VFSS)", "FEES", "Developmental Language Disorder",
                      "AAC (Proloquo2Go, Grid 3)", "Makaton", "Talking Mats"]),
        ("Systems", ["EMIS Web", "TrakCare", "Near Me video consultations"]),
    ]),
    headings={"summary": "Personal Profile", "experience": "Employment History", "skills": "Clinical Skills",
              "certs": "Registration & Memberships", "education": "Qualifications"},
    jobs=[
        J("NHS Greater Glasgow and Clyde", "Highly Specialist SLT (Band 7) – Paediatric Dysphagia",
          "01/2021", "Present", "Glasgow", [
            "Clinical lead for paediatric dysphagia across {{3 hospital sites}}, with a caseload of about {{60 children}} on modified diets or tube feeds.",
            "Set up a joint FEES clinic with ENT that cut waiting times for instrumental assessment from {{22 weeks}} to {{6 weeks}}.",
            "Supervise {{4 therapists}} at Bands 5 and 6 and deliver dysphagia competency training to {{120+ nursing staff}} a year.",
          ]),
        J("Hays Healthcare c/o NHS Lanarkshire", "Locum Speech and Language Therapist (Band 6)",
          "06/2019", "12/2020", "Wishaw", [
            "Covered a mainstream-school caseload of {{75 children}} during a vacancy and cleared {{40 overdue reviews}}.",
          ]),
        J("Talk Time Therapy Ltd", "Independent Speech & Language Therapist (part-time)", "03/2018", "05/2019",
          "Glasgow", []),
        J("NHS Highland", "Specialist Speech and Language Therapist, Band 6", "08/2012", "07/2016", "Inverness", [
            "Sole paediatric SLT for {{14 rural primary schools}} in Skye and Lochalsh, delivering most reviews by video.",
            "Trained {{30 early years practitioners}} in language-rich nursery routines.",
          ]),
        J("NHS Highland", "Speech and Language Therapist (Newly Qualified, Band 5)", "09/2010", "07/2012",
          "Inverness", []),
    ],
    education=["BSc (Hons) Speech and Language Therapy — Queen Margaret University, Edinburgh, 2010",
               "Postgraduate Certificate in Dysphagia — Birmingham City University, 2014"],
    certs=["Health and Care Professions Council (HCPC) — registered",
           "Member, Royal College of Speech and Language Therapists (RCSLT)", "PVG Scheme member"],
    order=["summary", "experience", "skills", "certs", "education"],
    ok_numbers=["Bands 5 and 6"],
    notes="Contact details are only in the page header; the name is in the body. The gap between 2016 and "
          "2018 (career break) is not listed as a job.",
    style=dict(job_layout="C", date_sep=" to ", center=True, contact_sep=" | ", font="Arial", hlevel=1,
               caps=True),
),
dict(
    id="w12_03_geologist_pdf_twocol", half="dev", profession="exploration geologist", format="pdf-twocol",
    name="Kwame Asante-Boateng", location="Tarkwa, Western Region, Ghana", phone="+233 24 412 7789",
    email="k.asanteboateng@example.com", links=["linkedin.com/in/kasanteboateng"],
    headline="Senior Exploration Geologist",
    summary="Exploration geologist with {{10 years}} on gold projects in Ghana's Birimian belts, from greenfield "
            "soil sampling to resource drill-out. I have logged more than {{45,000 m}} of RC chips and diamond core.",
    skills=dict(style="bullets", groups=[
        ("Field", ["Core & RC chip logging", "Structural mapping", "Soil & auger geochemistry",
                   "QA/QC (CRMs, blanks, duplicates)", "Drill program supervision"]),
        ("Software", ["Leapfrog Geo", "Micromine", "QGIS", "ArcGIS Pro", "Datamine Studio RM"]),
    ]),
    headings={"skills": "Expertise", "summary": "Profile", "experience": "Work Experience", "certs": "Training"},
    jobs=[
        J("Ashanti Ridge Mining Company Ltd", "Senior Exploration Geologist – Near-Mine", "Mar 2020", "Present",
          "Tarkwa", [
            "Lead a team of {{4 geologists}} and {{22 field technicians}} on near-mine exploration around a {{250,000 oz}}-a-year open pit.",
            "Planned and supervised {{38,000 m}} of RC and diamond drilling that added {{410,000 oz}} to the Measured & Indicated resource.",
            "Cut assay turnaround from {{21 days}} to {{9 days}} by moving sample preparation to an on-site container lab.",
          ]),
        J("GeoTerra Drilling Services (Ghana) Ltd", "Project Geologist (Contract)", "Jan 2017", "Feb 2020", "Kumasi", [
            "Managed drilling contracts for {{3 junior explorers}}, supervising up to {{5 rigs}} at once.",
            "Introduced tablet-based core logging that cut data-entry errors by about {{70%}}.",
          ]),
        J("Minerals Commission, Government of Ghana", "Assistant Inspector of Mines, Grade 7", "Sep 2015",
          "Dec 2016", "Accra", [
            "Inspected {{26 small-scale mines}} for licence and environmental compliance.",
          ]),
        J("Tarkwa Senior High School", "National Service Personnel – Geography Tutor", "Sep 2014", "Aug 2015",
          "Tarkwa", []),
        J("Ghana Geological Survey Authority", "Industrial Attachment (Student)", "2013", None, "Accra", []),
    ],
    education=["BSc Geological Engineering, University of Mines and Technology (UMaT), 2014",
               "MSc Mineral Exploration, KNUST, 2019"],
    certs=["Member, Ghana Institution of Geoscientists", "First Aid & Defensive Driving",
           "Surface Mine Safety Induction"],
    order=["summary", "experience"],
    style=dict(job_layout="B", date_sep=" - ", side_left=False, name_in_sidebar=True,
               sidebar=["skills", "education", "certs"], side_w=2.2, accent="#6b3e1f", side_bg="#f5efe6",
               contact_heading="Contact"),
),
dict(
    id="w12_04_procurement_docx_table", half="dev", profession="procurement officer", format="docx-table",
    name="Grace Nakato Ssemakula", location="Kampala, Uganda", phone="+256 772 481 203",
    email="grace.nakato@example.com", links=["linkedin.com/in/gracenakato"],
    headline="Procurement & Supply Chain Officer | MCIPS",
    summary="Procurement professional with {{9 years}} in public-sector and NGO procurement in Uganda, running "
            "PPDA-compliant and donor-funded tenders. Manage annual spend of up to {{UGX 14 billion}}.",
    skills=dict(style="table", inner=", ", groups=[
        ("Procurement", ["PPDA Act & Regulations", "World Bank Procurement Framework", "Tender evaluation",
                         "Contract management", "Framework agreements"]),
        ("Systems", ["e-GP Uganda", "SAP MM", "Sun Systems", "Excel"]),
        ("Supply chain", ["Stores & inventory", "Asset disposal", "Fleet procurement"]),
    ]),
    headings={"skills": "Key Competencies", "experience": "Professional Experience", "summary": "Career Summary",
              "certs": "Professional Membership"},
    jobs=[
        J("Ministry of Water and Environment, Government of the Republic of Uganda", "Senior Procurement Officer (U3)",
          "Jul 2021", "Current", "Kampala", [
            "Run procurement for a {{UGX 14 billion}} annual budget covering water supply works, consultancy services and goods.",
            "Cut average tender lead time from {{142 days}} to {{96 days}} with a procurement-plan tracker shared with user departments.",
            "Moved the ministry's tendering onto the e-GP system; {{100%}} of open bids are now submitted electronically.",
          ]),
        J("Hope Rwenzori Foundation (NGO)", "Procurement & Logistics Officer", "Feb 2018", "Jun 2021", "Fort Portal", [
            "Bought medical supplies and vehicles worth {{US$2.1M}} under USAID and Global Fund grants, with no findings in {{3 donor audits}}.",
            "Set up framework agreements with {{12 suppliers}}, saving about {{18%}} on recurrent items.",
          ]),
        J("Hope Rwenzori Foundation (NGO)", "Assistant Procurement Officer – Stores/Logistics", "Mar 2016",
          "Jan 2018", "Fort Portal", []),
        J("Uganda Red Cross Society", "Volunteer Logistics Assistant, Emergency Response", "2015", None, "Kasese", [
            "Helped distribute relief items to {{1,400 households}} after the Kasese floods.",
          ]),
        J("Kampala Capital City Authority (KCCA)", "Procurement Intern", "Jun 2014", "Aug 2014", "Kampala", []),
    ],
    education=["MBA (Procurement & Supply Chain Management), Uganda Management Institute, 2019",
               "Bachelor of Procurement and Logistics Management, Makerere University Business School, 2014"],
    certs=["MCIPS – Chartered Institute of Procurement & Supply", "Registered Procurement Practitioner, PPDA"],
    order=["summary", "skills", "experience", "education", "certs"],
    notes="Skills are in a bordered table; experience is not in a table.",
    style=dict(job_layout="F", date_sep=" – ", exp_table=False, docx_heading_style=False, font="Cambria",
               contact_lines=True, margin=0.9),
),
dict(
    id="w12_05_merchandiser_md", half="dev", profession="apparel merchandiser", format="md",
    name="Dilini Perera", location="Colombo 05, Sri Lanka", phone="+94 77 345 6789",
    email="dilini.perera@example.com", links=["linkedin.com/in/dilini-perera-merch"],
    headline="Senior Merchandiser — Activewear & Intimates",
    summary="Apparel merchandiser with {{8 years}} at Sri Lankan export manufacturers, handling US and EU brand "
            "accounts from costing and sampling through to shipment. Currently manage orders worth {{US$18M}} a year.",
    skills=dict(style="dot", groups=[(None, [
        "Costing & margin analysis", "Critical path management", "Fabric & trim sourcing", "Sample development",
        "Production follow-up", "Lectra", "SAP AFS", "Excel (pivot tables, XLOOKUP)"])]),
    headings={"summary": "Profile", "experience": "Work Experience", "skills": "Skills & Systems"},
    jobs=[
        J("Serendib Intimates (Pvt) Ltd", "Senior Merchandiser – Activewear (US Accounts)", "2021-04", "Present",
          "Biyagama", [
            "Manage {{2 US activewear brands}} with about {{1.6 million units}} a year across {{4 factories}} in Sri Lanka and Bangladesh.",
            "Raised on-time delivery from {{81%}} to {{95%}} by rebuilding critical paths and holding weekly WIP calls with planning.",
            "Negotiated fabric prices with mills in China and Taiwan, cutting FOB cost by {{6.5%}} on core styles.",
          ]),
        J("Colombo Garments PLC", "Merchandiser", "2018-01", "2021-03", "Katunayake", [
            "Handled {{120+ styles}} a season for a UK high-street womenswear buyer.",
            "Cut sample approval rounds from {{4}} to {{2}} on average by sending lab dips and trims for approval together.",
          ]),
        J("Colombo Garments PLC", "Assistant Merchandiser", "2016-02", "2017-12", "Katunayake", []),
        J("Department of Textile Industries, Ministry of Industries, Government of Sri Lanka",
          "Trainee (Industrial Placement)", "2015-06", "2015-11", "Colombo", [
            "Compiled export data from {{140 garment factories}} for the annual sector report.",
          ]),
    ],
    education=["- BSc (Hons) Fashion Design & Product Development — University of Moratuwa, 2016"],
    extra={"Languages": ["Sinhala (native), English (fluent), Tamil (basic)"]},
    order=["summary", "experience", "skills", "education", "Languages"],
    style=dict(job_layout="E", date_sep=" → ", contact_lines=True, md_bold_headline=True, md_h3="####",
               bullet_md="*"),
),
dict(
    id="w12_06_processeng_pdf_allcaps", half="dev", profession="semiconductor process engineer",
    format="pdf-allcaps",
    name="Tan Wei Ling", location="Bayan Lepas, Penang, Malaysia", phone="+60 12-478 3390",
    email="tan.weiling@example.com", links=["linkedin.com/in/tanweiling-process"],
    headline="Senior Process Engineer | Semiconductor Back-End (Wire Bond & Mold)",
    summary="Process engineer with {{9 years}} in semiconductor assembly and test, specialising in wire bond and "
            "mold for automotive-grade packages. Six Sigma Black Belt; my projects have saved about {{US$3.4M}} to date.",
    skills=dict(style="comma", groups=[
        ("Process", ["Wire bonding (Cu, Au)", "Transfer molding", "Die attach", "SPC", "DOE", "FMEA", "8D"]),
        ("Tools", ["JMP", "Minitab", "Camstar MES", "SAP"]),
    ]),
    headings={"summary": "Professional Summary", "experience": "Employment History", "skills": "Technical Skills"},
    jobs=[
        J("Kulim Wafer Technologies Sdn. Bhd. (formerly KWT Semicon Sdn. Bhd.)", "Senior Process Engineer II, Wire Bond",
          "Jan 2021", "Present", "Bayan Lepas", [
            "Own the wire bond process for {{14 automotive QFN and SOIC packages}} running on {{160 bonders}}.",
            "Cut non-stick-on-pad defects from {{850 ppm}} to {{90 ppm}} through a DOE on bond force and ultrasonic power, saving {{US$1.2M}} a year.",
            "Qualified copper wire for {{6 packages}}, reducing gold cost by {{US$900K}} annually.",
            "Lead {{3 engineers}} and {{8 technicians}}; mentor Green Belt projects.",
          ]),
        J("Penang Precision Assembly Sdn Bhd", "Process Engineer (Mold/Encapsulation)", "Jul 2017", "Dec 2020",
          "Batu Kawan", [
            "Reduced mold void rejects by {{62%}} by optimising transfer pressure profiles.",
            "Supported {{3 customer audits}} (IATF 16949) with zero major findings.",
          ]),
        J("Penang Precision Assembly Sdn Bhd", "Associate Engineer", "Jul 2015", "Jun 2017", "Batu Kawan", []),
        J("MIMOS Berhad", "Engineering Intern, Test Engineering", "2014", None, "Kuala Lumpur", [
            "Wrote test-data scripts that cut a weekly yield report from {{6 hours}} to {{1 hour}}.",
          ]),
    ],
    education=["B.Eng. (Hons) Electrical & Electronic Engineering — Universiti Sains Malaysia, 2015"],
    certs=["Lean Six Sigma Black Belt (ASQ)", "IPC-A-610 Certified IPC Specialist"],
    order=["summary", "experience", "skills", "certs", "education"],
    ok_numbers=["IATF 16949"],
    notes="Name and headings are printed in capitals; the name reads TAN WEI LING in the file (family name first).",
    style=dict(job_layout="D", date_sep=" to ", a4=True, rule=False, contact_sep=" · ", accent="#333333",
               size=9.5),
),
dict(
    id="w12_07_javadev_txt", half="dev", profession="Java developer", format="txt",
    name="Michał Wróblewski", location="Kraków, Poland", phone="+48 512 309 774",
    email="michal.wroblewski@example.com", links=["github.com/mwroblewski-dev", "linkedin.com/in/michalwroblewski"],
    headline="Senior Java Developer (Spring, Kafka, AWS)",
    summary="Java developer with {{8 years}} building transaction and reporting systems for banks and logistics "
            "companies. Strong on Spring Boot, messaging and making legacy code testable.",
    skills=dict(style="pipe", groups=[
        ("Languages", ["Java 17", "Kotlin", "SQL", "TypeScript"]),
        ("Frameworks", ["Spring Boot", "Hibernate/JPA", "Apache Kafka", "JUnit 5", "Testcontainers"]),
        ("Cloud & tools", ["AWS (ECS, RDS, SQS)", "Docker", "Kubernetes", "Jenkins", "SonarQube"]),
    ]),
    headings={"summary": "About", "experience": "Work Experience", "skills": "Tech Stack"},
    jobs=[
        J("Nordbank Technology Center Sp. z o.o.", "Senior Software Engineer II", "3/2021", "Present", "Kraków", [
            "Lead developer on a payments-screening service that checks {{2.5M}} transactions a day, built on Spring Boot and Kafka.",
            "Cut end-of-day batch time from {{4.5 hours}} to {{50 minutes}} by replacing stored procedures with parallel Kafka consumers.",
            "Raised unit-test coverage of a legacy module from {{18%}} to {{74%}} with Testcontainers and step-by-step refactoring.",
          ]),
        J("LogiSoft S.A.", "Java Developer / Team Lead", "1/2018", "2/2021", "Wrocław", [
            "Built a route-planning API used by {{1,300 trucks}} daily.",
            "Led a team of {{4 developers}}; ran code reviews and sprint planning.",
          ]),
        J("LogiSoft S.A.", "Junior Java Developer", "7/2016", "12/2017", "Wrocław", []),
        J("Self-employed", "Web Developer (part-time, while studying)", "2014", "2016", "Wrocław", [
            "Built and maintained websites for {{9 local businesses}}.",
          ]),
    ],
    education=["MSc Computer Science — Wrocław University of Science and Technology, 2016",
               "BSc Computer Science — Wrocław University of Science and Technology, 2014"],
    extra={"Languages": ["Polish (native), English (C1), German (B1)"]},
    order=["summary", "experience", "skills", "education", "Languages"],
    style=dict(txt_heading="dash", job_layout="B", date_sep=" – ", contact_lines=True, bullet="*", width=80),
),
dict(
    id="w12_08_firefighter_pdf_onecol", half="dev", profession="firefighter / paramedic", format="pdf-onecol",
    name="DeShawn M. Carter", name_line="DeShawn M. Carter, NRP", location="Tucson, AZ", phone="520-555-0187",
    email="deshawn.carter.fd@example.com",
    headline="Firefighter / Paramedic",
    summary="Firefighter/paramedic with {{14 years}} of emergency care, including {{4 years}} as a U.S. Army combat "
            "medic with a deployment to Afghanistan. Engine company paramedic at a station running {{4,800+ calls}} a year.",
    summary_bullets=["Arizona Certified Paramedic and Nationally Registered Paramedic",
                     "Hazmat Technician and Rope Rescue Technician"],
    skills=dict(style="bullets", groups=[(None, [
        "ALS / ACLS / PALS / PHTLS", "12-lead ECG interpretation", "RSI & advanced airway", "Structure firefighting",
        "Hazmat Technician", "Rope & confined-space rescue", "ImageTrend ePCR", "Spanish (working knowledge)"])]),
    headings={"skills": "Skills & Certifications", "education": "Education & Training"},
    jobs=[
        J("Tucson Fire Department", "Firefighter/Paramedic, Engine 9 (C Shift)", "Jan 2019", "Present", "Tucson, AZ", [
            "Lead paramedic on an engine company running about {{4,800 calls}} a year, {{70%}} of them medical.",
            "Achieved a {{94%}} first-pass intubation success rate over {{60+ advanced airways}}.",
            "Peer fitness trainer and EMS preceptor for {{9 paramedic interns}}.",
          ]),
        J("Tucson Fire Department", "Firefighter/EMT (Probationary)", "Spring 2017", "Dec 2018", "Tucson, AZ", [
            "Completed a {{22-week}} recruit academy, graduating {{2nd of 31}} recruits.",
          ]),
        J("Saguaro Ambulance Inc.", "Paramedic", "Jun 2015", "Mar 2017", "Tucson, AZ", [
            "Ran ALS interfacility and 911 transports, about {{10 calls}} per shift.",
          ]),
        J("Pima Community College", "EMS Lab Assistant (part-time)", "2014", None, "Tucson, AZ", []),
        J("U.S. Army, 1st Armored Division", "Combat Medic Specialist (68W), Sergeant", "Sep 2009", "Aug 2013",
          "Fort Bliss, TX", [
            "Senior medic for a {{38-soldier}} platoon during a {{9-month}} deployment to Afghanistan.",
            "Trained {{120+ soldiers}} in Combat Lifesaver tactical casualty care.",
          ]),
    ],
    education=["Paramedic Certificate — Pima Community College, 2015",
               "A.A.S. Fire Science — Pima Community College, 2016",
               "Arizona Fire Academy, Firefighter I & II"],
    order=["summary", "experience", "skills", "education"],
    ok_numbers=["911"],
    style=dict(job_layout="E", date_sep=" - ", name_align=1, size=10.5, margin=0.75, pdf_bullet="-",
               accent="#8b1a1a", caps=True),
),
dict(
    id="w12_09_winemaker_pdf_table", half="dev", profession="winemaker", format="pdf-table",
    name="Sophie Hartnett", location="Tanunda, SA 5352", phone="0412 883 905", email="sophie.hartnett@example.com",
    links=["linkedin.com/in/sophiehartnett-wine"],
    headline="Winemaker | Barossa & Eden Valley",
    summary="Winemaker with {{14 vintages}} across the Barossa, Clare, Marlborough and Napa, including {{6 vintages}} "
            "as assistant or senior winemaker. Hands-on with red ferments, barrel programs and small-batch Riesling.",
    skills=dict(style="grid", table=False, ncol=3, groups=[(None, [
        "Red & white ferment management", "Barrel & oak program", "Blending & sensory evaluation",
        "Lab analysis (pH, TA, VA, SO2)", "Vintrace", "Forklift licence (LF)", "Cross-flow filtration",
        "WHS & HACCP", "Grower liaison"])]),
    headings={"summary": "Profile", "experience": "Vintages & Employment", "skills": "Cellar & Winery Skills"},
    jobs=[
        J("Barossa Hills Wines Pty Ltd", "Senior Winemaker", "2019", "Present", "Tanunda, SA", [
            "Make {{45,000 cases}} a year from {{220 tonnes}} of estate and grower fruit.",
            "Flagship Shiraz rated {{96 points}} and won {{2 trophies}} at the regional wine show.",
            "Cut winery water use by {{28%}} per tonne crushed with CIP water recovery and tighter scheduling.",
          ]),
        J("Self-employed", "Contract Winemaker (small labels)", "2021", "Ongoing", "Barossa Valley, SA", [
            "Make wine under contract for {{4 small labels}}, about {{3,500 cases}} a year in total.",
          ], end=None),
        J("Barossa Hills Wines Pty Ltd", "Assistant Winemaker", "2016", "2018", "Tanunda, SA", [
            "Managed {{60+ red ferment lots}} a vintage and the {{1,100-barrel}} topping and racking schedule.",
          ]),
        J("Kellerman & Sons Vineyards", "Harvest Enologist (seasonal)", "Fall 2015", None, "Napa, CA, USA", [
            "Ran the harvest lab, about {{300 juice and ferment panels}} a week.",
          ]),
        J("Tohu Ridge Estate Ltd", "Vintage Cellar Hand (contract)", "Mar 2015", "May 2015", "Blenheim, NZ", []),
        J("Clare Valley Co-operative Winery Ltd", "Cellar Hand / Cellar Supervisor", "2011", "2014", "Clare, SA", [
            "Supervised a vintage crew of {{8 casuals}} over a {{4,000-tonne}} crush.",
          ]),
        J("J.P. Grogan & Sons Pty Ltd", "Vineyard Hand (casual)", "2009", "2010", "Watervale, SA", []),
    ],
    education=["Bachelor of Viticulture and Oenology, University of Adelaide, 2012",
               "WSET Level 3 Award in Wines"],
    order=["summary", "experience", "skills", "education"],
    notes="Experience is a dates table. The contract role's end 'Ongoing' means current, so its end is null. "
          "Skills are a 3-column grid, not a bordered table.",
    style=dict(exp_table=True, job_layout="A", date_sep="–", accent="#5b1a32", size=9.5),
),
dict(
    id="w12_10_actuarial_docx_plain", half="dev", profession="actuarial analyst", format="docx-plain",
    name="Noah Gagnon-Reyes", location="Waterloo, ON", phone="(519) 555-0148", email="noah.gagnonreyes@example.ca",
    links=["linkedin.com/in/noahgagnonreyes"],
    headline="Actuarial Analyst | 4 SOA exams passed",
    summary="Math graduate from the University of Waterloo co-op program with {{4 SOA exams}} passed and "
            "{{12 months}} of co-op experience in pricing, valuation and pension consulting before joining full-time.",
    skills=dict(style="bullets", groups=[
        ("Technical", ["Excel / VBA", "R (tidyverse)", "Python (pandas)", "SQL", "AXIS", "Prophet"]),
        ("Actuarial", ["Experience studies", "Group benefits pricing", "IFRS 17 reporting", "Pension valuations"]),
    ]),
    headings={"summary": "Profile", "experience": "Work Experience", "certs": "Actuarial Exams"},
    jobs=[
        J("Maple Shield Life Assurance Company", "Actuarial Analyst I – Group Benefits Pricing", "Jul 2023", "Present",
          "Waterloo, ON", [
            "Price group life, disability and dental renewals for about {{350 employer groups}} a year.",
            "Rebuilt the dental trend model in R, cutting the quarterly refresh from {{3 days}} to {{4 hours}}.",
            "Supported IFRS 17 reporting for a {{$1.9B}} group benefits block.",
          ]),
        J("Big Brothers Big Sisters of Waterloo Region", "Volunteer Mentor", "2020", "Ongoing", "Kitchener, ON", [],
          end=None),
        J("Maple Shield Life Assurance Company", "Actuarial Co-op Student (Valuation)", "Fall 2022", None,
          "Waterloo, ON", [
            "Automated {{12 reserve reconciliation checks}} in VBA.",
          ]),
        J("Northbridge Actuarial Consulting Inc.", "Pension Analyst Co-op", "Winter 2022", None, "Toronto, ON", [
            "Prepared membership data for {{15 defined-benefit plan}} valuations.",
          ]),
        J("Financial Services Regulatory Authority of Ontario (FSRA)", "Junior Policy Analyst (Co-op)",
          "Summer 2021", None, "Toronto, ON", []),
    ],
    education=["Bachelor of Mathematics (Honours Actuarial Science), Co-operative Program — University of Waterloo, 2023"],
    certs=["SOA Exam P (2020), FM (2021), FAM (2022), SRM (2023)"],
    order=["summary", "education", "experience", "skills", "certs"],
    ok_numbers=["IFRS 17"],
    notes="The volunteer role's end 'Ongoing' means current, so its end is null. Co-op terms have one date each.",
    style=dict(job_layout="H", date_sep=" — ", name_style_title=True, hlevel=1, contact_lines=True,
               font="Georgia", size=10),
),
dict(
    id="w12_11_cra_docx_textbox", half="dev", profession="clinical research associate", format="docx-textbox",
    name="Ananya Krishnamurthy", location="Bengaluru, Karnataka", phone="+91 98860 44721",
    email="ananya.k.cra@example.com", links=["linkedin.com/in/ananyakrishnamurthy"],
    headline="Clinical Research Associate II — Oncology & Cardiology Trials",
    summary="CRA with {{7 years}} in clinical research, first as a site coordinator and then monitoring Phase II–III "
            "oncology and cardiology trials for global sponsors across {{30+ sites}} in South India.",
    skills=dict(style="bullets", groups=[(None, [
        "ICH-GCP (E6 R2)", "Risk-based monitoring", "Source data verification", "Medidata Rave",
        "Veeva Vault CTMS", "Oracle Siebel CTMS", "CDSCO / CTRI submissions", "Informed consent process"])]),
    headings={"summary": "Professional Summary", "skills": "Key Skills"},
    jobs=[
        J("Quintara Clinical Research Pvt. Ltd", "Clinical Research Associate II", "Jan. 2022", "Present",
          "Bengaluru", [
            "Monitor {{11 sites}} across Karnataka, Kerala and Tamil Nadu on {{3 Phase III oncology studies}}.",
            "Brought my sites' query backlog from {{640 open queries}} to under {{80}} before database lock.",
            "My sites enrolled {{112%}} of target, with no critical findings in {{2 sponsor audits}}.",
          ]),
        J("Quintara Clinical Research Pvt. Ltd", "Clinical Research Associate I", "Jan. 2020", "Dec. 2021",
          "Bengaluru", [
            "Performed {{90+ monitoring visits}}, including site initiation and close-out visits.",
          ]),
        J("St. Martha's Multi-Speciality Hospital", "Clinical Research Coordinator (CRC) – Oncology", "Aug. 2017",
          "Dec. 2019", "Bengaluru", [
            "Coordinated {{6 industry-sponsored trials}} and consented {{150+ patients}}.",
          ]),
        J("Department of Pharmacology, Kasturba Medical College, Manipal Academy of Higher Education",
          "Research Intern", "2016", None, "Manipal", []),
    ],
    education=["M.Pharm (Pharmacology), Manipal College of Pharmaceutical Sciences, 2017",
               "B.Pharm, Al-Ameen College of Pharmacy, 2015"],
    certs=["ICH-GCP Certificate, renewed 2024", "ACRP Certified Professional (ACRP-CP)"],
    extra={"Languages": ["English", "Kannada", "Tamil", "Hindi"]},
    order=["summary", "experience", "education", "certs", "skills", "Languages"],
    notes="Contact details, the skills list and languages are inside a floating text box (DrawingML wps:txbx). "
          "Each job is one line with the dates first.",
    style=dict(job_layout="G", date_sep=" → ", sidebar=["skills", "Languages"], contact_heading="CONTACT DETAILS"),
),
dict(
    id="w12_12_hse_txt", half="dev", profession="HSE officer", format="txt",
    name="Chukwuemeka Okafor", name_line="Chukwuemeka Okafor, CMIOSH", location="Port Harcourt, Rivers State, Nigeria",
    phone="+234 803 555 2194", email="emeka.okafor.hse@example.com",
    headline="HSE Supervisor — Oil & Gas / Construction",
    summary="HSE professional with {{12 years}} in upstream oil and gas and heavy construction in the Niger Delta. "
            "Supervised safety on projects with up to {{1,800 workers}} and {{4.2 million man-hours}} without a "
            "lost-time injury.",
    skills=dict(style="cats", inner=", ", groups=[
        ("Systems", ["ISO 45001", "ISO 14001", "Permit to Work", "JSA / JHA", "Incident investigation (TapRooT)"]),
        ("Field", ["Confined space entry", "Working at height", "H2S awareness", "Emergency response drills",
                   "Journey management"]),
        ("Software", ["Cority", "SAP EHS", "MS Excel", "Power BI"]),
    ]),
    headings={"summary": "Professional Profile", "experience": "Work Experience", "skills": "Core Competencies"},
    jobs=[
        J("Niger Delta Energy Services Ltd", "HSE Supervisor – Offshore (28/28 rotation)", "Feb 2019", "Present",
          "Bonny Island", [
            "Lead HSE for {{2 offshore platforms}} and a crew of {{240 per rotation}}; {{3 years}} without a lost-time injury.",
            "Cut recordable incidents by {{46%}} in {{18 months}} through a stop-work authority campaign and weekly leadership site walks.",
            "Run {{52 emergency drills}} a year and audit permit-to-work compliance monthly.",
          ]),
        J("Okonkwo & Sons Construction Ltd", "HSE Officer", "Aug 2014", "Jan 2019", "Port Harcourt", [
            "Safety lead on a {{34 km}} pipeline right-of-way and two river crossings with up to {{1,800 workers}}.",
            "Trained {{600+ workers}} in working-at-height and excavation safety.",
          ]),
        J("Okonkwo & Sons Construction Ltd", "Safety Assistant", "2012", "2014", "Port Harcourt", []),
        J("Rivers State Ministry of Environment (NYSC posting)", "Corps Member – Environmental Inspection Unit",
          "2011", None, "Port Harcourt", []),
    ],
    education=["B.Eng. Chemical Engineering, University of Port Harcourt, 2010"],
    certs=["NEBOSH International Diploma (IDip)", "CMIOSH – Chartered Member, IOSH", "ISO 45001 Lead Auditor",
           "OPITO BOSIET / HUET"],
    order=["summary", "experience", "skills", "certs", "education"],
    style=dict(txt_heading="underline", caps=True, job_layout="A", date_sep=" - ", bullet="-", width=84,
               contact_sep=" | "),
),
dict(
    id="w12_13_marineeng_txt", half="dev", profession="marine engineer (seafarer)", format="txt",
    name="Rodelio S. Bautista", location="Iloilo City, Philippines", phone="+63 917 845 2301",
    email="rodelio.bautista.marine@example.com",
    headline="Second Engineer (2/E), Management Level",
    summary="Marine engineer with {{13 years}} at sea on bulk carriers, product tankers and container ships, the "
            "last {{4 contracts}} as Second Engineer. Experienced with MAN B&W and Wärtsilä engines and with keeping "
            "planned maintenance on schedule.",
    skills=dict(style="bullets", groups=[
        ("Machinery", ["MAN B&W ME-C / MC-C main engines", "Wärtsilä auxiliary engines", "Purifiers (Alfa Laval)",
                       "Fresh water generators", "Oily water separators"]),
        ("Systems", ["AMOS planned maintenance", "ShipManager", "ISM / MARPOL compliance",
                     "Engine room resource management"]),
    ]),
    headings={"summary": "Profile", "experience": "Sea Service", "skills": "Technical Competencies",
              "certs": "Licenses & STCW Certificates"},
    jobs=[
        J("Manila Ocean Crewing Inc. c/o Nordheim Shipmanagement GmbH",
          "Second Engineer – MV Nordic Tern (Bulk Carrier, 82,000 DWT)", "06/2023", "02/2024", None, [
            "Ran the engine room with {{6 ratings}} and {{2 junior engineers}}; passed a Port State Control inspection in Rotterdam with zero deficiencies.",
            "Overhauled {{2 main engine units}} during a {{36-hour}} port stay.",
          ]),
        J("Manila Ocean Crewing Inc. c/o Nordheim Shipmanagement GmbH",
          "Second Engineer – MV Nordic Heron (Bulk Carrier, 82,000 DWT)", "07/2022", "03/2023", None, [
            "Cut fuel consumption by about {{4%}} by tuning the main engine and the hull-cleaning schedule with the Chief Engineer.",
          ]),
        J("Pacific Star Marine Services Inc. c/o Lion City Tankers Pte. Ltd.",
          "Second Engineer – MT Straits Pearl (Product Tanker)", "09/2020", "08/2021", None, [
            "Extended my contract to {{11 months}} during COVID-19 crew-change restrictions.",
          ]),
        J("Pacific Star Marine Services Inc. c/o Lion City Tankers Pte. Ltd.",
          "Third Engineer – MT Straits Pearl (Product Tanker)", "11/2019", "04/2020", None, []),
        J("Pacific Star Marine Services Inc. c/o Lion City Tankers Pte. Ltd.", "Third Engineer – MT Straits Jade",
          "01/2018", "09/2018", None, []),
        J("Iloilo Shipyard & Drydock Corp.", "Marine Engine Fitter (shore-based)", "04/2016", "10/2017", "Iloilo City", []),
        J("Visayan Maritime Agency Corp.", "Fourth Engineer – MV Cebu Navigator (Container, 2,500 TEU)", "03/2015",
          "12/2015", None, [
            "Responsible for purifiers, boilers and {{3 auxiliary engines}}.",
          ]),
        J("Visayan Maritime Agency Corp.", "Engine Cadet", "04/2011", "04/2012", None, []),
    ],
    education=["BS Marine Engineering — John B. Lacson Foundation Maritime University, Iloilo, 2012"],
    certs=["Certificate of Competency: Second Engineer Officer (STCW III/2), MARINA",
           "Basic Safety Training, Advanced Fire Fighting, Medical First Aid",
           "Engine Room Resource Management (ERRM)", "US C1/D visa; Seaman's Book valid to 2028"],
    order=["summary", "certs", "experience", "skills", "education"],
    ok_numbers=["COVID-19"],
    notes="Each contract on a vessel is listed as its own job.",
    style=dict(txt_heading="rule", contact_first=True, contact_sep=" | ", job_layout="C", date_sep=" to ",
               width=72, bullet="o"),
),
dict(
    id="w12_14_photographer_md", half="dev", profession="photographer / videographer", format="md",
    name="Thandiwe Nkosi", location="Cape Town, South Africa", phone="+27 82 555 7312",
    email="thandiwe.nkosi@example.co.za", links=["thandiwenkosi.photo", "instagram.com/thandi.shoots"],
    headline="Photographer & Videographer — Editorial, NGO & Brand",
    summary="Freelance photographer and video producer with {{10 years}} behind the camera, after starting my "
            "career in retail banking. I shoot documentary-style stories for NGOs, brands and magazines, and run "
            "small crews from brief to final edit.",
    skills=dict(style="comma", groups=[
        ("Camera", ["Canon R5", "Sony FX3", "DJI Ronin", "Profoto lighting", "Drone (RPL holder)"]),
        ("Post", ["Lightroom Classic", "Capture One", "Premiere Pro", "DaVinci Resolve (colour)"]),
        ("Business", ["Client briefs & quoting", "Usage licensing", "Model releases & POPIA"]),
    ]),
    headings={"summary": "About", "skills": "Kit & Software"},
    jobs=[
        J("Self-employed (Thandiwe Nkosi Photography)", "Freelance Photographer & Videographer", "2017", "Now",
          "Cape Town", [
            "Deliver about {{35 commissions}} a year for NGOs, magazines and consumer brands; {{60%}} are repeat clients.",
            "Produced a {{12-part}} documentary photo series for a water NGO that helped raise {{R4.6 million}} in its year-end campaign.",
            "Grew annual turnover from {{R280,000}} to {{R1.1 million}} over five years.",
          ]),
        J("Cape Town Youth Arts Trust (NPO)", "Volunteer Photography Facilitator", "2018", "2022", "Cape Town", [
            "Taught weekend photography classes to {{25 teenagers}} from Khayelitsha and Gugulethu.",
          ]),
        J("Unit 42 Studios (Pty) Ltd", "Studio Manager / Second Shooter (part-time)", "2015", "2019", "Woodstock", [
            "Ran bookings and kit for a {{3-studio}} rental space used by {{40+ photographers}} a month.",
          ]),
        J("First Cape Bank Ltd", "Customer Service Consultant (Teller)", "2011", "2015", "Bellville", []),
    ],
    education=["- National Diploma: Photography, Cape Peninsula University of Technology (part-time), 2016"],
    extra={"Selected Clients": ["- Ubuntu Water Trust", "- Karoo Outdoor Co.", "- Cape Town Jazz Collective"]},
    order=["summary", "experience", "skills", "Selected Clients", "education"],
    style=dict(job_layout="F", date_sep=" — ", md_job_h3=False, md_rule=True, contact_first=True,
               contact_sep=" · ", md_h2="###"),
),
dict(
    id="w12_15_cnc_pdf_smallcaps", half="dev", profession="CNC programmer / industrial mechanic",
    format="pdf-smallcaps",
    name="Jörg Baumgärtner", location="Ulm, Germany", phone="+49 151 2345 6789",
    email="joerg.baumgaertner@example.de",
    headline="CNC Programmer & Industrial Mechanic (Industriemeister Metall)",
    summary="CNC programmer and industrial mechanic with {{15 years}} in precision machining for automotive and "
            "medical-device customers. I program 5-axis milling in hyperMILL and Siemens NX CAM and train apprentices.",
    skills=dict(style="cats", groups=[
        ("CAM/CAD", ["hyperMILL", "Siemens NX CAM", "SolidWorks"]),
        ("Machines", ["DMG MORI DMU 65 monoBLOCK", "Hermle C 42 U", "Heidenhain TNC 640", "Siemens SINUMERIK 840D"]),
        ("Quality", ["Zeiss CMM (Calypso)", "GD&T (ISO 1101)", "First article inspection"]),
    ]),
    headings={"summary": "Profile", "experience": "Professional Experience", "education": "Education & Training"},
    jobs=[
        J("Schäfer Präzisionsteile GmbH", "CNC Programmer / Shift Lead – 5-Axis Milling", "01/2018", "Present", "Ulm", [
            "Program and prove out about {{120 new parts}} a year in titanium and stainless steel for medical-device customers.",
            "Cut average cycle time on a knee-implant part family by {{23%}} with trochoidal toolpaths and shrink-fit holders.",
            "Lead a shift of {{7 machinists}} on {{9 machining centres}}; scrap rate down from {{2.8%}} to {{1.1%}}.",
          ]),
        J("Schäfer Präzisionsteile GmbH", "CNC Machinist (Fräser)", "09/2014", "12/2017", "Ulm", []),
        J("Autozulieferer Krämer GmbH & Co. KG", "Industrial Mechanic – Maintenance", "03/2011", "08/2014", "Neu-Ulm", [
            "Maintained {{40 press and welding lines}}; cut unplanned downtime by {{31%}} with a TPM checklist.",
          ]),
        J("Bundeswehr (German Armed Forces)", "Basic Military Service – Vehicle Mechanic", "07/2010", "02/2011",
          "Dillingen", []),
        J("Autozulieferer Krämer GmbH & Co. KG", "Apprentice Industrial Mechanic (Ausbildung)", "09/2007", "06/2010",
          "Neu-Ulm", [
            "Finished the apprenticeship with the top grade in a year group of {{24 apprentices}}.",
          ]),
    ],
    education=["Industriemeister Metall (IHK), 2019", "Industriemechaniker apprenticeship (IHK), 2010"],
    extra={"Languages": ["German (native), English (B2)"]},
    order=["summary", "experience", "skills", "education", "Languages"],
    ok_numbers=["5-axis"],
    notes="Name and headings are set in small capitals (upper-case glyphs at two sizes), so the file shows the "
          "name as JÖRG BAUMGÄRTNER; compare the name ignoring case.",
    style=dict(job_layout="H", date_sep=" - ", a4=True, accent="#2f3b45"),
),
dict(
    id="w12_16_safariops_pdf_twocol", half="dev", profession="safari operations manager", format="pdf-twocol",
    name="Wanjiru Kamau", location="Nairobi, Kenya", phone="+254 722 555 018", email="wanjiru.kamau@example.co.ke",
    links=["linkedin.com/in/wanjirukamau"],
    headline="Safari Operations Manager",
    summary="Tourism operations manager with {{15 years}} in the Kenyan safari industry, from ranger and guide to "
            "running camp and ground operations for {{4 camps}} in the Maasai Mara and Laikipia.",
    skills=dict(style="pipe", groups=[(None, [
        "Lodge & camp operations", "Itinerary planning", "Fleet & driver-guide rostering",
        "Park fees & KWS permits", "Budgeting (KES & USD)", "Tourplan", "Rezdy", "Wildlife interpretation",
        "Wilderness first aid"])]),
    headings={"summary": "Profile", "experience": "Career", "skills": "Strengths", "certs": "Qualifications"},
    jobs=[
        J("Savannah Trails Safaris Ltd t/a Mara Nyota Camps", "Head of Operations, Camps & Ground Handling",
          "Sept 2019", "Current", "Nairobi", [
            "Run operations for {{4 tented camps}} ({{96 beds}}) and a fleet of {{22 safari vehicles}}.",
            "Raised average occupancy from {{54%}} to {{71%}} after COVID-19 by opening to East African residents with shoulder-season rates.",
            "Cut vehicle breakdowns on safari by {{40%}} with a preventive maintenance plan and a spares depot in Narok.",
          ]),
        J("Savannah Trails Safaris Ltd", "Operations Coordinator", "Jan. 2016", "Aug 2019", "Nairobi", [
            "Planned ground arrangements for {{2,500+ guests}} a year booked through UK and US agents.",
          ]),
        J("Naibor Hills Lodge", "Senior Safari Guide & Assistant Lodge Manager", "2013", "2015", "Laikipia", [
            "Led game drives and walking safaris for about {{1,200 guests}} a year with no safety incidents.",
          ]),
        J("Kenya Wildlife Service", "Ranger (Corporal), Tsavo East", "2009", "2012", "Voi", []),
    ],
    education=["Diploma in Tour Guiding & Administration, Kenya Utalii College, 2013",
               "KCSE, Alliance Girls High School, 2007"],
    certs=["KPSGA Silver Guide (Kenya Professional Safari Guides Association)", "Wilderness First Responder",
           "PSV Driving Licence"],
    extra={"Languages": ["English, Kiswahili, Kikuyu, basic Maa"]},
    order=["summary", "experience", "education"],
    ok_numbers=["COVID-19"],
    style=dict(job_layout="D", date_sep=" – ", side_left=True, name_in_sidebar=False,
               sidebar=["skills", "Languages", "certs"], side_w=2.1, side_bg="#f3efe4", accent="#7a4b12",
               contact_heading="Reach me"),
),
dict(
    id="w12_17_androiddev_txt", half="dev", profession="Android developer", format="txt",
    name="José Luis Hernández Ortega", location="Guadalajara, Jalisco, México", phone="+52 33 1234 5678",
    email="joseluis.hernandez@example.com", links=["github.com/jlhernandez-android"],
    headline="Android Developer (Kotlin, Jetpack Compose)",
    summary="Android developer with {{3 years}} of experience, most of it on a fintech app with {{1.2M}} monthly "
            "users. Comfortable with Jetpack Compose, offline-first architecture, and working in Spanish or English "
            "with US teams.",
    skills=dict(style="comma", groups=[(None, [
        "Kotlin", "Java", "Jetpack Compose", "Coroutines & Flow", "Room", "Retrofit", "Hilt",
        "Firebase (Crashlytics, Remote Config)", "GitHub Actions", "Espresso", "Figma handoff"])]),
    headings={"summary": "Summary", "experience": "Experience", "skills": "Skills"},
    jobs=[
        J("Pagosur Fintech, S.A.P.I. de C.V.", "Android Developer II", "2022-01", "Present", "Guadalajara", [
            "Rebuilt the account dashboard in Jetpack Compose, cutting screen load time from {{1.8 s}} to {{0.6 s}}.",
            "Raised crash-free sessions from {{98.1%}} to {{99.7%}} by fixing the top {{15 Crashlytics issues}} and adding offline caching.",
            "Shipped card freeze and spending alerts, used by {{400K}} customers in their first month.",
          ]),
        J("Pagosur Fintech, S.A.P.I. de C.V.", "Junior Android Developer", "Q3 2021", "Q4 2021", "Guadalajara", []),
        J("Freelance", "Mobile Developer (contract)", "Spring 2020", "Summer 2021", "Guadalajara", [
            "Built {{3 Android apps}} for local restaurants and a dental clinic during the pandemic.",
          ]),
        J("Tecnologías Jalisco Labs", "Software Engineering Intern", "Summer 2019", None, "Zapopan", [
            "Wrote Espresso UI tests that brought coverage of the login module to {{80%}}.",
          ]),
    ],
    education=["Ingeniería en Sistemas Computacionales (B.Eng. Computer Systems), ITESO, 2021"],
    extra={"Languages": ["Spanish (native), English (C1 – TOEFL iBT 104)"]},
    order=["summary", "skills", "experience", "education", "Languages"],
    style=dict(txt_heading="colon", job_layout="H", date_sep=" → ", wrap_skills=True, width=72,
               contact_sep=" · "),
),
dict(
    id="w12_18_lawyer_txt", half="dev", profession="corporate lawyer", format="txt",
    name="Mariana Albuquerque Lima", name_line="Mariana Albuquerque Lima, OAB/SP 312.457",
    location="São Paulo, SP, Brazil", phone="+55 11 98765-4321", email="mariana.lima.adv@example.com.br",
    links=["linkedin.com/in/marianaalbuquerquelima"],
    headline="Senior Corporate & M&A Lawyer (Brazil / cross-border)",
    summary="Brazilian corporate lawyer with {{12 years}} in M&A, venture capital and corporate governance, at a "
            "full-service firm and in-house at a listed company. Advised on {{40+ transactions}} worth a combined "
            "{{R$9 billion}}. Fluent English and Spanish; LL.M. from Columbia.",
    skills=dict(style="semicolon", groups=[
        ("Practice", ["M&A (buy-side and sell-side)", "Shareholders' agreements",
                      "Venture capital & convertible notes", "Corporate governance (Novo Mercado)",
                      "CADE merger filings", "LGPD compliance"]),
        ("Languages", ["Portuguese (native)", "English (fluent)", "Spanish (advanced)"]),
    ]),
    headings={"summary": "Profile", "experience": "Professional Experience",
              "skills": "Practice Areas & Languages"},
    jobs=[
        J("Vértice Participações S.A.", "Legal Director, Corporate & M&A (in-house)", "January 2021", "to date",
          "São Paulo", [
            "Lead a legal team of {{6 lawyers}} and {{2 paralegals}} at a B3-listed holding company with {{R$14 billion}} in assets.",
            "Closed {{9 acquisitions}} and {{2 divestments}} in logistics and healthcare, and cut outside counsel spend by {{35%}} by bringing diligence in-house.",
            "Rolled out an LGPD data-protection program across {{17 subsidiaries}}.",
          ], dates_text="January 2021 to date", end=None),
        J("Pinheiro Guedes, Araújo & Castro Advogados", "Senior Associate II – Corporate/M&A", "March 2016",
          "December 2020", "São Paulo", [
            "Ran due diligence and drafted SPAs for {{25+ deals}} from {{R$50 million}} to {{R$2.3 billion}}.",
            "Advised {{30+ startups}} and funds on seed to Series C rounds.",
          ]),
        J("Hargreave Whitlock & Stone LLP", "International Associate (Visiting Foreign Lawyer)", "September 2015",
          "February 2016", "New York, NY", [
            "Worked on {{4 cross-border acquisitions}} in Latin America for US private equity clients.",
          ]),
        J("Pinheiro Guedes, Araújo & Castro Advogados", "Associate", "February 2011", "July 2014", "São Paulo", []),
        J("Pinheiro Guedes, Araújo & Castro Advogados", "Legal Intern (Estagiária)", "2009", "2010", "São Paulo", []),
    ],
    education=["LL.M., Columbia Law School, 2015", "Bachelor of Laws (LL.B.), Universidade de São Paulo (USP), 2010"],
    extra={"Bar Admissions": ["Ordem dos Advogados do Brasil, São Paulo Section (OAB/SP)",
                              "New York State Bar (2016)"]},
    order=["summary", "experience", "education", "Bar Admissions", "skills"],
    ok_numbers=["B3-listed"],
    notes="The current job is written 'January 2021 to date'; 'to date' means current, so its end is null.",
    style=dict(txt_heading="caps", job_layout="A", date_sep=" — ", contact_order=["email", "phone", "loc"],
               contact_sep=" • ", bullet="•", width=86),
),
]

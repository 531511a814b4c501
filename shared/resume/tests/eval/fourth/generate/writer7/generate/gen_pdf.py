# Generates the 7 PDF resumes (24-30) and their truth files; drawn strings go to ../work/NAME.strings.txt
from reportlab.lib.units import cm
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.colors import HexColor, black, white
from pdfkit import Doc
from common import job, write_truth

GREY = HexColor("#555555")
REPORT = []

# ======================================================================= 24 Egypt drilling supervisor, 2 pages, right-aligned dates
def r24():
    base = "w7_24_drilling_supervisor_pdf"
    def footer(d):
        d.draw(d.W / 2, 1.0 * cm, f"Mohamed Abdelrahman El-Sayed – Curriculum Vitae – Page {d.page} of 2", "Helvetica-Oblique", 7.5, GREY, "center")
    d = Doc(base, A4, footer=footer)
    d.line("MOHAMED ABDELRAHMAN EL-SAYED", "Helvetica-Bold", 18, lead=20)
    d.line("Drilling Supervisor (Company Man)  |  Onshore & Offshore  |  IWCF Level 4", "Helvetica", 10.5, GREY, lead=15)
    d.line("Nasr City, Cairo, Egypt   •   +20 100 555 2718   •   m.elsayed.drilling@example.com", "Helvetica", 9.5, lead=14)
    d.line("Date of birth: 02/05/1984   •   Nationality: Egyptian   •   Military status: Completed   •   Rotation: 28/28", "Helvetica", 9.5, lead=13)
    def sec(t):
        d.need(45); d.gap(10); d.line(t.upper(), "Helvetica-Bold", 11.5, HexColor("#7A3E00"), lead=16); d.rule(HexColor("#7A3E00"), 0.8)
    def role(title, dates, company, bullets):
        d.need(45); d.gap(3)
        d.left_right(title, dates, size=11, lead=17)
        d.line(company, "Helvetica-Oblique", 10.5, GREY, lead=14)
        for b in bullets:
            d.para(b, size=10.3, indent=14, bullet="•", lead=14)
    sec("Professional Summary")
    d.para("Drilling supervisor with 16 years' experience in vertical, directional and HPHT wells across the Western Desert, "
           "Gulf of Suez and Saudi Arabia. Responsible for rig-site supervision, well control, cost and HSE performance on "
           "land rigs up to 2,000 HP and jack-ups. Delivered 42 wells as day/night company man with zero LTIs.", size=10, lead=13)
    sec("Certifications")
    for b in ["IWCF Well Control – Level 4 Supervisor (Surface & Subsea), valid to 09/2026",
              "IADC WellSharp Driller & Supervisor", "H2S Awareness, BOSIET / HUET with CA-EBS, NEBOSH IGC (2015)",
              "Stuck Pipe Prevention (Drilling Systems, 2018); Rig Inspection & Acceptance course (2016)"]:
        d.para(b, size=10.3, indent=14, bullet="•", lead=14)
    sec("Key Achievements")
    for b in ["42 wells delivered as company man with zero lost-time incidents and zero well-control events",
              "Saved USD 3.1m in 2022 by introducing offline cementing and a casing-while-drilling trial",
              "Field lead for the first 2,000 HP walking rig in the Western Desert (2021)",
              "Reduced non-productive time from 14% to 6% across NDPC's two-rig program (2019–2023)"]:
        d.para(b, size=10.3, indent=14, bullet="•", lead=14)
    sec("Professional Experience")
    d.mark("exp-start")
    role("Drilling Supervisor (Day / Night Company Man)", "Jan 2019 – Present", "Nile Delta Petroleum Co. (NDPC) – Western Desert, Egypt",
         ["Supervise drilling and completion operations on 2 land rigs (1,500 / 2,000 HP) for development wells to 4,800 m MD",
          "Deliver AFE-driven programs; cut average days-per-well from 31 to 24 through offline cementing and bit optimisation",
          "Lead pre-spud, pre-job and JSA meetings; enforce permit-to-work and SIMOPS procedures",
          "Handle well-control incidents, stuck pipe and losses; daily reporting in WellView and OpenWells",
          "Coach 4 junior drilling engineers; interface with service companies (cementing, DD, mud logging)",
          "Monthly HSE performance review with the asset team; chairs the rig's stop-work authority audits"])
    role("Senior Drilling Engineer", "Mar 2014 – Dec 2018", "Suez Gulf Drilling Services – Ras Gharib, Egypt",
         ["Prepared drilling programs, casing and cementing designs (WellPlan, StressCheck) for 30+ offshore wells",
          "Hydraulics and torque & drag modelling; BHA design with directional contractors",
          "Led the rig acceptance audit for a newly contracted jack-up (2016) and the 2017 rig move to the Gulf of Suez",
          "Tracked well costs against AFE and prepared end-of-well reports and lessons-learned database",
          "Supported HPHT exploration well (bottom-hole temperature 165 °C) as rig-site engineer",
          "Organised well-control drills and BOP tests; 100% compliance in 2017 and 2018 client audits"])
    role("Drilling Engineer", "Sep 2010 – Feb 2014", "Arabian Peninsula Drilling Co. – Dhahran, Saudi Arabia",
         ["Rig-based engineer on onshore gas wells; casing running, cementing jobs and mud program follow-up",
          "Daily drilling reports, inventory and logistics coordination with the base",
          "Wrote casing-running and cementing procedures adopted as the area standard",
          "Monitored mud properties and solids-control performance with the mud engineer",
          "Participated in 3 sidetrack operations and 1 fishing job (recovered 1,200 m of drill pipe)",
          "Prepared daily cost reports and material requisitions; SAP PM for rig equipment work orders"])
    role("Field Engineer Trainee", "Aug 2008 – Aug 2010", "Petroserv International – Alexandria, Egypt",
         ["Two-year graduate program in cementing and drilling fluids; rotation on 5 rigs"])
    role("Reserve Officer (Military Service)", "2006 – 2008", "Egyptian Armed Forces – Corps of Engineers", [])
    d.mark("exp-end")
    sec("Education")
    d.left_right("B.Sc. Petroleum Engineering (Very Good with Honours)", "2001 – 2006", size=10)
    d.line("Suez University, Faculty of Petroleum and Mining Engineering", "Helvetica-Oblique", 9.5, GREY, lead=13)
    sec("Technical Skills")
    sk = ["Well control (surface & subsea BOP)", "Casing & cementing design", "Directional & horizontal drilling",
          "HPHT operations", "Stuck pipe & lost circulation management", "Landmark WellPlan / Compass / StressCheck",
          "WellView / OpenWells reporting", "AFE & cost control"]
    for i in range(0, len(sk), 2):
        d.need(13); d.y -= 13
        d.draw(d.x0 + 14, d.y, "•  " + sk[i], "Helvetica", 9.5)
        if i + 1 < len(sk): d.draw(d.x0 + 260, d.y, "•  " + sk[i + 1], "Helvetica", 9.5)
    sec("Languages")
    d.para("Arabic (native), English (fluent)", size=10)
    sec("References")
    d.para("Eng. Hossam Farouk – Drilling Superintendent, NDPC – +20 122 555 0903", size=9.5)
    d.para("Eng. Tarek Mansour – Drilling Manager, Suez Gulf Drilling Services – t.mansour@example.com", size=9.5)
    REPORT.append((base, d.page_log, d.layout_problems()))
    pages = d.save()
    write_truth(base, "Mohamed Abdelrahman El-Sayed", "m.elsayed.drilling@example.com", "+20 100 555 2718", [
        job("Nile Delta Petroleum Co. (NDPC)", "Drilling Supervisor (Day / Night Company Man)", "Jan 2019", None),
        job("Suez Gulf Drilling Services", "Senior Drilling Engineer", "Mar 2014", "Dec 2018"),
        job("Arabian Peninsula Drilling Co.", "Drilling Engineer", "Sep 2010", "Feb 2014"),
        job("Petroserv International", "Field Engineer Trainee", "Aug 2008", "Aug 2010"),
        job("Egyptian Armed Forces", "Reserve Officer (Military Service)", "2006", "2008"),
    ], sk)
    return base, pages

# ======================================================================= 25 US phlebotomist, 1 page, simple
def r25():
    base = "w7_25_phlebotomist_pdf"
    d = Doc(base, letter, margins=(0.9 * 72, 0.9 * 72, 0.8 * 72, 0.8 * 72))
    d.line("Tanisha M. Brooks, CPT", "Times-Bold", 20, lead=22, align="center")
    d.line("Decatur, GA 30030  |  (404) 555-0187  |  tanisha.brooks@example.com", "Times-Roman", 10.5, lead=15, align="center")
    def sec(t):
        d.gap(7); d.line(t, "Times-Bold", 12, lead=15); d.rule(black, 0.5, 2)
    sec("Summary")
    d.para("Nationally certified phlebotomist with 8+ years in hospital and outpatient lab settings. Over 25,000 successful "
           "draws including pediatric, geriatric and difficult-access patients. Known for calm bedside manner and "
           "zero-recollect accuracy on labeling.", "Times-Roman", 10.5, lead=13.5)
    sec("Experience")
    def role(head, dates, bullets):
        d.need(30)
        d.line(head, "Times-Bold", 10.5, lead=15)
        d.line(dates, "Times-Italic", 10, lead=12.5)
        for b in bullets: d.para(b, "Times-Roman", 10.5, indent=14, bullet="•", lead=13)
    role("Phlebotomist II — Peachtree Regional Medical Center, Atlanta, GA", "03/2019 – Present",
         ["Perform 60–80 venipunctures and capillary sticks per shift across ED, ICU and med-surg floors",
          "Preceptor for new hires and MA students; lead tech on night shift (3x12s)",
          "Specimen processing, centrifuging and aliquoting; order reconciliation in Epic Beaker",
          "Maintained <0.5% hemolysis rate in ED draws (department average 2.1%)"])
    role("Phlebotomist — Southern Lab Partners (Patient Service Center), Decatur, GA", "08/2016 – 02/2019",
         ["Walk-in and scheduled draws for 45+ patients/day; urine drug screen collections (DOT chain of custody)",
          "Insurance verification and patient registration"])
    role("Phlebotomy Extern — Fulton County Community Health Clinic, Atlanta, GA", "01/2016 – 04/2016",
         ["120-hour externship; 100+ supervised venipunctures"])
    sec("Certifications")
    d.para("Certified Phlebotomy Technician (CPT), National Healthcareer Association – #55510291, exp. 2026", "Times-Roman", 10.5, indent=14, bullet="•", lead=13)
    d.para("Basic Life Support (BLS), American Heart Association – exp. 08/2025", "Times-Roman", 10.5, indent=14, bullet="•", lead=13)
    sec("Education")
    d.para("Phlebotomy Technician Certificate — Atlanta Technical College, 2016", "Times-Roman", 10.5, lead=13)
    d.para("High School Diploma — Southwest DeKalb High School, 2012", "Times-Roman", 10.5, lead=13)
    sec("Skills")
    sk = ["Venipuncture & capillary puncture", "Pediatric & geriatric draws", "Butterfly & syringe techniques",
          "Blood cultures & timed draws", "Specimen processing", "Epic Beaker & Cerner", "HIPAA & OSHA compliance",
          "Bilingual English/Spanish (conversational)"]
    col = (d.x1 - d.x0) / 2
    for i in range(0, len(sk), 2):
        d.y -= 13.5
        d.draw(d.x0 + 6, d.y, "• " + sk[i], "Times-Roman", 10.5)
        d.draw(d.x0 + col, d.y, "• " + sk[i + 1], "Times-Roman", 10.5)
    REPORT.append((base, d.page_log, d.layout_problems()))
    pages = d.save()
    write_truth(base, "Tanisha M. Brooks", "tanisha.brooks@example.com", "(404) 555-0187", [
        job("Peachtree Regional Medical Center", "Phlebotomist II", "03/2019", None),
        job("Southern Lab Partners (Patient Service Center)", "Phlebotomist", "08/2016", "02/2019"),
        job("Fulton County Community Health Clinic", "Phlebotomy Extern", "01/2016", "04/2016"),
    ], sk)
    return base, pages

# ======================================================================= 26 Philippines IT support, left sidebar
def r26():
    base = "w7_26_it_support_pdf"
    d = Doc(base, A4, margins=(0, 1.6 * cm, 1.6 * cm, 1.6 * cm))
    SB = 6.6 * cm
    NAVY = HexColor("#16324F")
    d.c.setFillColor(NAVY); d.c.rect(0, 0, SB, d.H, stroke=0, fill=1)
    # sidebar column
    d.x0, d.x1 = 0.8 * cm, SB - 0.6 * cm
    d.y = d.H - 2.2 * cm
    d.line("MARK ANTHONY", "Helvetica-Bold", 16, white, lead=18)
    d.line("R. DIZON", "Helvetica-Bold", 16, white, lead=18)
    d.line("IT Support Specialist", "Helvetica", 10, HexColor("#A9C6E8"), lead=16)
    def sh(t):
        d.gap(10); d.line(t, "Helvetica-Bold", 10, HexColor("#A9C6E8"), lead=13)
        d.c.setStrokeColor(HexColor("#A9C6E8")); d.c.line(d.x0, d.y - 3, d.x1, d.y - 3); d.y -= 5
    sh("CONTACT")
    for s in ["0918 555 2046", "markanthony.dizon@example.ph", "Brgy. Dulong Bayan, San Mateo,", "Rizal 1850, Philippines",
              "linkedin.com/in/madizon"]:
        d.line(s, "Helvetica", 8.5, white, lead=11.5)
    sh("TECHNICAL SKILLS")
    sk = ["Windows 10/11 & macOS support", "Active Directory & Group Policy", "Microsoft 365 / Exchange Online",
          "Intune & Autopilot", "ServiceNow & Jira Service Management", "LAN/Wi-Fi troubleshooting",
          "Printer & VoIP (Cisco, Avaya) support", "Imaging & hardware repair"]
    for s in sk: d.para(s, "Helvetica", 8.5, white, lead=11.5, indent=8, bullet="•")
    sh("CERTIFICATIONS")
    for s in ["CompTIA A+ (2019)", "Microsoft 365 Certified:", "Endpoint Administrator Associate (2023)", "ITIL 4 Foundation (2022)"]:
        d.line(s, "Helvetica", 8.5, white, lead=11.5)
    sh("LANGUAGES")
    d.line("English, Filipino", "Helvetica", 8.5, white, lead=11.5)
    sh("PERSONAL")
    for s in ["Born: 30 Sept 1996", "Civil status: Single", "Willing to work night shift"]:
        d.line(s, "Helvetica", 8.5, white, lead=11.5)
    # main column
    d.x0, d.x1 = SB + 0.9 * cm, d.W - 1.6 * cm
    d.y = d.H - 2.0 * cm
    def sec(t):
        d.gap(10); d.line(t, "Helvetica-Bold", 12, NAVY, lead=15); d.rule(NAVY, 1, 3)
    sec("PROFILE")
    d.para("IT support specialist with 6 years in BPO and shared-services environments supporting US and Australian clients. "
           "Handles escalated desktop, identity and M365 issues for 2,500+ users; calm on the phone and careful with "
           "documentation.", size=9.5, lead=12.5)
    sec("WORK EXPERIENCE")
    def role(title, company, dates, bullets):
        d.need(36); d.gap(3)
        d.line(title, "Helvetica-Bold", 10.5, lead=14)
        d.y -= 12.5
        d.draw(d.x0, d.y, company, "Helvetica-Oblique", 9.5, GREY)
        d.draw(d.x1, d.y, dates, "Helvetica", 9, GREY, "right")
        for b in bullets: d.para(b, size=9.3, indent=11, bullet="•", lead=12)
    role("IT Support Specialist (Level 2)", "Acuity Global Services Philippines Inc. – Taguig", "Feb 2021 – Present",
         ["L2 desktop and identity support for a US healthcare client (2,500 users); 35–40 tickets/day, 96% SLA",
          "Rolled out Intune/Autopilot to 600 laptops; wrote 45 knowledge-base articles",
          "Onboarding/offboarding in AD and Entra ID; MFA and conditional-access troubleshooting",
          "Acting team lead on night shift for 8 agents (2023)"])
    role("Technical Support Representative (Tier 1)", "Bluewave Contact Center Inc. – Pasig", "Jun 2018 – Jan 2021",
         ["Inbound phone/chat support for an Australian ISP: modem, Wi-Fi and email issues",
          "Consistent top-10 CSAT agent; promoted to SME/floor support in 2019"])
    role("IT Intern (OJT)", "Municipal Government of San Mateo – MIS Office", "Jan 2018 – Apr 2018",
         ["Hardware repair, OS re-imaging and network cabling for 120 municipal PCs (486 OJT hours)"])
    sec("EDUCATION")
    d.line("Bachelor of Science in Information Technology", "Helvetica-Bold", 10, lead=14)
    d.line("Rizal Technological University, Mandaluyong  •  2014 – 2018  •  Cum Laude", "Helvetica", 9.5, GREY, lead=12.5)
    sec("CHARACTER REFERENCES")
    d.para("Ms. Liza P. Gonzales – IT Service Delivery Manager, Acuity Global Services – 0917 555 0321", size=9.3, lead=12)
    d.para("Engr. Ramon C. Cruz – MIS Head, Municipality of San Mateo – ramon.cruz@example.ph", size=9.3, lead=12)
    REPORT.append((base, d.page_log, d.layout_problems()))
    pages = d.save()
    write_truth(base, "Mark Anthony R. Dizon", "markanthony.dizon@example.ph", "0918 555 2046", [
        job("Acuity Global Services Philippines Inc.", "IT Support Specialist (Level 2)", "Feb 2021", None),
        job("Bluewave Contact Center Inc.", "Technical Support Representative (Tier 1)", "Jun 2018", "Jan 2021"),
        job("Municipal Government of San Mateo", "IT Intern (OJT)", "Jan 2018", "Apr 2018"),
    ], sk)
    return base, pages

# ======================================================================= 27 Uganda forestry officer, dates in left column
def r27():
    base = "w7_27_forestry_officer_pdf"
    d = Doc(base, A4)
    GREEN = HexColor("#2F5D3A")
    d.line("RUTH NAMUBIRU KASOZI", "Helvetica-Bold", 19, GREEN, lead=21)
    d.line("Forest Officer  •  BSc Forestry (Makerere)", "Helvetica", 11, lead=15)
    d.line("P.O. Box 5570, Kampala, Uganda  |  Tel: +256 772 555 164  |  Email: ruth.kasozi@example.ug", "Helvetica", 9.5, GREY, lead=14)
    LC = 3.4 * cm
    def sec(t):
        d.gap(10); d.line(t, "Helvetica-Bold", 11, GREEN, lead=14); d.rule(GREEN, 0.7, 3)
    def entry(dates, lines, bullets=()):
        d.need(30)
        d.y -= 14
        d.draw(d.x0, d.y, dates, "Helvetica", 9, GREY)
        first = True
        for txt, font in lines:
            if not first: d.y -= 12.5
            d.draw(d.x0 + LC, d.y, txt, font, 10)
            first = False
        x0 = d.x0; d.x0 = x0 + LC
        for b in bullets: d.para(b, size=9.5, indent=10, bullet="–", lead=12.3)
        d.x0 = x0
    sec("PERSONAL PROFILE")
    d.para("Forester with nine years in plantation management, natural forest conservation and community forestry in the "
           "Albertine Rift and Lake Victoria Crescent. Experienced in forest inventory, REDD+ monitoring and working with "
           "Collaborative Forest Management (CFM) groups.", size=10, lead=13)
    sec("WORK EXPERIENCE")
    entry("Jul 2020 – Date", [("Forest Officer", "Helvetica-Bold"), ("Albertine Forest Conservation Trust, Hoima", "Helvetica-Oblique")],
          ["Manage a 21,000 ha central forest reserve block: patrols, boundary re-opening and encroachment reporting",
           "Supervise 14 forest rangers and 6 CFM agreements with adjacent communities",
           "Coordinated restoration of 850 ha with indigenous species; survival rate 78% after 2 years",
           "Carbon plot re-measurement for the REDD+ MRV programme (ODK, QGIS)"])
    entry("Aug 2016 – Jun 2020", [("Assistant Forest Officer", "Helvetica-Bold"), ("Mabira Timber Plantations Ltd, Mukono", "Helvetica-Oblique")],
          ["Pine and eucalyptus plantation (3,200 ha): nursery of 1.2 million seedlings/year, weeding and pruning schedules",
           "Timber harvest planning and FSC chain-of-custody records"])
    entry("Jan 2015 – Jul 2016", [("Research Assistant (contract)", "Helvetica-Bold"), ("Makerere University, School of Forestry, Kampala", "Helvetica-Oblique")],
          ["Data collection for a tree-growth and agroforestry study in 4 districts; 300+ household interviews"])
    sec("EDUCATION")
    entry("2010 – 2014", [("BSc Forestry (Second Class Upper)", "Helvetica-Bold"), ("Makerere University, Kampala", "Helvetica-Oblique")])
    entry("2018", [("Postgraduate Diploma in Project Planning & Management", "Helvetica-Bold"), ("Uganda Management Institute", "Helvetica-Oblique")])
    entry("2008 – 2009", [("Uganda Advanced Certificate of Education (UACE)", "Helvetica-Bold"), ("Gayaza High School", "Helvetica-Oblique")])
    sec("VOLUNTEER WORK")
    entry("2019 – Date", [("Mentor, Women in Forestry Uganda (WIFU) network", "Helvetica")])
    sec("SKILLS")
    sk = ["Forest inventory & mensuration", "Nursery establishment & management", "GIS & remote sensing (QGIS, ArcGIS)",
          "GPS & ODK data collection", "REDD+ MRV", "Community forest management", "Report writing", "Motorcycle riding (Class A permit)"]
    for s in sk: d.para(s, size=10, indent=12, bullet="•", lead=13)
    sec("LANGUAGES")
    d.para("English (excellent), Luganda (native), Runyoro (good), Kiswahili (fair)", size=10, lead=13)
    sec("REFEREES")
    d.para("1. Mr. Moses Byaruhanga – Sector Manager, Albertine Forest Conservation Trust – +256 701 555 832", size=9.5, lead=12.5)
    d.para("2. Dr. Grace Nansubuga – Senior Lecturer, School of Forestry, Makerere University – g.nansubuga@example.ug", size=9.5, lead=12.5)
    d.para("3. Mr. Alex Ssempala – Plantation Manager, Mabira Timber Plantations Ltd – +256 782 555 019", size=9.5, lead=12.5)
    REPORT.append((base, d.page_log, d.layout_problems()))
    pages = d.save()
    write_truth(base, "Ruth Namubiru Kasozi", "ruth.kasozi@example.ug", "+256 772 555 164", [
        job("Albertine Forest Conservation Trust", "Forest Officer", "Jul 2020", None),
        job("Mabira Timber Plantations Ltd", "Assistant Forest Officer", "Aug 2016", "Jun 2020"),
        job("Makerere University, School of Forestry", "Research Assistant (contract)", "Jan 2015", "Jul 2016"),
    ], sk)
    return base, pages

# ======================================================================= 28 Ireland funeral director, small caps headings, serif
def r28():
    base = "w7_28_funeral_director_pdf"
    d = Doc(base, A4, margins=(2.4 * cm, 2.4 * cm, 2.2 * cm, 2 * cm))
    PLUM = HexColor("#3B2A4A")
    d.y -= 20
    d.smallcaps(d.W / 2, d.y, "Siobhán Ní Bhriain", "Times-Roman", 22, PLUM, center=True)
    d.line("Oranmore, Co. Galway   ·   087 555 3419   ·   siobhan.nibhriain@example.ie", "Times-Roman", 10.5, lead=18, align="center")
    def sec(t):
        d.gap(12); d.y -= 14
        d.smallcaps(d.x0, d.y, t, "Times-Roman", 13, PLUM)
        d.rule(PLUM, 0.4, 4)
    sec("Profile")
    d.para("Funeral director and qualified embalmer with ten years' experience serving families across Galway and Cork. "
           "I arrange every part of a funeral, from first call and removal to the church, crematorium or graveside, "
           "and I take pride in doing it with dignity, warmth and attention to local custom. Comfortable conducting "
           "arrangements in Irish and English.", "Times-Roman", 11, lead=14)
    sec("Experience")
    def role(title, dates, company, bullets):
        d.need(34)
        d.left_right(title, dates, "Times-Bold", "Times-Italic", 11, lead=17)
        d.line(company, "Times-Italic", 10.5, GREY, lead=13)
        for b in bullets: d.para(b, "Times-Roman", 10.5, indent=14, bullet="·", lead=13.5)
    role("Funeral Director & Embalmer", "2017 – present", "Gallagher & Daughters Funeral Home, Oranmore, Co. Galway",
         ["Arrange 140+ funerals a year: first call, registration of death, church and cemetery liaison, RIP.ie notices",
          "Embalming, restorative art and repatriation paperwork (in and out of Ireland)",
          "Manage the funeral home's two removal vehicles and the pre-paid funeral plan clients",
          "Lead bereavement after-care evenings with the local hospice"])
    role("Trainee Funeral Director", "2014 – 2017", "O'Mahony Funeral Directors, Blackpool, Cork",
         ["Removals, laying out, conducting funerals and hearse driving", "Completed BIE embalming training while working full-time"])
    role("Healthcare Assistant", "2011 – 2014", "St. Brendan's Nursing Home, Tuam, Co. Galway",
         ["Personal and palliative care for residents; end-of-life care with families"])
    sec("Qualifications")
    for q in ["Diploma in Funeral Directing – Irish Association of Funeral Directors (IAFD), 2016",
              "Member of the British Institute of Embalmers (MBIE), 2016",
              "QQI Level 5 Healthcare Support, Galway Technical Institute, 2011",
              "Full clean driving licence (B), 2008"]:
        d.para(q, "Times-Roman", 10.5, indent=14, bullet="·", lead=13.5)
    sec("Skills")
    sk = ["Funeral arrangement & conducting", "Embalming & restorative art", "Repatriation documentation",
          "Bereavement support", "Gaeilge (fluent)", "Eulogy & celebrant liaison"]
    d.para("   ·   ".join(sk), "Times-Roman", 10.5, lead=14)
    sec("Interests")
    d.para("Sean-nós singing with the parish choir, sea swimming at Salthill, GAA (camogie coach, U-12s).", "Times-Roman", 10.5, lead=14)
    d.gap(6)
    d.para("References available on request.", "Times-Italic", 10.5, lead=14)
    REPORT.append((base, d.page_log, d.layout_problems()))
    pages = d.save()
    write_truth(base, "Siobhán Ní Bhriain", "siobhan.nibhriain@example.ie", "087 555 3419", [
        job("Gallagher & Daughters Funeral Home", "Funeral Director & Embalmer", "2017", None),
        job("O'Mahony Funeral Directors", "Trainee Funeral Director", "2014", "2017"),
        job("St. Brendan's Nursing Home", "Healthcare Assistant", "2011", "2014"),
    ], sk)
    return base, pages

# ======================================================================= 29 Lebanon/UAE PR, shaded all-caps bars, header split
def r29():
    base = "w7_29_pr_manager_pdf"
    d = Doc(base, A4, margins=(1.8 * cm, 1.8 * cm, 1.6 * cm, 1.6 * cm))
    TEAL = HexColor("#0E5E6F")
    top = d.H - 1.6 * cm
    d.draw(d.x0, top - 22, "RANIA HADDAD", "Helvetica-Bold", 24, TEAL)
    d.draw(d.x0, top - 40, "Communications & Public Relations", "Helvetica", 12, GREY)
    for i, s in enumerate(["Dubai, UAE (from Beirut, Lebanon)", "+971 55 555 0734", "rania.haddad@example.com", "linkedin.com/in/raniahaddad-pr"]):
        d.draw(d.x1, top - 12 - i * 12.5, s, "Helvetica", 9.5, black, "right")
    d.y = top - 62
    def sec(t):
        d.gap(10); d.need(30)
        d.c.setFillColor(TEAL); d.c.rect(d.x0, d.y - 17, d.x1 - d.x0, 16, stroke=0, fill=1)
        d.draw(d.x0 + 6, d.y - 12.5, t.upper(), "Helvetica-Bold", 10.5, white)
        d.y -= 20
    sec("Profile")
    d.para("Bilingual (Arabic/English) communications manager with 10 years in agency and in-house PR across the Levant and "
           "the GCC. Strong regional media network, crisis communications experience and a track record of award-winning "
           "campaigns for hospitality, real estate and culture clients.", size=10, lead=13)
    sec("Professional Experience")
    def role(title, dates, company, bullets):
        d.need(36)
        d.left_right(title, dates, size=10.5, lead=16)
        d.line(company, "Helvetica-Oblique", 9.8, TEAL, lead=12.5)
        for b in bullets: d.para(b, size=9.6, indent=12, bullet="›", lead=12.4)
    role("Senior Communications Manager", "Sep 2021 – Present", "Cedar & Gulf Communications – Dubai, UAE",
         ["Lead a team of 5 on 9 retained accounts (hospitality, real estate, government entities); AED 4.2m annual fee income",
          "Launched a Dubai waterfront development with 310 pieces of coverage in 3 weeks (Arabic & English media)",
          "Built crisis protocols and media training for C-suite spokespeople; handled 2 live crises in 2023"])
    role("PR Account Manager", "Jan 2017 – Aug 2021", "Phoenicia PR & Events – Beirut, Lebanon",
         ["Managed 6 regional accounts; grew the hospitality portfolio from 2 to 5 hotel groups",
          "Kept key clients through the 2019–2020 economic crisis and the August 2020 port explosion response"])
    role("PR Executive", "Mar 2015 – Dec 2016", "Phoenicia PR & Events – Beirut, Lebanon",
         ["Press releases in Arabic, English and French; media lists; event press desks"])
    role("Press Officer (contract)", "Jun 2014 – Nov 2014", "Beirut International Film Festival – Beirut, Lebanon",
         ["Accreditation of 180 journalists; daily press bulletins during the festival week"])
    sec("Education")
    d.left_right("MA Media Studies", "2014", size=10)
    d.line("American University of Beirut", "Helvetica-Oblique", 9.8, GREY, lead=12.5)
    d.left_right("BA Journalism & Mass Communication", "2012", size=10)
    d.line("Lebanese American University", "Helvetica-Oblique", 9.8, GREY, lead=12.5)
    sec("Skills")
    sk = ["Media relations (GCC & Levant)", "Crisis communications", "Arabic & English copywriting",
          "Press office & event PR", "Meltwater / Cision", "Social media strategy", "Spokesperson training"]
    for i in range(0, len(sk), 3):
        d.y -= 13
        for j, s in enumerate(sk[i:i + 3]):
            d.draw(d.x0 + 4 + j * 175, d.y, "• " + s, "Helvetica", 9.5)
    sec("Languages")
    d.para("Arabic (native)  |  English (fluent)  |  French (fluent)", size=10)
    sec("Awards")
    d.para("MENA PR Awards 2023 – Gold, Best Launch Campaign  •  PRCA MENA – Consultant of the Year (shortlist) 2022", size=9.6)
    REPORT.append((base, d.page_log, d.layout_problems()))
    pages = d.save()
    write_truth(base, "Rania Haddad", "rania.haddad@example.com", "+971 55 555 0734", [
        job("Cedar & Gulf Communications", "Senior Communications Manager", "Sep 2021", None),
        job("Phoenicia PR & Events", "PR Account Manager", "Jan 2017", "Aug 2021"),
        job("Phoenicia PR & Events", "PR Executive", "Mar 2015", "Dec 2016"),
        job("Beirut International Film Festival", "Press Officer (contract)", "Jun 2014", "Nov 2014"),
    ], sk)
    return base, pages

# ======================================================================= 30 Chile GIS analyst, 2 pages, right sidebar on page 1
def r30():
    base = "w7_30_gis_analyst_pdf"
    ORANGE = HexColor("#B5541C")
    def footer(d):
        d.draw(d.x1 if d.page > 1 else d.W - 1.8 * cm, 1.0 * cm, f"{d.page}/2", "Helvetica", 8, GREY, "right")
    d = Doc(base, A4, margins=(1.8 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm), footer=footer)
    SBW = 5.8 * cm
    sbx0 = d.W - 1.8 * cm - SBW
    d.c.setFillColor(HexColor("#F4EDE6")); d.c.rect(sbx0 - 0.4 * cm, 0, SBW + 2.2 * cm, d.H, stroke=0, fill=1)
    # sidebar
    d.x0, d.x1 = sbx0, d.W - 1.6 * cm
    d.y = d.H - 1.8 * cm
    def sh(t):
        d.gap(10); d.line(t, "Helvetica-Bold", 9.5, ORANGE, lead=13)
    sh("CONTACT")
    for s in ["Providencia, Santiago, Chile", "+56 9 5555 2718", "camila.fuentes@example.cl", "github.com/cfuentes-gis"]:
        d.line(s, "Helvetica", 8.6, lead=11.5)
    sh("SKILLS")
    sk = ["ArcGIS Pro & ArcGIS Online", "QGIS", "PostgreSQL / PostGIS", "Python (ArcPy, GeoPandas, Rasterio)",
          "Google Earth Engine", "Remote sensing (Sentinel-2, Landsat, SAR)", "Drone photogrammetry (Pix4D)",
          "Web maps (Leaflet, ArcGIS Experience Builder)", "FME"]
    for s in sk: d.para(s, "Helvetica", 8.6, lead=11.5, indent=8, bullet="•")
    sh("LANGUAGES")
    for s in ["Spanish – native", "English – advanced (C1)", "Portuguese – intermediate"]:
        d.line(s, "Helvetica", 8.6, lead=11.5)
    sh("CERTIFICATIONS")
    for s in ["Esri Technical Certification:", "ArcGIS Pro Associate (2022)", "Google Earth Engine for", "Mining & Water (2021)"]:
        d.line(s, "Helvetica", 8.6, lead=11.5)
    # main column, page 1 narrower; page 2 full width
    d.x0, d.x1 = 1.8 * cm, sbx0 - 0.9 * cm
    d.y = d.H - 1.8 * cm
    def p2(dd):
        dd.x1 = dd.W - 1.8 * cm
    d.on_new_page = p2
    d.line("Camila Ignacia Fuentes Rojas", "Helvetica-Bold", 19, lead=21)
    d.line("GIS Analyst · Remote Sensing · Mining & Water", "Helvetica", 11, ORANGE, lead=15)
    def sec(t):
        d.gap(10); d.need(30); d.line(t, "Helvetica-Bold", 11, ORANGE, lead=14); d.rule(ORANGE, 0.6, 3)
    sec("PROFILE")
    d.para("GIS analyst with 9 years supporting copper exploration, water-rights and environmental baseline studies in the "
           "Atacama and central Chile. I build spatial databases, automate geoprocessing in Python, and turn satellite and "
           "drone imagery into maps that geologists, hydrologists and community teams can actually use.", size=9.6, lead=12.6)
    sec("EDUCATION")
    d.line("Geógrafa (Professional Degree in Geography)", "Helvetica-Bold", 10, lead=13.5)
    d.line("Pontificia Universidad Católica de Valparaíso  |  2010 – 2015", "Helvetica-Oblique", 9.3, GREY, lead=12.3)
    d.line("Diplomado en Teledetección (Remote Sensing Diploma)", "Helvetica-Bold", 10, lead=13.5)
    d.line("Universidad de Chile  |  2019", "Helvetica-Oblique", 9.3, GREY, lead=12.3)
    sec("EXPERIENCE")
    def role(title, company, dates, bullets):
        d.need(38); d.gap(2)
        d.line(title, "Helvetica-Bold", 10.3, lead=14)
        d.line(company + "  |  " + dates, "Helvetica-Oblique", 9.3, GREY, lead=12.3)
        for b in bullets: d.para(b, size=9.6, indent=11, bullet="•", lead=12.8)
    role("Senior GIS Analyst", "Andes Copper Exploration SpA, Santiago", "Mar. 2021 - Present",
         ["Own the exploration GIS for 14 projects (210,000 ha of concessions) in ArcGIS Pro and PostGIS",
          "Built a Python/ArcPy pipeline that rebuilds drill-hole, geochemistry and geophysics layers nightly",
          "Mapped hydrothermal alteration from ASTER and Sentinel-2; 3 targets advanced to drilling",
          "Drone surveys (DJI Phantom 4 RTK + Pix4D) for access roads and platform planning",
          "Trained 20 geologists in field data capture with ArcGIS Field Maps",
          "Prepared concession and environmental maps for SERNAGEOMIN and SEA submissions",
          "Coordinate with community relations team on land-use and indigenous consultation maps",
          "Migrated 1.8 TB of legacy shapefiles and CAD into an enterprise geodatabase with versioning"])
    role("GIS Analyst", "Geoservicios Patagonia Ltda., Puerto Montt", "Jan. 2018 - Feb. 2021",
         ["Water-rights and watershed studies for aquaculture and hydro clients (DGA submissions)",
          "Land-cover change analysis 1990–2020 in Google Earth Engine for 6 river basins",
          "Automated map-book production for 40-sheet environmental baselines (Python + arcpy.mp)",
          "Maintained the company's PostGIS server and metadata catalogue",
          "Field GNSS surveys and ground-truthing campaigns in Los Lagos and Aysén",
          "Produced flood-hazard maps from LiDAR DEMs for two municipalities",
          "Supported glacier-inventory update with Sentinel-2 band ratios for a hydro developer",
          "Wrote QA/QC procedures for vector data delivered to government agencies"])
    role("GIS Technician", "Consultora Territorial Pacífico, Valparaíso", "Apr. 2016 - Dec. 2017",
         ["Digitising and cadastral updates for municipal land-use plans (PRC)", "Cartographic production for public consultations",
          "Georeferenced historical aerial photographs (1955–1997) for urban-growth studies"])
    role("GIS Intern", "Instituto de Geografía Aplicada, Santiago", "Jan. 2015 - Mar. 2015",
         ["Summer internship: wildfire-risk mapping for the Valparaíso urban–rural interface"])
    sec("SELECTED PROJECTS")
    for b in ["Salar water-balance atlas (2022): 25 years of Landsat NDWI time series for a lithium brine project",
              "Open-source wildfire dashboard for Valparaíso (2023, volunteer): Leaflet + FIRMS hotspots",
              "Talk: 'Python for exploration GIS', Esri Chile User Conference, 2023"]:
        d.para(b, size=9.4, indent=11, bullet="•", lead=12.2)
    sec("REFERENCES")
    d.para("Provided upon request.", size=9.4)
    d.mark("end")
    REPORT.append((base, d.page_log, d.layout_problems()))
    pages = d.save()
    write_truth(base, "Camila Ignacia Fuentes Rojas", "camila.fuentes@example.cl", "+56 9 5555 2718", [
        job("Andes Copper Exploration SpA", "Senior GIS Analyst", "Mar. 2021", None),
        job("Geoservicios Patagonia Ltda.", "GIS Analyst", "Jan. 2018", "Feb. 2021"),
        job("Consultora Territorial Pacífico", "GIS Technician", "Apr. 2016", "Dec. 2017"),
        job("Instituto de Geografía Aplicada", "GIS Intern", "Jan. 2015", "Mar. 2015"),
    ], sk)
    return base, pages

if __name__ == "__main__":
    for f in (r24, r25, r26, r27, r28, r29, r30):
        b, n = f()
        print(b, "pages:", n)
    for base, log, probs in REPORT:
        print(base, log, probs[:6])

import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.utils import simpleSplit
from reportlab.lib.colors import HexColor, white, black
from common import OUT, J, write_truth

class Doc:
    def __init__(self, stem, size=A4, top=50, bottom=50):
        self.path = os.path.join(OUT, stem + ".pdf")
        self.c = canvas.Canvas(self.path, pagesize=size)
        self.c.setTitle(stem)
        self.W, self.H = size
        self.top, self.bottom = top, bottom
        self.y = self.H - top
        self.page = 1
    def ensure(self, h):
        if self.y - h < self.bottom:
            self.c.showPage(); self.page += 1; self.y = self.H - self.top
    def text(self, x, s, font="Helvetica", size=10, lead=None, advance=True, color=black):
        self.ensure(size)
        self.c.setFillColor(color); self.c.setFont(font, size); self.c.drawString(x, self.y, s)
        self.c.setFillColor(black)
        if advance: self.y -= lead or size * 1.35
    def right(self, x, s, font="Helvetica", size=10):
        self.c.setFont(font, size); self.c.drawRightString(x, self.y, s)
    def center(self, s, font="Helvetica", size=10, lead=None):
        self.ensure(size); self.c.setFont(font, size); self.c.drawCentredString(self.W / 2, self.y, s)
        self.y -= lead or size * 1.35
    def para(self, x, s, width, font="Helvetica", size=10, lead=None, bullet=None, indent=10):
        lead = lead or size * 1.3
        tx = x + (indent if bullet else 0)
        lines = simpleSplit(s, font, size, width - (tx - x))
        for i, ln in enumerate(lines):
            self.ensure(size)
            if i == 0 and bullet:
                self.draw_bullet(x, bullet, font, size)
            self.c.setFont(font, size); self.c.drawString(tx, self.y, ln)
            self.y -= lead
    def draw_bullet(self, x, kind, font, size):
        c = self.c
        if kind == "circle":
            c.circle(x + 2.5, self.y + size * 0.32, 1.6, stroke=0, fill=1)
        elif kind == "square":
            c.rect(x + 1, self.y + size * 0.2, 3.2, 3.2, stroke=0, fill=1)
        elif kind == "ring":
            c.setLineWidth(0.6); c.circle(x + 2.5, self.y + size * 0.32, 1.8, stroke=1, fill=0)
        else:
            c.setFont(font, size); c.drawString(x, self.y, kind)
    def rule(self, x1, x2, dy=4, w=0.6, color=black):
        self.c.setStrokeColor(color); self.c.setLineWidth(w); self.c.line(x1, self.y + dy, x2, self.y + dy)
        self.c.setStrokeColor(black)
    def gap(self, h=6): self.y -= h
    def save(self): self.c.save()

def done(doc, stem, *truth):
    doc.save(); write_truth(stem, *truth)

# ---------- 24 auditor, South Africa: one column, caps headings, char bullets ----------
stem = "24_auditor_pdf"; d = Doc(stem); X, XR = 55, A4[0] - 55; WID = XR - X
d.text(X, "Naledi Khumalo CA(SA)", "Helvetica-Bold", 20, 24)
d.text(X, "Audit Manager  |  Sandton, Johannesburg  |  +27 71 555 0832  |  naledi.khumalo@icloud.com", size=9.5, lead=18)
def H24(t):
    d.gap(4); d.text(X, t, "Helvetica-Bold", 11, 6); d.rule(X, XR, dy=2); d.gap(8)
H24("PROFILE")
d.para(X, "Chartered accountant with 8 years of external audit experience across financial services, mining and "
          "listed entities. Completed SAICA training contract at a Big 4 firm; now managing JSE-listed audit "
          "engagements with fees up to R14 million.", WID, size=10)
H24("EXPERIENCE HIGHLIGHTS")
d.text(X, "Mokoena Ndlovu Inc.  —  Johannesburg", "Helvetica-Bold", 10.5, 15)
d.text(X + 8, "Audit Manager | Mar 2021 – Present", "Helvetica-Oblique", 10, 14)
for b in ["Manage a portfolio of 9 audit clients incl. two JSE-listed mining groups and a life insurer",
          "Plan and execute audits under ISA and IFRS 9 / IFRS 17; sign-off readiness reviews for partners",
          "Introduced data analytics (IDEA) for journal testing, reducing fieldwork hours by 15%"]:
    d.para(X + 8, b, WID - 8, bullet="•")
d.gap(3)
d.text(X + 8, "Senior Associate – Audit | Jan 2019 – Feb 2021", "Helvetica-Oblique", 10, 14)
for b in ["Led fieldwork teams of 3-5 associates on banking and retail engagements",
          "Coached trainees on SAICA competencies"]:
    d.para(X + 8, b, WID - 8, bullet="•")
d.gap(6)
d.text(X, "Deloitte & Touche  —  Pretoria", "Helvetica-Bold", 10.5, 15)
d.text(X + 8, "Trainee Accountant (SAICA Training Contract) | Jan 2016 – Dec 2018", "Helvetica-Oblique", 10, 14)
for b in ["Rotations in audit of financial services and public sector (AGSA outsourced audits)"]:
    d.para(X + 8, b, WID - 8, bullet="•")
H24("SKILLS")
SK24 = ["IFRS", "International Standards on Auditing (ISA)", "CaseWare", "IDEA data analytics", "Team leadership",
        "Client relationship management"]
for s in SK24: d.para(X, s, WID, bullet="•")
H24("EDUCATION & PROFESSIONAL QUALIFICATIONS")
d.text(X, "BCom Honours (Accounting Sciences) / CTA — University of Pretoria, 2015", lead=14)
d.text(X, "BCom (Accounting Sciences) — University of Pretoria, 2014", lead=14)
d.text(X, "Chartered Accountant (South Africa), SAICA — 2019", lead=14)
done(d, stem, "Naledi Khumalo", "naledi.khumalo@icloud.com", "+27 71 555 0832", SK24,
     [J("Mokoena Ndlovu Inc.", "Audit Manager", "Mar 2021"),
      J("Mokoena Ndlovu Inc.", "Senior Associate – Audit", "Jan 2019", "Feb 2021"),
      J("Deloitte & Touche", "Trainee Accountant (SAICA Training Contract)", "Jan 2016", "Dec 2018")])

# ---------- 25 radiographer, UK: two columns with sidebar, graphic bullets ----------
stem = "25_radiographer_pdf"; d = Doc(stem)
SBW = 175
d.c.setFillColor(HexColor("#23395B")); d.c.rect(0, 0, SBW, A4[1], stroke=0, fill=1); d.c.setFillColor(black)
# sidebar (drawn first)
d.y = A4[1] - 60; SX = 20
def side(t, font="Helvetica", size=8.5, lead=12): d.text(SX, t, font, size, lead, color=white)
side("CONTACT", "Helvetica-Bold", 10, 16)
side("07456 128 930"); side("tomasz.nowak.rad@gmail.com"); side("Stockport, Greater Manchester", lead=22)
side("SKILLS", "Helvetica-Bold", 10, 16)
SK25 = ["CT scanning (Siemens, GE)", "Plain film & theatre imaging", "IV cannulation", "Contrast administration",
        "IR(ME)R 2017 compliance", "CRIS / PACS"]
for s in SK25: side(s)
d.gap(10)
side("EDUCATION", "Helvetica-Bold", 10, 16)
side("BSc (Hons) Diagnostic Radiography", "Helvetica-Bold"); side("University of Salford, 2018", lead=16)
side("PgCert CT Imaging", "Helvetica-Bold"); side("Sheffield Hallam University, 2022", lead=22)
side("REGISTRATION", "Helvetica-Bold", 10, 16)
side("HCPC RA 98123"); side("Society of Radiographers member", lead=22)
side("LANGUAGES", "Helvetica-Bold", 10, 16)
side("English, Polish (native)")
# main column
MX = SBW + 28; MW = A4[0] - MX - 40
d.y = A4[1] - 62
d.text(MX, "Tomasz Nowak", "Helvetica-Bold", 24, 22)
d.text(MX, "Senior CT Radiographer", "Helvetica", 12, 26, color=HexColor("#23395B"))
d.text(MX, "Profile", "Helvetica-Bold", 12, 15)
d.para(MX, "HCPC-registered diagnostic radiographer with 7 years' experience, the last three specialising in CT "
           "including cardiac, trauma and CT colonography. Calm in major trauma and committed to dose optimisation "
           "and student teaching.", MW, size=9.5)
d.gap(8)
d.text(MX, "Experience", "Helvetica-Bold", 12, 16)
jobs25 = [
    ("Senior Radiographer (Band 6) – CT", "Manchester University NHS Foundation Trust", "Jun 2021 – Present",
     ["Senior on shift for a 3-scanner CT department at a major trauma centre",
      "Cardiac CT and CT colonography lists; protocol review with the lead radiologist",
      "Practice educator for BSc students from the University of Salford"]),
    ("Diagnostic Radiographer (Band 5)", "Salford Royal NHS Foundation Trust", "Sep 2018 – May 2021",
     ["Rotational post: general, A&E, theatres, mobiles and CT on-call",
      "COVID-19 redeployment to ICU mobile imaging team"]),
    ("Radiography Assistant", "Alliance Medical Ltd", "2016 – 2018", []),
]
for title, emp, dates, bullets in jobs25:
    d.text(MX, title, "Helvetica-Bold", 10.5, 13)
    d.text(MX, emp + "  ·  " + dates, "Helvetica-Oblique", 9.5, 13, color=HexColor("#555555"))
    for b in bullets: d.para(MX, b, MW, size=9.5, bullet="circle")
    d.gap(8)
done(d, stem, "Tomasz Nowak", "tomasz.nowak.rad@gmail.com", "07456 128 930", SK25,
     [J("Manchester University NHS Foundation Trust", "Senior Radiographer (Band 6) – CT", "Jun 2021"),
      J("Salford Royal NHS Foundation Trust", "Diagnostic Radiographer (Band 5)", "Sep 2018", "May 2021"),
      J("Alliance Medical Ltd", "Radiography Assistant", "2016", "2018")])

# ---------- 26 pharmacist, Kenya: dates in a left column, square bullets ----------
stem = "26_pharmacist_pdf"; d = Doc(stem); X = 50; CX = 165; CW = A4[0] - CX - 50
d.text(X, "Dr. Brian Otieno Ouma", "Times-Bold", 22, 20)
d.text(X, "Registered Pharmacist, B.Pharm (UoN) — PPB Reg. No. 4519", "Times-Italic", 11, 15)
d.text(X, "P.O. Box 10234-00100, Nairobi  •  +254 733 555 918  •  brian.ouma.pharm@gmail.com", "Times-Roman", 10.5, 22)
def H26(t):
    d.text(X, t, "Times-Bold", 12.5, 5); d.rule(X, A4[0] - 50, dy=0, w=1); d.gap(12)
H26("Professional Summary")
d.para(X, "Hospital and community pharmacist with 7 years' experience in clinical pharmacy, antimicrobial "
          "stewardship and pharmacy operations. Committed to rational drug use and patient counselling.",
       A4[0] - 100, font="Times-Roman", size=11)
d.gap(6)
H26("Work Experience")
jobs26 = [
    ("2020 – Present", "Staff Pharmacist (Night Shift)", "Karen Hills Hospital Ltd, Nairobi",
     ["Verify inpatient orders and TPN for a 220-bed hospital overnight",
      "Antimicrobial stewardship ward rounds twice weekly",
      "Member, Drugs & Therapeutics Committee"]),
    ("2017 – 2020", "Pharmacist In-Charge", "Medisure Pharmacy Ltd, Kisumu",
     ["Superintended a community pharmacy with turnover of KES 48M p.a.",
      "Supervised 4 pharmaceutical technologists; PPB inspections with no findings"]),
    ("2016 – 2017", "Pharmacist Intern", "Kenyatta National Hospital, Nairobi", []),
]
for dates, title, emp, bullets in jobs26:
    d.text(X, dates, "Times-Bold", 10.5, advance=False)
    d.text(CX, title, "Times-Bold", 11, 14)
    d.text(CX, emp, "Times-Italic", 11, 14)
    for b in bullets: d.para(CX, b, CW, font="Times-Roman", size=10.5, bullet="square")
    d.gap(8)
H26("Skills")
SK26 = ["Clinical pharmacy", "Antimicrobial stewardship", "TPN compounding", "Pharmacovigilance (PPB reporting)",
        "Inventory management (mSupply)", "Patient counselling"]
for s in SK26: d.para(CX, s, CW, font="Times-Roman", size=10.5, bullet="square")
d.gap(6)
H26("Education")
for yr, q in [("2016", "Bachelor of Pharmacy (B.Pharm), University of Nairobi — Second Class Upper"),
              ("2010", "Kenya Certificate of Secondary Education (KCSE), Maseno School — A-")]:
    d.text(X, yr, "Times-Bold", 10.5, advance=False); d.para(CX, q, CW, font="Times-Roman", size=10.5)
d.gap(6)
H26("Referees")
d.text(CX, "Available upon request.", "Times-Roman", 10.5)
done(d, stem, "Brian Otieno Ouma", "brian.ouma.pharm@gmail.com", "+254 733 555 918", SK26,
     [J("Karen Hills Hospital Ltd", "Staff Pharmacist (Night Shift)", "2020"),
      J("Medisure Pharmacy Ltd", "Pharmacist In-Charge", "2017", "2020"),
      J("Kenyatta National Hospital", "Pharmacist Intern", "2016", "2017")])

# ---------- 27 backend engineer, US: right-aligned dates ----------
stem = "27_software_engineer_pdf"; d = Doc(stem, size=LETTER, top=48); X, XR = 54, LETTER[0] - 54; WID = XR - X
d.center("Kevin Okafor", "Helvetica-Bold", 19, 20)
d.center("Austin, TX  |  (512) 555-0163  |  kevin.okafor.dev@gmail.com  |  github.com/kokafor", "Helvetica", 9.5, 20)
def H27(t):
    d.text(X, t.upper(), "Helvetica-Bold", 10.5, 4); d.rule(X, XR, dy=0, w=0.8); d.gap(11)
H27("Experience")
jobs27 = [
    ("Staff Software Engineer", "Aug 2021 – Present", "Ridgeline Health, Inc.", "Austin, TX",
     ["Tech lead for claims-ingestion platform (Go, Kafka, Postgres) handling 3M events/day",
      "Designed multi-region failover; availability from 99.5% to 99.95%",
      "Mentor 6 engineers; drove adoption of OpenTelemetry tracing"]),
    ("Senior Backend Engineer", "Oct 2018 – Jul 2021", "Parcelwise LLC", "Remote",
     ["Built carrier-rate aggregation service in Python/FastAPI; p99 latency 180 ms",
      "Migrated monolith jobs to Kubernetes CronJobs and SQS workers"]),
    ("Software Engineer II", "Jun 2015 – Sep 2018", "Dell Technologies Inc.", "Round Rock, TX",
     ["Order-management APIs in Java/Spring; owned nightly reconciliation batch"]),
    ("Software Engineering Intern", "Summer 2014", "Dell Technologies Inc.", "Round Rock, TX", []),
]
for title, dates, comp, loc, bullets in jobs27:
    d.ensure(30)
    d.text(X, title, "Helvetica-Bold", 10.5, advance=False); d.right(XR, dates, "Helvetica", 10); d.y -= 13
    d.text(X, comp, "Helvetica-Oblique", 10, advance=False); d.right(XR, loc, "Helvetica-Oblique", 10); d.y -= 13
    for b in bullets: d.para(X + 4, b, WID - 4, size=9.8, bullet="-", indent=10)
    d.gap(6)
H27("Skills")
SK27 = ["Go", "Python", "Java", "PostgreSQL", "Kafka", "Kubernetes", "AWS", "gRPC", "Terraform"]
d.para(X, "Languages & Tools: " + ", ".join(SK27), WID, size=10)
d.gap(6)
H27("Education")
d.text(X, "The University of Texas at Austin", "Helvetica-Bold", 10.5, advance=False); d.right(XR, "May 2015")
d.y -= 13
d.text(X, "B.S. Computer Science", "Helvetica-Oblique", 10)
done(d, stem, "Kevin Okafor", "kevin.okafor.dev@gmail.com", "(512) 555-0163", SK27,
     [J("Ridgeline Health, Inc.", "Staff Software Engineer", "Aug 2021"),
      J("Parcelwise LLC", "Senior Backend Engineer", "Oct 2018", "Jul 2021"),
      J("Dell Technologies Inc.", "Software Engineer II", "Jun 2015", "Sep 2018"),
      J("Dell Technologies Inc.", "Software Engineering Intern", "Summer 2014")])

# ---------- 28 registered nurse, Canada: 2 pages, job split across the page break ----------
stem = "28_registered_nurse_pdf"; d = Doc(stem, size=LETTER, top=72, bottom=72); X, XR = 60, LETTER[0] - 60; WID = XR - X
FN, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
d.text(X, "Grace Chen-Whitaker, RN, BScN", FB, 20, 20)
d.text(X, "Burnaby, BC  V5H 2E9   ·   604-555-0137   ·   grace.chenwhitaker@shaw.ca", FN, 11, 16)
d.text(X, "BCCNM Registration #0219384   ·   ACLS · PALS · TNCC · CTAS", FI, 10.5, 22)
def H28(t):
    d.ensure(40); d.gap(4); d.text(X, t, FB, 13, 5); d.rule(X, XR, dy=0, w=0.5); d.gap(12)
H28("Professional Profile")
for s in ["Registered Nurse with 10 years of progressive experience spanning home support, long-term care, acute "
          "medicine/surgery and, since 2019, a high-acuity emergency department serving 85,000 visits per year.",
          "Known for steady triage judgement, clear handovers and a strong commitment to trauma-informed, culturally "
          "safe care for Indigenous and newcomer patients. Preceptor for new graduates and nursing students from BCIT "
          "and Douglas College.",
          "Seeking a permanent full-time ED or critical care position with opportunities to grow into a clinical "
          "nurse educator role.",
          "Fluent in English and Cantonese; conversational Mandarin."]:
    d.para(X, s, WID, font=FN, size=11, lead=14.5); d.gap(4)
H28("Certifications")
for s_ in ["Advanced Cardiovascular Life Support (ACLS), Heart & Stroke Foundation — renewed 2023",
           "Pediatric Advanced Life Support (PALS) — 2022",
           "Trauma Nursing Core Course (TNCC), ENA — 2021",
           "Canadian Triage and Acuity Scale (CTAS) Provider — 2019",
           "Non-Violent Crisis Intervention (CPI) — 2022",
           "Basic Life Support (BLS) for Healthcare Providers — 2024",
           "San'yas Indigenous Cultural Safety Training — 2020"]:
    d.para(X + 4, s_, WID, font=FN, size=11, lead=14.5, bullet="•", indent=12)
H28("Nursing Experience")
def job28(title, comp, loc, dates, bullets):
    d.ensure(60)
    d.text(X, title, FB, 11.5, advance=False); d.right(XR, dates, FN, 11); d.y -= 14.5
    d.text(X, comp + ", " + loc, FI, 11, 15)
    pages = []
    for b in bullets:
        d.para(X + 4, b, WID - 4, font=FN, size=11, lead=14.5, bullet="•", indent=12); pages.append(d.page)
    d.gap(8)
    return pages
p1 = job28("Registered Nurse – Emergency Department", "Coastal Mountain Health Authority", "Burnaby Regional Hospital",
      "2019 – Present",
      ["Triage (CTAS) and care of acute, resuscitation and fast-track patients in a 52-bed ED",
       "Charge nurse on rotation for night shifts; coordinate flow with bed management and EHS",
       "Code team member: trauma activations, sepsis bundles, stroke and STEMI pathways",
       "Preceptor for 14 new graduates through the Specialty Education Program",
       "Co-led implementation of the ED violence-prevention huddle and de-escalation training",
       "Super-user for the Cerner electronic health record go-live in 2021",
       "Point-of-care ultrasound for peripheral IV access (certified 2022)",
       "Participated in the mass-casualty and decontamination drills with Burnaby Fire and BCEHS",
       "Member, ED Nursing Practice Council; revised the procedural sedation policy",
       "Recognised with the 2022 Health Authority Award for Nursing Excellence",
       "Float shifts to the Rapid Assessment Zone and pediatric emergency area as needed"])
p2 = job28("Registered Nurse, Medical/Surgical Unit (4 West)", "St. Brendan's Hospital Society", "New Westminster, BC",
      "2016 – 2019",
      ["Provided total patient care for 5-6 patients on a 36-bed general medicine and surgery unit",
       "Post-operative care for general, orthopaedic and urology surgery; wound and drain management",
       "Administered IV medications, blood products and PCA; monitored telemetry patients",
       "Discharge teaching and referrals to home health and community supports",
       "Member of the unit falls-prevention committee; reduced falls with injury by 30% in one year",
       "Mentored LPN-to-RN bridging students on clinical placement"])
print("after job2 y", d.y)
p3 = job28("Licensed Practical Nurse", "Evergreen Care Centres Ltd.", "Surrey, BC", "2013 – 2016",
      ["Medication administration and wound care for 30 residents in complex care",
       "Care planning with families and the interdisciplinary team"])
job28("Community Health Worker (Casual)", "Harbourview Home Support Inc.", "Vancouver, BC", "2011 – 2013", [])
H28("Skills")
SK28 = ["Emergency triage (CTAS)", "Trauma & resuscitation", "IV therapy & phlebotomy", "Wound care",
        "Cerner PowerChart", "Patient & family education", "Cantonese (fluent)"]
for s in SK28: d.para(X + 4, s, WID, font=FN, size=11, lead=14.5, bullet="•", indent=12)
H28("Education")
d.text(X, "Bachelor of Science in Nursing — British Columbia Institute of Technology (BCIT), 2016", FN, 11, 14.5)
d.text(X, "Practical Nursing Diploma — Douglas College, New Westminster, 2013", FN, 11, 14.5)
d.text(X, "Emergency Nursing Specialty Certificate — BCIT, 2020", FN, 11, 14.5)
H28("Volunteer")
d.text(X, "First-aid volunteer, St. John Ambulance — community events (2015 – present)", FN, 11, 14.5)
print("28 y", d.y); print("28 split pages job2:", p2, "pages job1:", p1, "total pages", d.page)
assert p2[0] == 1 and p2[-1] == 2, p2
done(d, stem, "Grace Chen-Whitaker", "grace.chenwhitaker@shaw.ca", "604-555-0137", SK28,
     [J("Coastal Mountain Health Authority", "Registered Nurse – Emergency Department", "2019"),
      J("St. Brendan's Hospital Society", "Registered Nurse, Medical/Surgical Unit (4 West)", "2016", "2019"),
      J("Evergreen Care Centres Ltd.", "Licensed Practical Nurse", "2013", "2016"),
      J("Harbourview Home Support Inc.", "Community Health Worker (Casual)", "2011", "2013")])

# ---------- 29 civil engineer, Pakistan: CAPS headings on bars, graphic bullets, date after location ----------
stem = "29_civil_engineer_pdf"; d = Doc(stem); X, XR = 50, A4[0] - 50; WID = XR - X
d.text(X, "Engr. Ayesha Siddiqui", "Times-Bold", 21, 18)
d.text(X, "Civil Engineer (PEC Reg. No. CIVIL/84512)", "Times-Italic", 11.5, 15)
d.text(X, "Cell: 0333-5127846   |   Email: ayesha.siddiqui.ce@gmail.com   |   G-11/2, Islamabad", "Times-Roman", 10.5, 20)
def H29(t):
    d.ensure(30); d.c.setFillColor(HexColor("#DDE4EE")); d.c.rect(X - 4, d.y - 4, WID + 8, 16, stroke=0, fill=1)
    d.c.setFillColor(black); d.text(X, t, "Times-Bold", 11.5, 20)
H29("CAREER OBJECTIVE")
d.para(X, "To work as a structural/site engineer on infrastructure projects where I can apply my experience of "
          "high-rise and road works and grow towards project management.", WID, font="Times-Roman", size=11)
d.gap(6)
H29("PROFESSIONAL EXPERIENCE")
jobs29 = [
    ("Site Engineer (Structures)", "Zahid Builders (Pvt.) Ltd.", "Islamabad", "Jan 2021 – Present",
     ["Execution of a 16-storey mixed-use tower (RCC frame, 2 basements)",
      "Bar bending schedules, pour cards, cube testing and daily progress reports",
      "Supervision of 3 subcontractors and 120+ labour"]),
    ("Assistant Engineer", "Indus Consulting Engineers (Pvt.) Ltd.", "Lahore", "Jul 2018 – Dec 2020",
     ["Resident supervision of 42 km dual carriageway (NHA project), quantity surveying and IPC verification"]),
    ("Internee", "Capital Development Authority", "Islamabad", "06/2017 – 08/2017", []),
]
for title, comp, city, dates, bullets in jobs29:
    d.text(X, title, "Times-Bold", 11.5, 14)
    d.text(X, comp + ", " + city + "  |  " + dates, "Times-Roman", 11, 14.5)
    for b in bullets: d.para(X + 6, b, WID - 6, font="Times-Roman", size=11, bullet="circle", indent=10)
    d.gap(7)
H29("TECHNICAL SKILLS")
SK29 = ["AutoCAD", "ETABS", "SAFE", "Primavera P6", "Quantity surveying", "MS Project"]
for s in SK29: d.para(X + 6, s, WID, font="Times-Roman", size=11, bullet="ring", indent=10)
d.gap(6)
H29("EDUCATION")
d.text(X, "B.Sc. Civil Engineering — NUST, Islamabad (2018), CGPA 3.41/4.00", "Times-Roman", 11, 14)
d.text(X, "F.Sc. Pre-Engineering — Islamabad Model College for Girls, F-7/2 (2014), 88%", "Times-Roman", 11, 20)
H29("PERSONAL INFORMATION")
d.text(X, "Father's Name: Muhammad Siddiqui     Date of Birth: 12-09-1996     Domicile: Islamabad", "Times-Roman", 11, 14)
done(d, stem, "Ayesha Siddiqui", "ayesha.siddiqui.ce@gmail.com", "0333-5127846", SK29,
     [J("Zahid Builders (Pvt.) Ltd.", "Site Engineer (Structures)", "Jan 2021"),
      J("Indus Consulting Engineers (Pvt.) Ltd.", "Assistant Engineer", "Jul 2018", "Dec 2020"),
      J("Capital Development Authority", "Internee", "06/2017", "08/2017")])

# ---------- 30 agronomist, Brazil: company bars, roles with dates in parentheses ----------
stem = "30_agronomist_pdf"; d = Doc(stem); X, XR = 48, A4[0] - 48; WID = XR - X
GREEN = HexColor("#2F6B3A")
d.text(X, "Luana Ferreira da Silva", "Helvetica-Bold", 20, 18, color=GREEN)
d.text(X, "Agronomist (CREA-GO 1019876543) | Rio Verde – GO, Brazil", "Helvetica", 10, 13)
d.text(X, "luana.fsilva.agro@gmail.com  ·  +55 64 99612-3380", "Helvetica", 10, 22)
def H30(t):
    d.text(X, t, "Helvetica-Bold", 12, 5, color=GREEN); d.rule(X, X + 40, dy=0, w=2, color=GREEN); d.gap(12)
def bar(t):
    d.ensure(24); d.c.setFillColor(GREEN); d.c.rect(X, d.y - 4, WID, 15, stroke=0, fill=1)
    d.text(X + 6, t, "Helvetica-Bold", 10, 18, color=white)
H30("Summary")
d.para(X, "Agronomist with 8 years in soybean, corn and cotton systems in the Cerrado. Experience in technical sales of "
          "seeds and biologicals, precision agriculture and on-farm trials. English used daily with multinational clients.",
       WID, size=10)
d.gap(6)
H30("Career")
bar("Sementes Cerrado Forte Ltda.  |  Rio Verde – GO")
d.text(X, "Technical Sales Agronomist (Mar/2019 – present)", "Helvetica-Bold", 10, 14)
for b in ["Portfolio of 60 farms (140,000 ha); seed and biological sales of BRL 38M in the 2022/23 crop season",
          "Plot trials and field days with growers; agronomic support for variety positioning"]:
    d.para(X + 4, b, WID - 4, size=10, bullet="›", indent=10)
d.gap(6)
bar("Fazenda Boa Esperança Agropecuária S.A.  |  Jataí – GO")
d.text(X, "Field Agronomist (Jan/2017 – Feb/2019)", "Helvetica-Bold", 10, 14)
d.para(X + 4, "Crop protection programs for 22,000 ha; variable-rate fertilization maps (Climate FieldView)", WID - 4, size=10, bullet="›", indent=10)
d.gap(3)
d.text(X, "Agronomy Trainee (Jul/2016 – Dec/2016)", "Helvetica-Bold", 10, 14)
d.gap(6)
bar("Embrapa Soja  |  Londrina – PR")
d.text(X, "Research Intern – Soil Fertility Lab (2014 – 2015)", "Helvetica-Bold", 10, 14)
d.gap(8)
H30("Skills")
SK30 = ["Precision agriculture", "Climate FieldView", "QGIS", "Integrated pest management", "Soil fertility",
        "Technical sales", "Drone scouting"]
d.para(X, " · ".join(SK30), WID, size=10)
d.gap(6)
H30("Education")
d.text(X, "B.Sc. Agronomy (Engenharia Agronômica) – Universidade Federal de Goiás (UFG), 2016", "Helvetica", 10, 13)
d.text(X, "MBA in Agribusiness – ESALQ/USP (online), 2021", "Helvetica", 10, 13)
d.gap(6)
H30("Languages")
d.text(X, "Portuguese (native) · English (advanced) · Spanish (intermediate)", "Helvetica", 10, 13)
done(d, stem, "Luana Ferreira da Silva", "luana.fsilva.agro@gmail.com", "+55 64 99612-3380", SK30,
     [J("Sementes Cerrado Forte Ltda.", "Technical Sales Agronomist", "Mar/2019"),
      J("Fazenda Boa Esperança Agropecuária S.A.", "Field Agronomist", "Jan/2017", "Feb/2019"),
      J("Fazenda Boa Esperança Agropecuária S.A.", "Agronomy Trainee", "Jul/2016", "Dec/2016"),
      J("Embrapa Soja", "Research Intern – Soil Fertility Lab", "2014", "2015")])
print("pdf done")

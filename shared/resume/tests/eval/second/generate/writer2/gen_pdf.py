# Generates 7 .pdf resumes with reportlab (standard fonts only) plus truth files.
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
from reportlab.lib import colors
from common import truth, path

class W:
    """Tiny cursor-based writer with automatic page breaks."""
    def __init__(self, fn, size=A4, left=56, right=56, top=56, bottom=56, font="Helvetica",
                 on_new_page=None):
        self.c = canvas.Canvas(fn, pagesize=size)
        self.W, self.H = size
        self.l, self.r, self.t, self.b = left, size[0] - right, top, bottom
        self.y = self.H - top
        self.font = font
        self.page = 1
        self.on_new_page = on_new_page
    def need(self, h):
        if self.y - h < self.b:
            self.newpage()
    def newpage(self):
        self.c.showPage(); self.page += 1
        self.y = self.H - self.t
        if self.on_new_page: self.on_new_page(self)
    def line(self, text, font=None, size=10, x=None, lead=None, right=None, rfont=None, center=False, color=None):
        lead = lead or size * 1.35
        self.need(lead)
        self.y -= lead
        f = font or self.font
        self.c.setFont(f, size)
        if color: self.c.setFillColor(color)
        if center:
            self.c.drawCentredString(self.W / 2, self.y, text)
        else:
            self.c.drawString(self.l if x is None else x, self.y, text)
        if right is not None:
            self.c.setFont(rfont or f, size)
            self.c.drawRightString(self.r, self.y, right)
        if color: self.c.setFillColor(colors.black)
    def wrap(self, text, size=10, font=None, x=None, indent=0, bullet=None, lead=None, width=None):
        f = font or self.font
        x0 = (self.l if x is None else x) + indent
        w = (width or (self.r - x0))
        lines = simpleSplit(text, f, size, w - (10 if bullet else 0))
        for i, ln in enumerate(lines):
            lead_ = lead or size * 1.35
            self.need(lead_)
            self.y -= lead_
            self.c.setFont(f, size)
            if bullet and i == 0:
                if bullet == "\u2022":   # draw a real dot: reportlab would encode U+2022 as 0x7F
                    self.c.circle(x0 + 2.2, self.y + size * 0.32, size * 0.16, stroke=0, fill=1)
                else:
                    self.c.drawString(x0, self.y, bullet)
            self.c.drawString(x0 + (10 if bullet else 0), self.y, ln)
    def gap(self, h=6):
        self.y -= h
    def rule(self, width=0.6):
        self.c.setLineWidth(width); self.c.line(self.l, self.y - 3, self.r, self.y - 3); self.y -= 6
    def save(self):
        self.c.save()

# ---------------------------------------------------------------- 24 physiotherapist UK: one column, ALL CAPS headings, right-aligned dates
def r24():
    stem = "24_physiotherapist_uk_pdf"
    w = W(path(stem, "pdf"))
    w.line("Olivia Grant", "Helvetica-Bold", 20, lead=22)
    w.line("MCSP  |  HCPC Registered Physiotherapist (PH118732)", size=10)
    w.line("Reading, Berkshire  |  07845 220 913  |  olivia.grant.physio@nhs.net", size=10)
    w.gap(8)
    def sec(t):
        w.gap(6); w.line(t.upper(), "Helvetica-Bold", 11); w.rule()
    sec("Profile")
    w.wrap("Band 6 musculoskeletal physiotherapist with six years' NHS experience across MSK outpatients, "
           "orthopaedics, respiratory and neuro rotations. Special interest in persistent low back pain and "
           "return-to-work rehabilitation.")
    sec("Experience")
    jobs = [
        ("Band 6 Physiotherapist – MSK Outpatients", "Royal Berkshire NHS Foundation Trust, Reading",
         "Oct 2020 – Present",
         ["Manage a caseload of complex spinal and upper-limb patients; 1:1 and group classes",
          "Lead the persistent pain education group; audit showed 34% improvement in ODI scores",
          "Supervise Band 5 rotational staff and physiotherapy students from the University of Reading"]),
        ("Band 5 Rotational Physiotherapist", "Oxford University Hospitals NHS Foundation Trust, Oxford",
         "Sep 2018 – Sep 2020",
         ["Rotations: trauma & orthopaedics, respiratory (on-call competent), stroke rehab, MSK OPD",
          "Redeployed to ICU proning team during COVID-19 surge"]),
        ("Volunteer Sports Physiotherapist", "Thames Valley Harriers RFC, Maidenhead", "2017 – 2019", []),
    ]
    for title, comp, dates, bl in jobs:
        w.gap(4)
        w.line(title, "Helvetica-Bold", 10.5, right=dates, rfont="Helvetica")
        w.line(comp, "Helvetica-Oblique", 10)
        for b in bl:
            w.wrap(b, indent=10, bullet="\u2022")
    sec("Education")
    w.line("BSc (Hons) Physiotherapy, First Class", "Helvetica-Bold", 10, right="2018", rfont="Helvetica")
    w.line("Oxford Brookes University", "Helvetica-Oblique", 10)
    w.line("A Levels: Biology (A*), PE (A), Chemistry (B) – Kendrick School, Reading", size=10, right="2015")
    sec("Skills")
    w.wrap("MSK assessment  \u00b7  acupuncture (AACP)  \u00b7  exercise prescription  \u00b7  SystmOne & EPR  \u00b7  "
           "outcome measures (ODI, QuickDASH, PSFS)  \u00b7  respiratory on-call  \u00b7  clinical supervision")
    w.save()
    truth(stem, "Olivia Grant", "olivia.grant.physio@nhs.net", "07845 220 913", [
        ("Royal Berkshire NHS Foundation Trust", "Band 6 Physiotherapist – MSK Outpatients", "Oct 2020", None),
        ("Oxford University Hospitals NHS Foundation Trust", "Band 5 Rotational Physiotherapist", "Sep 2018", "Sep 2020"),
        ("Thames Valley Harriers RFC", "Volunteer Sports Physiotherapist", "2017", "2019"),
    ])

# ---------------------------------------------------------------- 25 lab scientist Germany: dates in left column, Times
def r25():
    stem = "25_lab_scientist_de_pdf"
    w = W(path(stem, "pdf"), font="Times-Roman")
    DX = 170  # content column
    w.line("Dr. rer. nat. Felix Hartmann", "Times-Bold", 20, lead=24)
    w.line("Molecular Biologist  \u00b7  Laboratory Scientist", "Times-Italic", 12)
    w.gap(4)
    w.line("Address", "Times-Bold", 10.5); w.c.setFont("Times-Roman", 10.5); w.c.drawString(DX, w.y, "Fraunhoferstr. 12, 82152 Planegg-Martinsried")
    w.line("Phone", "Times-Bold", 10.5); w.c.setFont("Times-Roman", 10.5); w.c.drawString(DX, w.y, "+49 176 4412 9083")
    w.line("E-mail", "Times-Bold", 10.5); w.c.setFont("Times-Roman", 10.5); w.c.drawString(DX, w.y, "felix.hartmann@gmx.de")
    w.line("Born", "Times-Bold", 10.5); w.c.setFont("Times-Roman", 10.5); w.c.drawString(DX, w.y, "14.08.1988 in Freiburg im Breisgau")
    def sec(t):
        w.gap(10); w.line(t, "Times-Bold", 13); w.rule(0.4)
    sec("Professional Experience")
    jobs = [
        ("01/2021 \u2013 today", "Scientist, Molecular Diagnostics", "Bioventis Diagnostics GmbH, Martinsried",
         ["Development and verification of multiplex qPCR assays for respiratory pathogens (IVDR class C)",
          "Author of design-verification reports and technical documentation; ISO 13485 environment",
          "Supervision of two technical assistants (MTA)"]),
        ("03/2018 \u2013 12/2020", "Postdoctoral Researcher", "Helmholtz Zentrum M\u00fcnchen, Neuherberg",
         ["CRISPR/Cas9 screens in primary hepatocytes; NGS library prep (Illumina)",
          "3 first-author publications; grant application to DFG (funded)"]),
        ("10/2014 \u2013 02/2018", "Doctoral Researcher", "Universit\u00e4t Heidelberg",
         ["PhD thesis at the Center for Molecular Biology (ZMBH) on RNA-binding proteins in stress granules"]),
    ]
    for dates, title, comp, bl in jobs:
        w.gap(5)
        w.line(dates, "Times-Roman", 10.5)
        w.c.setFont("Times-Bold", 10.5); w.c.drawString(DX, w.y, title)
        w.line(comp, "Times-Italic", 10.5, x=DX)
        for b in bl:
            w.wrap(b, size=10.5, x=DX, bullet="\u2013")
    sec("Education")
    for dates, txt in [("2014 \u2013 2018", "Dr. rer. nat. (PhD) in Molecular Biology, magna cum laude \u2013 Universit\u00e4t Heidelberg"),
                       ("2011 \u2013 2013", "M.Sc. Molecular Medicine \u2013 Albert-Ludwigs-Universit\u00e4t Freiburg"),
                       ("2008 \u2013 2011", "B.Sc. Biology \u2013 Albert-Ludwigs-Universit\u00e4t Freiburg")]:
        w.gap(3); w.line(dates, "Times-Roman", 10.5)
        w.c.setFont("Times-Roman", 10.5); w.c.drawString(DX, w.y, txt)
    sec("Skills")
    for k, v in [("Laboratory", "qPCR/dPCR, NGS library prep, CRISPR, cell culture (BSL-2), Western blot, FACS"),
                 ("Software", "R, Python (pandas), GraphPad Prism, Benchling, LIMS (LabWare)"),
                 ("Regulatory", "ISO 13485, IVDR, GLP, risk management ISO 14971"),
                 ("Languages", "German (native), English (fluent, C2), French (B1)")]:
        w.gap(2); w.line(k, "Times-Bold", 10.5)
        w.c.setFont("Times-Roman", 10.5); w.c.drawString(DX, w.y, v)
    w.gap(20)
    w.line("Martinsried, March 2025", "Times-Italic", 10.5)
    w.save()
    truth(stem, "Felix Hartmann", "felix.hartmann@gmx.de", "+49 176 4412 9083", [
        ("Bioventis Diagnostics GmbH", "Scientist, Molecular Diagnostics", "01/2021", None),
        ("Helmholtz Zentrum München", "Postdoctoral Researcher", "03/2018", "12/2020"),
        ("Universität Heidelberg", "Doctoral Researcher", "10/2014", "02/2018"),
    ])

# ---------------------------------------------------------------- 26 mechanical engineer India: 2 pages, job split across page break
def r26():
    stem = "26_mechanical_engineer_in_pdf"
    def hdr(w):
        w.c.setFont("Helvetica", 8); w.c.setFillColor(colors.grey)
        w.c.drawString(w.l, w.H - 30, "Rohan S. Kulkarni \u2013 Resume")
        w.c.drawRightString(w.r, w.H - 30, "Page %d of 2" % w.page)
        w.c.setFillColor(colors.black)
    w = W(path(stem, "pdf"), on_new_page=hdr, bottom=70)
    w.line("ROHAN S. KULKARNI", "Helvetica-Bold", 18, center=True, lead=20)
    w.line("Mechanical Engineer  |  Automotive Chassis & Suspension Design", size=10.5, center=True)
    w.line("+91 97654 32108  |  rohan.kulkarni.mech@gmail.com  |  Pimpri-Chinchwad, Pune", size=10, center=True)
    w.c.setFont("Helvetica", 8); w.c.setFillColor(colors.grey); w.c.drawRightString(w.r, 40, "Page 1 of 2"); w.c.setFillColor(colors.black)
    def sec(t):
        w.gap(8); w.line(t, "Helvetica-Bold", 11.5, color=colors.HexColor("#1F3A5F")); w.rule(0.8)
    sec("PROFESSIONAL SUMMARY")
    w.wrap("Mechanical engineer with 10 years of experience in automotive product development, from concept CAD "
           "through DVP&R and SOP. Led chassis sub-system design for two commercial-vehicle platforms. "
           "Strong in GD&T, tolerance stack-up, FEA correlation and supplier development. Comfortable owning "
           "cost, weight and timing targets, and presenting design reviews to senior management and customers.")
    sec("CORE COMPETENCIES")
    for a, b in [("CAD / CAE", "CATIA V5, Creo 7, NX, ANSYS Workbench, HyperMesh, MSC Adams"),
                 ("Engineering", "GD&T (ASME Y14.5), DFMEA/PFMEA, DVP&R, APQP, PPAP, VAVE"),
                 ("PLM / Tools", "Teamcenter, Windchill, SAP PP, MS Project, Minitab"),
                 ("Soft skills", "Cross-functional leadership, supplier negotiation, mentoring")]:
        w.line(a, "Helvetica-Bold", 10)
        w.c.setFont("Helvetica", 10); w.c.drawString(w.l + 90, w.y, b)
    sec("KEY ACHIEVEMENTS")
    for b in ["Reduced leaf-spring suspension weight by 14% on ICV platform, saving Rs 2,300 per vehicle",
              "Filed 2 Indian patents on cab-mount bracket design (application no. 202121034512, 202221008847)",
              "Received Tata Motors 'Innovista' finalist recognition, 2022"]:
        w.wrap(b, indent=8, bullet="\u2022")
    sec("KEY PROJECTS")
    for b in ["ICV Next-Gen platform (2021\u20132024): chassis frame and suspension lead from concept to SOP at Pune plant",
              "BS-VI transition (2019\u20132020): re-packaging of after-treatment system mounts on 7 truck variants",
              "Export knuckle programme for a European OEM (2017): design, validation and PPAP sign-off",
              "Electric LCV feasibility study (2023): battery-tray crash and durability concept evaluation"]:
        w.wrap(b, indent=8, bullet="\u2022")
    sec("PROFESSIONAL EXPERIENCE")
    w.gap(2)
    w.line("Tata Motors Ltd., Pune", "Helvetica-Bold", 10.5, right="June 2019 \u2013 Present", rfont="Helvetica-Bold")
    w.line("Deputy Manager \u2013 Product Development (Chassis)", "Helvetica-Oblique", 10.5)
    for b in ["Lead a team of 6 engineers for frame, suspension and cab-mounting systems of ICV trucks (9\u201316 T GVW)",
              "Own DFMEA and DVP&R for chassis sub-systems; coordinate rig and proving-ground testing at Pune and ARAI",
              "Drove VAVE workshops with tier-1 suppliers delivering Rs 4.1 crore annual savings",
              "Correlated FEA durability predictions with strain-gauge road load data (R\u00b2 > 0.9)",
              "Released 450+ parts in Teamcenter with full GD&T and tolerance stack-up",
              "Interface with manufacturing, purchase and quality teams for ECN closure and cost roll-ups",
              "Mentor graduate engineer trainees; conduct internal GD&T training every quarter"]:
        w.wrap(b, indent=8, bullet="\u2022")
    w.gap(6)
    w.line("Kalyani Precision Components Pvt. Ltd., Chakan", "Helvetica-Bold", 10.5, right="Aug 2015 \u2013 May 2019", rfont="Helvetica-Bold")
    w.line("Design Engineer", "Helvetica-Oblique", 10.5)
    for b in ["Designed forged steering knuckles and axle beams for domestic and export OEM customers",
              "Prepared 2D manufacturing drawings and PPAP documentation for 60+ part numbers",
              "Performed forging simulation (DEFORM 3D) to reduce flash and die wear by 9%",
              "Supported customer audits by Daimler India and Volvo Eicher",
              "Conducted root-cause analysis (8D, Ishikawa) for field failures of knuckle arms",
              "@@BREAK@@",
              "Coordinated with machining shop for fixture design and first-article inspection",
              "Trained 4 graduate engineers on CATIA and GD&T fundamentals"]:
        if b == "@@BREAK@@":
            print("  26: y before forced page break =", round(w.y), "(bottom margin", w.b, ")")
            w.newpage(); continue
        w.wrap(b, indent=8, bullet="\u2022")
    w.gap(6)
    w.line("Shree Ganesh Engineering Works, Kolhapur", "Helvetica-Bold", 10.5, right="Jul 2014 \u2013 Jul 2015", rfont="Helvetica-Bold")
    w.line("Graduate Apprentice Trainee", "Helvetica-Oblique", 10.5)
    w.wrap("One-year apprenticeship under NATS; CNC programming and quality inspection in the machine shop.")
    sec("EDUCATION")
    w.line("B.E. Mechanical Engineering \u2013 Walchand College of Engineering, Sangli (Shivaji University)", size=10, right="2014")
    w.line("Aggregate: 74.6% (First Class with Distinction)", size=10)
    w.line("HSC \u2013 Vivekanand College, Kolhapur (Maharashtra Board) \u2013 82%", size=10, right="2010")
    sec("CERTIFICATIONS")
    w.line("Six Sigma Green Belt \u2013 KPMG, 2018   |   CATIA V5 Expert \u2013 Dassault Systemes, 2016", size=10)
    sec("PERSONAL DETAILS")
    w.line("Date of Birth: 03 April 1992   |   Languages: English, Marathi, Hindi   |   Passport: Available", size=10)
    w.gap(12)
    w.line("Declaration: I hereby declare that the information furnished above is true to the best of my knowledge.", size=9)
    w.c.setFont("Helvetica", 8); w.c.setFillColor(colors.grey); w.c.drawRightString(w.r, 40, "Page %d of 2" % w.page)
    assert w.page == 2, w.page
    w.save()
    truth(stem, "Rohan S. Kulkarni", "rohan.kulkarni.mech@gmail.com", "+91 97654 32108", [
        ("Tata Motors Ltd.", "Deputy Manager – Product Development (Chassis)", "June 2019", None),
        ("Kalyani Precision Components Pvt. Ltd.", "Design Engineer", "Aug 2015", "May 2019"),
        ("Shree Ganesh Engineering Works", "Graduate Apprentice Trainee", "Jul 2014", "Jul 2015"),
    ])

# ---------------------------------------------------------------- 27 teacher Canada: small-caps headings, dates in parentheses after title
def r27():
    stem = "27_teacher_ca_pdf"
    w = W(path(stem, "pdf"), size=letter, font="Times-Roman", left=64, right=64)
    def smallcaps(text, size=12, x=None):
        # real small caps: first letter of each word full size, rest uppercase at 78%
        w.need(size * 1.6); w.y -= size * 1.6
        cx = w.l if x is None else x
        for wi, word in enumerate(text.split()):
            if wi:
                w.c.setFont("Times-Roman", size); w.c.drawString(cx, w.y, " "); cx += w.c.stringWidth(" ", "Times-Roman", size)
            w.c.setFont("Times-Roman", size); w.c.drawString(cx, w.y, word[0]); cx += w.c.stringWidth(word[0], "Times-Roman", size)
            rest = word[1:].upper()
            w.c.setFont("Times-Roman", size * 0.78); w.c.drawString(cx, w.y, rest); cx += w.c.stringWidth(rest, "Times-Roman", size * 0.78)
        w.c.setLineWidth(0.4); w.c.line(w.l, w.y - 4, w.r, w.y - 4); w.y -= 4
    w.line("Meghan O'Sullivan, OCT", "Times-Bold", 20, center=True, lead=24)
    w.line("Mississauga, Ontario  \u00b7  905-555-0148  \u00b7  meghan.osullivan.teach@gmail.com", size=10.5, center=True)
    w.gap(6)
    smallcaps("Profile")
    w.wrap("Ontario Certified Teacher (Primary/Junior, ESL Part 1) with eight years of classroom experience in Canada "
           "and South Korea. Passionate about inquiry-based math, differentiated literacy and inclusive classrooms.", size=11)
    smallcaps("Teaching Experience")
    jobs = [("Grade 4 Teacher", "(2019 \u2013 present)", "Maple Grove Public School, Mississauga, ON",
             ["Plan and deliver Ontario curriculum for a class of 27, including 6 students with IEPs",
              "Introduced guided math groups; EQAO Grade 3 cohort math scores rose 12 points",
              "Coach of the junior cross-country team; member of the school equity committee"]),
            ("Long-Term Occasional Teacher", "(2017 \u2013 2019)", "Peel District School Board, Mississauga, ON",
             ["LTO assignments in Grades 2, 5 and a Grade 1 French Immersion class"]),
            ("ESL Instructor", "(2015 \u2013 2017)", "Seoul Language Academy, Seoul, South Korea", [])]
    for title, dates, comp, bl in jobs:
        w.gap(4)
        w.line(title, "Times-Bold", 11.5)
        tw = w.c.stringWidth(title + " ", "Times-Bold", 11.5)
        w.c.setFont("Times-Roman", 11.5); w.c.drawString(w.l + tw, w.y, dates)
        w.line(comp, "Times-Italic", 11)
        for b in bl:
            w.wrap(b, size=11, indent=12, bullet="\u2022")
    smallcaps("Education")
    w.line("Bachelor of Education, Primary/Junior \u2014 York University, Toronto, 2015", size=11)
    w.line("Honours B.A., English and Psychology \u2014 University of Guelph, 2013", size=11)
    w.line("Additional Qualifications: ESL Part 1 (2018); Special Education Part 1 (2020)", size=11)
    smallcaps("Skills")
    w.wrap("Differentiated instruction \u00b7 IEP development \u00b7 Google Classroom & Brightspace \u00b7 restorative "
           "circles \u00b7 Zones of Regulation \u00b7 French (intermediate) \u00b7 First Aid/CPR-C", size=11)
    w.save()
    truth(stem, "Meghan O'Sullivan", "meghan.osullivan.teach@gmail.com", "905-555-0148", [
        ("Maple Grove Public School", "Grade 4 Teacher", "2019", None),
        ("Peel District School Board", "Long-Term Occasional Teacher", "2017", "2019"),
        ("Seoul Language Academy", "ESL Instructor", "2015", "2017"),
    ])

# ---------------------------------------------------------------- 28 software engineer US: two columns with sidebar
def r28():
    stem = "28_software_engineer_us_pdf"
    c = canvas.Canvas(path(stem, "pdf"), pagesize=letter)
    Wd, H = letter
    SB = 190
    c.setFillColor(colors.HexColor("#EEF1F5")); c.rect(0, 0, SB, H, stroke=0, fill=1)
    c.setFillColor(colors.black)
    y = H - 60
    def s(text, x, font="Helvetica", size=9.5, lead=13, maxw=None):
        nonlocal y
        lines = simpleSplit(text, font, size, maxw) if maxw else [text]
        for ln in lines:
            c.setFont(font, size); c.drawString(x, y, ln); y -= lead
    s("Kevin", 24, "Helvetica-Bold", 22, 24); s("Okonkwo-Reyes", 24, "Helvetica-Bold", 16, 26)
    s("CONTACT", 24, "Helvetica-Bold", 10, 15)
    for t in ["Seattle, WA", "(206) 555-0134", "kevin.or@fastmail.com", "github.com/kor-dev"]:
        s(t, 24)
    y -= 10; s("SKILLS", 24, "Helvetica-Bold", 10, 15)
    for t in ["Go, Python, TypeScript, Java", "PostgreSQL, DynamoDB, Redis", "Kafka, gRPC, GraphQL",
              "AWS (ECS, Lambda, SQS)", "Terraform, Docker, k8s", "Datadog, OpenTelemetry"]:
        s(t, 24, maxw=SB - 40)
    y -= 10; s("EDUCATION", 24, "Helvetica-Bold", 10, 15)
    s("B.S. Computer Science", 24, "Helvetica-Bold", 9.5)
    s("University of Washington", 24); s("2017", 24)
    y -= 10; s("CERTIFICATIONS", 24, "Helvetica-Bold", 10, 15)
    s("AWS Solutions Architect –", 24); s("Associate (2021)", 24)
    # main column
    X = SB + 24; R = Wd - 40
    y = H - 60
    s("Senior software engineer focused on payments infrastructure, reliability and", X, size=10)
    s("developer experience. 8 years shipping backend systems at scale.", X, size=10)
    y -= 12
    s("EXPERIENCE", X, "Helvetica-Bold", 12, 8)
    c.setLineWidth(0.8); c.line(X, y, R, y); y -= 16
    jobs = [("Parcelwise, Inc.", "Seattle, WA", [
                ("Senior Software Engineer, Payments Platform", "Jan 2022 – Present",
                 ["Tech lead for the ledger service (Go, Postgres) processing $1.2B/yr in carrier payouts",
                  "Designed idempotent payout pipeline on Kafka; cut reconciliation breaks by 92%",
                  "Led on-call redesign; p99 API latency down from 820 ms to 140 ms"]),
                ("Software Engineer II", "Jun 2019 – Dec 2021",
                 ["Built rate-shopping API in TypeScript used by 4,000 merchants",
                  "Migrated batch jobs from cron hosts to AWS Step Functions"])]),
            ("Tandem Labs", "Portland, OR", [
                ("Software Engineer", "Jul 2017 – May 2019",
                 ["Full-stack work on a B2B scheduling SaaS (Python/Django, React)"])]),
            ("Cobalt Robotics", "San Mateo, CA", [
                ("Software Engineering Intern", "Summer 2016", [])])]
    for comp, loc, roles in jobs:
        c.setFont("Helvetica-Bold", 11); c.drawString(X, y, comp)
        c.setFont("Helvetica", 9.5); c.drawRightString(R, y, loc); y -= 15
        for title, dates, bl in roles:
            c.setFont("Helvetica-Oblique", 10.5); c.drawString(X, y, title)
            c.setFont("Helvetica", 9.5); c.drawRightString(R, y, dates); y -= 14
            for b in bl:
                lines = simpleSplit(b, "Helvetica", 9.5, R - X - 12)
                for i, ln in enumerate(lines):
                    c.setFont("Helvetica", 9.5)
                    if i == 0: c.circle(X + 4, y + 3, 1.5, stroke=0, fill=1)
                    c.drawString(X + 12, y, ln); y -= 12.5
            y -= 4
        y -= 8
    s("PROJECTS", X, "Helvetica-Bold", 12, 8)
    c.line(X, y, R, y); y -= 16
    s("ledgerlint – open-source double-entry ledger invariant checker (Go), 1.1k GitHub stars", X, size=9.5, maxw=R - X)
    c.save()
    truth(stem, "Kevin Okonkwo-Reyes", "kevin.or@fastmail.com", "(206) 555-0134", [
        ("Parcelwise, Inc.", "Senior Software Engineer, Payments Platform", "Jan 2022", None),
        ("Parcelwise, Inc.", "Software Engineer II", "Jun 2019", "Dec 2021"),
        ("Tandem Labs", "Software Engineer", "Jul 2017", "May 2019"),
        ("Cobalt Robotics", "Software Engineering Intern", "Summer 2016", None),
    ])

# ---------------------------------------------------------------- 29 procurement Philippines: platypus, table rows with right-aligned dates
def r29():
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    from reportlab.lib.styles import ParagraphStyle
    stem = "29_procurement_officer_ph_pdf"
    doc = SimpleDocTemplate(path(stem, "pdf"), pagesize=letter, leftMargin=54, rightMargin=54, topMargin=48, bottomMargin=48)
    N = ParagraphStyle("n", fontName="Helvetica", fontSize=10, leading=13)
    B = ParagraphStyle("b", parent=N, fontName="Helvetica-Bold")
    H = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4,
                       textColor=colors.HexColor("#0B4F6C"))
    RT = ParagraphStyle("r", parent=N, alignment=2)
    st = []
    st.append(Paragraph("JOSE MIGUEL D. SANTOS", ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=18, leading=22)))
    st.append(Paragraph("Blk 5 Lot 12 Ilang-Ilang St., Bajada, Davao City 8000", N))
    st.append(Paragraph("Cellphone No.: 0917 555 2290 &nbsp;&nbsp;|&nbsp;&nbsp; Email: josemiguel.santos@yahoo.com.ph", N))
    st.append(Paragraph("CAREER OBJECTIVE", H))
    st.append(Paragraph("To obtain a supervisory position in procurement or supply chain where I can apply my "
                        "experience in strategic sourcing, vendor accreditation and cost control.", N))
    st.append(Paragraph("EMPLOYMENT RECORD", H))
    jobs = [("Procurement Supervisor", "August 2021 – Present", "Mindanao Agri-Foods Corporation, Davao City",
             ["Supervise 4 buyers handling PHP 380M annual spend on packaging, MRO and raw materials",
              "Implemented vendor accreditation and quarterly performance scorecards",
              "Negotiated annual supply contracts, achieving 7% cost savings in 2023"]),
            ("Purchasing Officer", "June 2017 – July 2021", "Cebu Pacific Builders, Inc., Mandaue City",
             ["Canvassed and issued POs for construction materials for 12 concurrent projects",
              "Monitored deliveries and reconciled receiving reports with accounting"]),
            ("Purchasing Assistant", "2015 – 2017", "Visayan Hardware & Construction Supply, Cebu City", [])]
    for title, dates, comp, bl in jobs:
        t = Table([[Paragraph(title, B), Paragraph(dates, RT)], [Paragraph("<i>%s</i>" % comp, N), ""]],
                  colWidths=[doc.width * 0.65, doc.width * 0.35])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        st.append(Spacer(1, 5)); st.append(t)
        if bl:
            st.append(ListFlowable([ListItem(Paragraph(b, N), leftIndent=12) for b in bl], bulletType="bullet",
                                   start="\u2013", leftIndent=12, bulletFontSize=9))
    st.append(Paragraph("EDUCATIONAL BACKGROUND", H))
    ed = Table([[Paragraph("<b>Tertiary</b>", N), Paragraph("Bachelor of Science in Business Administration, Major in "
                "Operations Management – University of San Carlos, Cebu City", N), Paragraph("2015", RT)],
                [Paragraph("<b>Secondary</b>", N), Paragraph("Don Bosco Technical College – Cebu", N), Paragraph("2011", RT)]],
               colWidths=[doc.width * 0.18, doc.width * 0.67, doc.width * 0.15])
    ed.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    st.append(ed)
    st.append(Paragraph("SKILLS", H))
    st.append(Paragraph("SAP MM (purchasing, vendor master), Microsoft Excel (pivot tables), cost analysis, "
                        "negotiation, PhilGEPS procurement, inventory management, Cebuano/Tagalog/English", N))
    st.append(Paragraph("SEMINARS ATTENDED", H))
    st.append(Paragraph("Certified Purchasing Professional (CPP) Training – Purchasing Management Association of the "
                        "Philippines, 2019", N))
    st.append(Paragraph("PERSONAL INFORMATION", H))
    pi = Table([[k, v] for k, v in [("Age:", "31"), ("Date of Birth:", "March 9, 1993"), ("Civil Status:", "Married"),
                                     ("Religion:", "Roman Catholic"), ("Citizenship:", "Filipino")]],
               colWidths=[100, 300])
    pi.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    st.append(pi)
    st.append(Spacer(1, 10))
    st.append(Paragraph("I hereby certify that the above information is true and correct to the best of my knowledge.", N))
    doc.build(st)
    truth(stem, "Jose Miguel D. Santos", "josemiguel.santos@yahoo.com.ph", "0917 555 2290", [
        ("Mindanao Agri-Foods Corporation", "Procurement Supervisor", "August 2021", None),
        ("Cebu Pacific Builders, Inc.", "Purchasing Officer", "June 2017", "July 2021"),
        ("Visayan Hardware & Construction Supply", "Purchasing Assistant", "2015", "2017"),
    ])

# ---------------------------------------------------------------- 30 marketing manager Nigeria: dates before title, Times, centered
def r30():
    stem = "30_marketing_manager_ng_pdf"
    w = W(path(stem, "pdf"), font="Times-Roman", left=60, right=60)
    w.line("FUNMILAYO GRACE ADEYEMI", "Times-Bold", 18, center=True, lead=22)
    w.line("Ikoyi, Lagos, Nigeria  |  +234 812 555 7310  |  funmi.adeyemi@outlook.com", size=11, center=True)
    w.gap(4); w.rule(1.2)
    def sec(t):
        w.gap(8); w.line(t, "Times-Bold", 12.5); w.gap(2)
    sec("PROFESSIONAL PROFILE")
    w.wrap("Brand and marketing leader with 10+ years in FMCG, building household brands across Nigeria and "
           "Ghana. Track record of double-digit share growth, agency management and route-to-market activation.",
           size=11)
    sec("CAREER PROGRESSION")
    jobs = [("2021 \u2013 Present", "Marketing Manager \u2013 Beverages", "Sunrise Foods Nigeria Plc, Lagos",
             ["Lead a team of 5 brand managers and a NGN 4.2bn budget across 3 beverage brands",
              "Relaunched Tropika Malt; volume share up from 11% to 17% in 18 months",
              "Manage creative, media and research agencies (Noah's Ark, Mediacom, Nielsen)"]),
            ("2018 \u2013 2021", "Brand Manager", "Sunrise Foods Nigeria Plc, Lagos",
             ["Owned P&L for Sunrise Cornflakes; drove 23% revenue growth in 2020",
              "Launched 50g sachet SKU for open-market trade"]),
            ("2015 \u2013 2018", "Assistant Brand Manager", "Crestline Consumer Goods Ltd, Ikeja",
             ["Executed consumer promos and sampling in 14 states"]),
            ("2014", "Management Trainee", "Zenith Bank Plc, Lagos", [])]
    for dates, title, comp, bl in jobs:
        w.gap(5)
        w.line(dates, "Times-Italic", 11)
        w.line(title + "  |  " + comp, "Times-Bold", 11)
        for b in bl:
            w.wrap(b, size=11, indent=14, bullet="\u2022")
    sec("EDUCATION")
    w.line("MBA \u2013 Lagos Business School, Pan-Atlantic University, 2019", size=11)
    w.line("B.Sc. Mass Communication (Second Class Upper) \u2013 Covenant University, Ota, 2013", size=11)
    sec("SKILLS")
    w.wrap("Brand strategy \u00b7 consumer insight \u00b7 integrated campaigns \u00b7 trade marketing \u00b7 digital & social "
           "media \u00b7 budget management \u00b7 agency management \u00b7 Nielsen Retail Audit \u00b7 Power BI", size=11)
    sec("PROFESSIONAL MEMBERSHIP")
    w.line("Associate Member, National Institute of Marketing of Nigeria (NIMN)", size=11)
    w.gap(6); w.line("REFEREES: Available on request", "Times-Italic", 11)
    w.save()
    truth(stem, "Funmilayo Grace Adeyemi", "funmi.adeyemi@outlook.com", "+234 812 555 7310", [
        ("Sunrise Foods Nigeria Plc", "Marketing Manager – Beverages", "2021", None),
        ("Sunrise Foods Nigeria Plc", "Brand Manager", "2018", "2021"),
        ("Crestline Consumer Goods Ltd", "Assistant Brand Manager", "2015", "2018"),
        ("Zenith Bank Plc", "Management Trainee", "2014", None),
    ])

for f in (r24, r25, r26, r27, r28, r29, r30):
    f()
print("wrote 7 pdf resumes")

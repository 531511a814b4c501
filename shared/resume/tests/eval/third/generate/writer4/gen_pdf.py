# -*- coding: utf-8 -*-
"""PDF resumes 24-30 (reportlab). Every string drawn is also written to work/NAME.strings.txt,
and the page each recorded paragraph landed on to work/NAME.pages.txt."""
import os
from xml.sax.saxutils import escape
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT, TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                FrameBreak, NextPageTemplate, KeepTogether, HRFlowable, CondPageBreak)
from common import job, write_truth, OUT, WORK

DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVu", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Oblique", DJ + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-BoldOblique", DJ + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif", DJ + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", DJ + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Italic", DJ + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-BoldItalic", DJ + "DejaVuSerif-BoldItalic.ttf"))
pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu-Oblique",
                              boldItalic="DejaVu-BoldOblique")
pdfmetrics.registerFontFamily("DejaVuSerif", normal="DejaVuSerif", bold="DejaVuSerif-Bold",
                              italic="DejaVuSerif-Italic", boldItalic="DejaVuSerif-BoldItalic")


class Rec:
    """Builds paragraphs and remembers the plain text of everything drawn."""

    def __init__(self, base):
        self.base = base
        self.strings = []
        self.pages = []

    def P(self, parts, style, bullet=None):
        if isinstance(parts, str):
            parts = [(parts, "")]
        markup, plain = "", ""
        for text, fmt in parts:
            t = escape(text)
            if isinstance(fmt, dict):
                attrs = " ".join(f'{k}="{v}"' for k, v in fmt.items())
                t = f"<font {attrs}>{t}</font>"
            else:
                if "b" in fmt:
                    t = f"<b>{t}</b>"
                if "i" in fmt:
                    t = f"<i>{t}</i>"
            markup += t
            plain += text
        self.strings.append(plain)
        p = Paragraph(markup, style, bulletText=bullet)
        p._rec = plain
        return p

    def smallcaps(self, text, style, big, small):
        """Simulated small caps: first letter of each word full size, rest uppercase at smaller size."""
        words = []
        for w in text.split(" "):
            if not w:
                continue
            words.append(f'<font size="{big}">{escape(w[0].upper())}</font>'
                         f'<font size="{small}">{escape(w[1:].upper())}</font>')
        self.strings.append(text)
        p = Paragraph(" ".join(words), style)
        p._rec = text
        return p

    def raw(self, text):
        """Record a string drawn directly on the canvas."""
        self.strings.append(text)

    def dump(self):
        with open(os.path.join(WORK, self.base + ".strings.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(self.strings) + "\n")
        with open(os.path.join(WORK, self.base + ".pages.txt"), "w", encoding="utf-8") as f:
            for pg, t in self.pages:
                f.write(f"{pg}\t{t}\n")


class Doc(BaseDocTemplate):
    def __init__(self, filename, rec, **kw):
        super().__init__(filename, **kw)
        self.rec = rec

    def afterFlowable(self, flowable):
        t = getattr(flowable, "_rec", None)
        if t:
            self.rec.pages.append((self.page, t))


def two_col(left, right, width, right_w, valign="BOTTOM", pad=0):
    t = Table([[left, right]], colWidths=[width - right_w, right_w])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), valign), ("LEFTPADDING", (0, 0), (-1, -1), pad),
                           ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def S(name, **kw):
    return ParagraphStyle(name, **kw)


# ------------------------------------------------------------------ 24 management consultant (US) 2 pages
def r24():
    base = "w4_24_mgmtconsultant_pdf"
    rec = Rec(base)
    W, H = LETTER
    M = 0.7 * inch
    doc = Doc(os.path.join(OUT, base + ".pdf"), rec, pagesize=LETTER, leftMargin=M, rightMargin=M,
              topMargin=0.6 * inch, bottomMargin=0.6 * inch, title="Katherine Liu - Resume", author="Katherine Liu")
    fw = W - 2 * M

    def footer(c, d):
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.grey)
        s = f"Katherine Liu  |  Page {d.page} of 2"
        c.drawRightString(W - M, 0.4 * inch, s)
        rec_footer.add(s)

    rec_footer = set()
    doc.addPageTemplates([PageTemplate("all", [Frame(M, 0.6 * inch, fw, H - 1.2 * inch, id="f", leftPadding=0,
                                                         rightPadding=0, topPadding=0, bottomPadding=0)],
                                       onPage=footer)])
    name = S("n", fontName="Helvetica-Bold", fontSize=22, leading=26, alignment=TA_CENTER)
    contact = S("c", fontName="Helvetica", fontSize=9.5, leading=13, alignment=TA_CENTER)
    h = S("h", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=10, spaceAfter=2,
          textColor=colors.HexColor("#0B3D91"))
    body = S("b", fontName="Helvetica", fontSize=10.5, leading=14.2)
    co = S("co", fontName="Helvetica-Bold", fontSize=11, leading=14)
    rt = S("rt", parent=body, alignment=TA_RIGHT)
    ti = S("ti", fontName="Helvetica-Oblique", fontSize=10.8, leading=14.5)
    bl = S("bl", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2.5)
    st = []
    st.append(rec.P('KATHERINE "KATE" LIU', name))
    st.append(rec.P("Chicago, IL 60614  •  (312) 555-0177  •  kate.liu@example.com  •  linkedin.com/in/kateliu-strategy",
                    contact))

    def heading(t):
        st.append(rec.P(t, h))
        st.append(HRFlowable(width="100%", thickness=0.8, color=colors.HexColor("#0B3D91"), spaceAfter=4))

    def employer(c, loc):
        st.append(Spacer(1, 4))
        st.append(two_col(rec.P(c, co), rec.P(loc, rt), fw, 2.0 * inch))

    def role(t, d, bullets):
        st.append(two_col(rec.P(t, ti), rec.P(d, rt), fw, 2.0 * inch))
        for b in bullets:
            st.append(rec.P(b, bl, bullet="•"))

    heading("SUMMARY")
    st.append(rec.P("Strategy and operations consultant with 12 years of experience, including 7 in management "
                    "consulting serving industrial, consumer and private-equity clients. Lead 4–8 person teams "
                    "on growth strategy, operating model redesign and commercial due diligence; known for "
                    "turning analysis into decisions that leadership teams actually implement.", body))
    heading("AREAS OF EXPERTISE")
    for a, b in [("Growth & pricing strategy", "Operating model & organization design"),
                 ("Commercial due diligence (PE)", "Post-merger integration"),
                 ("Cost transformation / ZBB", "Supply chain & network design")]:
        st.append(two_col(rec.P(a, bl, bullet="▸"), rec.P(b, bl, bullet="▸"), fw, fw / 2, valign="TOP"))
    heading("PROFESSIONAL EXPERIENCE")
    employer("Lakeshore Strategy Partners", "Chicago, IL")
    role("Engagement Manager", "Jul 2021 – Present", [
        "Lead day-to-day delivery of 3–4 concurrent engagements ($0.8M–$2.5M fees) for Fortune 500 industrial "
        "and consumer clients; manage teams of 4–8 consultants and analysts.",
        "Operating model redesign for a $6B building-products manufacturer: consolidated 11 business units into "
        "4 divisions and a shared-services center, delivering $85M run-rate SG&A savings.",
        "Pricing transformation for a specialty chemicals company: value-based price corridors and deal desk "
        "governance across 14,000 SKUs, +210 bps gross margin in year one.",
        "Commercial due diligence for PE sponsors on 9 targets (HVAC services, packaging, pet care); "
        "two deals closed, combined EV of $1.9B.",
        "Built the firm's pricing diagnostic toolkit (Alteryx + Tableau), now used on 20+ engagements.",
        "Recruiting lead for Kellogg and Booth; coach 6 consultants through the firm's promotion process."])
    role("Senior Consultant", "Aug 2018 – Jun 2021", [
        "Owned workstreams on growth strategy, M&A integration and cost transformation engagements.",
        "Post-merger integration of two regional food distributors ($3.1B combined revenue): designed the "
        "Integration Management Office, tracked 400+ milestones and $60M of synergies.",
        "Market-entry strategy for a European medical-device maker entering the US ambulatory surgery center "
        "segment; sized a $2.4B addressable market and recommended a distributor-led entry.",
        "Supply-chain network study for a consumer durables client: closed 2 of 7 distribution centers, "
        "$18M annual savings while holding 2-day delivery for 95% of customers.",
        "Zero-based budgeting rollout for a $900M specialty retailer across 240 stores and HQ functions.",
        "Led the COVID-19 demand-scenario model used by three consumer clients for 2020 S&OP planning.",
        "Firm-wide 'Rising Star' award, 2020."])
    employer("Meridian Advisory Group", "Chicago, IL")
    role("Summer Associate", "Summer 2017", [
        "Ten-week internship; built a customer segmentation and churn model for a regional telecom carrier."])
    employer("Great Lakes Manufacturing Co.", "Milwaukee, WI")
    role("Senior Operations Analyst", "Jan 2014 – Jul 2016", [
        "Lean and capacity planning across three plants (machined components, 1,100 employees).",
        "Led a kaizen program that raised OEE from 61% to 74% on the bottleneck line.",
        "Built the S&OP demand model and monthly executive dashboard."])
    role("Operations Analyst", "Jun 2012 – Dec 2013", [
        "Rotational program: production planning, procurement analytics, and quality engineering."])
    heading("EDUCATION")
    st.append(two_col(rec.P([("Kellogg School of Management, Northwestern University", "b")], body),
                      rec.P("Evanston, IL", rt), fw, 2.0 * inch))
    st.append(two_col(rec.P("MBA, Strategy and Operations; Dean's List; Consulting Club VP", ti),
                      rec.P("2018", rt), fw, 2.0 * inch))
    st.append(Spacer(1, 4))
    st.append(two_col(rec.P([("University of Michigan", "b")], body), rec.P("Ann Arbor, MI", rt), fw, 2.0 * inch))
    st.append(two_col(rec.P("B.S.E. Industrial and Operations Engineering, magna cum laude", ti),
                      rec.P("2012", rt), fw, 2.0 * inch))
    heading("SKILLS")
    st.append(rec.P("Financial modeling  •  Market sizing  •  Operating model design  •  Pricing strategy  •  "
                    "Commercial due diligence  •  SQL  •  Tableau  •  Alteryx", body))
    heading("LEADERSHIP & COMMUNITY")
    st.append(rec.P("Board Member, Chicago Youth Robotics League (2019 – present): pro bono strategy and "
                    "fundraising plan that doubled program sites.", bl, bullet="•"))
    st.append(rec.P("Mentor, Forté Foundation MBA Launch (2020 – present).", bl, bullet="•"))
    doc.build(st)
    for s in sorted(rec_footer):
        rec.raw(s)
    rec.dump()
    write_truth(base, "Katherine Liu", "kate.liu@example.com", "(312) 555-0177", [
        job("Lakeshore Strategy Partners", "Engagement Manager", "Jul 2021", None),
        job("Lakeshore Strategy Partners", "Senior Consultant", "Aug 2018", "Jun 2021"),
        job("Meridian Advisory Group", "Summer Associate", "Summer 2017", None),
        job("Great Lakes Manufacturing Co.", "Senior Operations Analyst", "Jan 2014", "Jul 2016"),
        job("Great Lakes Manufacturing Co.", "Operations Analyst", "Jun 2012", "Dec 2013"),
    ], ["Financial modeling", "Market sizing", "Operating model design", "Pricing strategy",
        "Commercial due diligence", "SQL", "Tableau", "Alteryx"])


# ------------------------------------------------------------------ 25 physician (India) small caps, dates left column
def r25():
    base = "w4_25_physician_pdf"
    rec = Rec(base)
    W, H = A4
    M = 18 * mm
    doc = Doc(os.path.join(OUT, base + ".pdf"), rec, pagesize=A4, leftMargin=M, rightMargin=M,
              topMargin=16 * mm, bottomMargin=16 * mm, title="CV - Dr. Kavya Srinivasan")
    fw = W - 2 * M
    doc.addPageTemplates([PageTemplate("all", [Frame(M, 16 * mm, fw, H - 32 * mm, leftPadding=0, rightPadding=0,
                                                         topPadding=0, bottomPadding=0)])])
    F = "DejaVuSerif"
    name = S("n", fontName=F + "-Bold", fontSize=19, leading=23, textColor=colors.HexColor("#5B1A1A"))
    sub = S("s", fontName=F, fontSize=10, leading=13.5)
    h = S("h", fontName=F + "-Bold", fontSize=12, leading=15, spaceBefore=11, spaceAfter=3,
          textColor=colors.HexColor("#5B1A1A"))
    body = S("b", fontName=F, fontSize=9.3, leading=12.6)
    dt = S("d", fontName=F + "-Italic", fontSize=8.8, leading=12.6, textColor=colors.HexColor("#444444"))
    bl = S("bl", parent=body, leftIndent=11, bulletIndent=1, spaceAfter=1)
    DW = 34 * mm
    st = []
    st.append(rec.P("Dr. Kavya Srinivasan", name))
    st.append(rec.P("MBBS, MD (General Medicine)  ·  Consultant Physician  ·  TNMC Reg. No. 98765", sub))
    st.append(rec.P("No. 14, 3rd Cross Street, Besant Nagar, Chennai – 600090  ·  Mobile: +91 94440 55521  ·  "
                    "Email: dr.kavya.srinivasan@example.com", sub))
    st.append(Spacer(1, 2))
    st.append(HRFlowable(width="100%", thickness=1.2, color=colors.HexColor("#5B1A1A")))

    def heading(t):
        st.append(rec.smallcaps(t, h, 12, 9.5))
        st.append(HRFlowable(width="100%", thickness=0.4, color=colors.HexColor("#999999"), spaceAfter=3))

    def row(left, right_flow):
        t = Table([[rec.P(left, dt) if isinstance(left, str) else left, right_flow]], colWidths=[DW, fw - DW])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        st.append(t)

    def role(dates, title, org, bullets):
        d = rec.P(dates, dt)
        flow = [rec.P([(title, "b")], body), rec.P(org, body)]
        flow += [rec.P(b, bl, bullet="•") for b in bullets]
        row(d, flow)

    heading("Professional Summary")
    st.append(rec.P("Consultant physician with 10+ years of clinical experience in internal medicine, including "
                    "three years as senior resident in a 1,800-bed teaching hospital. Special interest in diabetes, "
                    "infectious diseases and critical care. Experienced in teaching undergraduates and running "
                    "outpatient clinics with 80–100 patients per day.", body))
    heading("Clinical Experience")
    role("Aug 2020 – Present", "Consultant Physician",
         "Sundaram Multispeciality Hospital, Chennai (NABH accredited, 350 beds)", [
             "Independent in-patient and out-patient care in the Department of Internal Medicine; 25–30 in-patients.",
             "Co-lead of the hospital antimicrobial stewardship programme; carbapenem use reduced by 22%.",
             "Run a weekly diabetes foot clinic and a hypertension clinic with protocol-based follow-up.",
             "Member, Infection Control Committee and Mortality & Morbidity review panel."])
    role("Jul 2017 – Jul 2020", "Senior Resident",
         "Department of General Medicine, Coromandel Medical College Hospital, Chennai", [
             "Managed medical ICU and high-dependency unit admissions on rotation; night on-call lead.",
             "Handled tropical fevers (dengue, scrub typhus, leptospirosis) and snakebite envenomation.",
             "Taught MBBS students (bedside clinics, case presentations) and supervised junior residents."])
    role("Jun 2014 – Jun 2017", "Postgraduate Junior Resident",
         "Department of General Medicine, Coromandel Medical College Hospital, Chennai", [
             "MD residency with rotations in cardiology, nephrology, neurology and MICU.",
             "Thesis: \"Prevalence of diabetic peripheral neuropathy in newly detected type 2 diabetes\"."])
    role("Apr 2013 – May 2014", "Medical Officer",
         "Primary Health Centre, Walajabad, Kancheepuram District (Tamil Nadu Health Services)", [
             "Out-patient care, antenatal clinics, immunisation and national health programmes (RNTCP, NVBDCP)."])
    role("Mar 2012 – Mar 2013", "House Surgeon (CRRI)",
         "Coromandel Medical College Hospital, Chennai", [
             "Compulsory Rotatory Residential Internship in all major clinical departments."])
    heading("Education")
    row("2017", rec.P([("MD General Medicine", "b"), (" – The Tamil Nadu Dr. M.G.R. Medical University, "
                                                       "Chennai (Coromandel Medical College)", "")], body))
    row("2013", rec.P([("MBBS", "b"), (" – The Tamil Nadu Dr. M.G.R. Medical University, Chennai", "")], body))
    heading("Clinical Skills")
    for s in ["Central venous cannulation", "Lumbar puncture and pleural / ascitic tap",
              "Mechanical ventilation (invasive & NIV)", "Point-of-care ultrasound (POCUS)",
              "Diabetes and hypertension management", "ACLS / BLS (AHA certified)"]:
        st.append(rec.P(s, bl, bullet="•"))
    heading("Publications")
    for s in ["Srinivasan K, Raghavan P. Scrub typhus with multi-organ dysfunction: a case series of 48 "
              "patients. J Assoc Physicians India. 2019;67(8):34–37.",
              "Srinivasan K, et al. Diabetic peripheral neuropathy at diagnosis of type 2 diabetes in South "
              "Indian adults. Indian J Endocrinol Metab. 2018;22(5):601–605.",
              "Kumar A, Srinivasan K. Leptospirosis presenting as pulmonary haemorrhage. BMJ Case Rep. 2018."]:
        st.append(rec.P(s, bl, bullet="•"))
    heading("Conferences & CME")
    for s in ["Oral paper, APICON 2019 (Association of Physicians of India), Kolkata.",
              "Poster, Indian Society of Critical Care Medicine (CRITICARE) 2018, Chennai.",
              "Faculty, CME on Antimicrobial Stewardship, Sundaram Multispeciality Hospital, 2022 and 2023."]:
        st.append(rec.P(s, bl, bullet="•"))
    heading("Memberships")
    st.append(rec.P("Association of Physicians of India (Life Member)  ·  Indian Medical Association  ·  "
                    "Research Society for the Study of Diabetes in India (RSSDI)", body))
    heading("Personal Details")
    for k, v in [("Date of Birth", "04 June 1988"), ("Languages", "English, Tamil, Hindi, Telugu"),
                 ("Marital Status", "Married")]:
        row(k, rec.P(v, body))
    st.append(Spacer(1, 10))
    st.append(rec.P("I hereby declare that the above particulars are true to the best of my knowledge and belief.",
                    body))
    st.append(Spacer(1, 16))
    st.append(two_col(rec.P("Place: Chennai", body), rec.P("(Dr. Kavya Srinivasan)", S("r", parent=body,
                                                                                        alignment=TA_RIGHT)),
                      fw, 60 * mm))
    doc.build(st)
    rec.dump()
    write_truth(base, "Kavya Srinivasan", "dr.kavya.srinivasan@example.com", "+91 94440 55521", [
        job("Sundaram Multispeciality Hospital", "Consultant Physician", "Aug 2020", None),
        job("Coromandel Medical College Hospital", "Senior Resident", "Jul 2017", "Jul 2020"),
        job("Coromandel Medical College Hospital", "Postgraduate Junior Resident", "Jun 2014", "Jun 2017"),
        job("Primary Health Centre", "Medical Officer", "Apr 2013", "May 2014"),
        job("Coromandel Medical College Hospital", "House Surgeon (CRRI)", "Mar 2012", "Mar 2013"),
    ], ["Central venous cannulation", "Lumbar puncture and pleural / ascitic tap",
        "Mechanical ventilation (invasive & NIV)", "Point-of-care ultrasound (POCUS)",
        "Diabetes and hypertension management", "ACLS / BLS (AHA certified)"])


# ------------------------------------------------------------------ sidebar template helper
def sidebar_doc(base, rec, side_w, side_color, pagesize=A4, title=""):
    W, H = pagesize
    doc = Doc(os.path.join(OUT, base + ".pdf"), rec, pagesize=pagesize, leftMargin=0, rightMargin=0,
              topMargin=0, bottomMargin=0, title=title)
    pad = 14

    def first(c, d):
        c.saveState()
        c.setFillColor(side_color)
        c.rect(0, 0, side_w, H, stroke=0, fill=1)
        c.restoreState()

    side = Frame(0, 0, side_w, H, leftPadding=pad, rightPadding=pad, topPadding=28, bottomPadding=20, id="side")
    main = Frame(side_w, 0, W - side_w, H, leftPadding=22, rightPadding=26, topPadding=28, bottomPadding=28,
                 id="main")
    later = Frame(0, 0, W, H, leftPadding=48, rightPadding=48, topPadding=40, bottomPadding=36, id="later")
    doc.addPageTemplates([PageTemplate("first", [side, main], onPage=first),
                          PageTemplate("later", [later])])
    return doc, W - side_w - 48, W - 96


# ------------------------------------------------------------------ 26 cybersecurity analyst (UAE) sidebar
def r26():
    base = "w4_26_cybersecurity_pdf"
    rec = Rec(base)
    SW = 62 * mm
    doc, mw, _ = sidebar_doc(base, rec, SW, colors.HexColor("#10243E"), A4, "Tariq Qureshi CV")
    white = colors.white
    sname = S("sn", fontName="DejaVu-Bold", fontSize=17, leading=21, textColor=white)
    stitle = S("st", fontName="DejaVu", fontSize=9.5, leading=12.5, textColor=colors.HexColor("#7FD1FF"))
    sh = S("sh", fontName="DejaVu-Bold", fontSize=9.5, leading=12, textColor=colors.HexColor("#7FD1FF"),
           spaceBefore=14, spaceAfter=4)
    sb = S("sb", fontName="DejaVu", fontSize=8.5, leading=11.5, textColor=white)
    sbl = S("sbl", parent=sb, leftIndent=9, bulletIndent=0, spaceAfter=1.5)
    h = S("h", fontName="DejaVu-Bold", fontSize=11.5, leading=14, textColor=colors.HexColor("#10243E"),
          spaceBefore=12, spaceAfter=4)
    body = S("b", fontName="DejaVu", fontSize=9, leading=12.2)
    rt = S("rt", fontName="DejaVu", fontSize=8.6, leading=12.2, alignment=TA_RIGHT,
           textColor=colors.HexColor("#555555"))
    ti = S("ti", fontName="DejaVu-Bold", fontSize=9.8, leading=13)
    co = S("co", fontName="DejaVu-Oblique", fontSize=9, leading=12.2, textColor=colors.HexColor("#1F5FA0"))
    bl = S("bl", parent=body, leftIndent=11, bulletIndent=1, spaceAfter=1.5)
    st = [NextPageTemplate("later")]
    st.append(rec.P("TARIQ MAHMOOD QURESHI", sname))
    st.append(Spacer(1, 4))
    st.append(rec.P("Senior Cybersecurity Analyst | SOC & Incident Response", stitle))

    def shead(t):
        st.append(rec.P(t, sh))

    shead("CONTACT")
    for s in ["Dubai, United Arab Emirates", "+971 52 555 0186", "tariq.qureshi@example.com",
              "linkedin.com/in/tariq-qureshi-soc"]:
        st.append(rec.P(s, sb))
    shead("SKILLS")
    for s in ["Splunk ES", "Microsoft Sentinel", "CrowdStrike Falcon", "Threat hunting", "Incident response",
              "MITRE ATT&CK", "Wireshark", "Python scripting", "UAE IA / NESA compliance"]:
        st.append(rec.P(s, sbl, bullet="▪"))
    shead("CERTIFICATIONS")
    for s in ["GIAC GCIH (2022)", "CompTIA CySA+ (2020)", "Certified Ethical Hacker – CEH (2018)",
              "Fortinet NSE 4 (2017)"]:
        st.append(rec.P(s, sbl, bullet="▪"))
    shead("LANGUAGES")
    st.append(rec.P("English – fluent", sb))
    st.append(rec.P("Urdu – native", sb))
    st.append(rec.P("Arabic – basic", sb))
    shead("PERSONAL")
    st.append(rec.P("Nationality: Pakistani", sb))
    st.append(rec.P("UAE Residence Visa (employment)", sb))
    st.append(rec.P("Notice period: 30 days", sb))
    st.append(FrameBreak())

    def heading(t):
        st.append(rec.P(t.upper(), h))
        st.append(HRFlowable(width="100%", thickness=1, color=colors.HexColor("#1F5FA0"), spaceAfter=3))

    def role(title, company, dates, bullets):
        st.append(Spacer(1, 3))
        st.append(two_col(rec.P(title, ti), rec.P(dates, rt), mw, 42 * mm))
        st.append(rec.P(company, co))
        for b in bullets:
            st.append(rec.P(b, bl, bullet="•"))

    heading("Profile")
    st.append(rec.P("Security analyst with 10 years across network security and 24/7 security operations for "
                    "banking, government and telecom clients in the UAE and Pakistan. Hands-on in detection "
                    "engineering, threat hunting and incident response; comfortable briefing CISOs and regulators.",
                    body))
    heading("Experience")
    role("Senior Cybersecurity Analyst", "Falcon Shield Cyber Defense LLC, Dubai", "Oct 2021 – Present", [
        "L3 analyst and shift lead in a managed SOC serving 14 clients (banks, free-zone authorities, retail).",
        "Wrote 120+ Sentinel and Splunk detection rules mapped to MITRE ATT&CK; false positives down 35%.",
        "Led response to a ransomware intrusion at a logistics client; contained within 6 hours, no encryption.",
        "Run monthly threat-hunting sprints and produce threat-intel briefs for client CISOs."])
    role("SOC Analyst (L2)", "Emirates Digital Trust Services, Abu Dhabi", "Feb 2019 – Sep 2021", [
        "Triage and investigation of escalated alerts from QRadar and CrowdStrike for government entities.",
        "Built SOAR playbooks for phishing and malware alerts, cutting mean time to respond from 3h to 40min.",
        "Supported UAE IA (NESA) compliance audits with evidence packs and control mapping."])
    role("Network Security Engineer", "Indus Telecom Services (Pvt.) Ltd., Karachi", "Jul 2015 – Jan 2019", [
        "Managed FortiGate and Palo Alto firewalls, IPS and VPNs for a national telecom backbone.",
        "Performed quarterly vulnerability scans (Nessus) and remediation tracking."])
    role("IT Support Intern", "Indus Telecom Services (Pvt.) Ltd., Karachi", "Jun 2014 – Aug 2014", [
        "Helpdesk tickets, imaging laptops and LAN cabling for the regional office."])
    heading("Education")
    st.append(two_col(rec.P([("BS Computer Science", "b"), (" – FAST National University of Computer and "
                                                             "Emerging Sciences, Karachi", "")], body),
                      rec.P("2015", rt), mw, 18 * mm))
    doc.build(st)
    rec.dump()
    write_truth(base, "Tariq Mahmood Qureshi", "tariq.qureshi@example.com", "+971 52 555 0186", [
        job("Falcon Shield Cyber Defense LLC", "Senior Cybersecurity Analyst", "Oct 2021", None),
        job("Emirates Digital Trust Services", "SOC Analyst (L2)", "Feb 2019", "Sep 2021"),
        job("Indus Telecom Services (Pvt.) Ltd.", "Network Security Engineer", "Jul 2015", "Jan 2019"),
        job("Indus Telecom Services (Pvt.) Ltd.", "IT Support Intern", "Jun 2014", "Aug 2014"),
    ], ["Splunk ES", "Microsoft Sentinel", "CrowdStrike Falcon", "Threat hunting", "Incident response",
        "MITRE ATT&CK", "Wireshark", "Python scripting", "UAE IA / NESA compliance"])


# ------------------------------------------------------------------ 27 personal trainer (AU) all caps, dates right
def r27():
    base = "w4_27_personaltrainer_pdf"
    rec = Rec(base)
    W, H = A4
    M = 20 * mm
    doc = Doc(os.path.join(OUT, base + ".pdf"), rec, pagesize=A4, leftMargin=M, rightMargin=M,
              topMargin=18 * mm, bottomMargin=18 * mm, title="Brodie McKenzie Resume")
    fw = W - 2 * M
    doc.addPageTemplates([PageTemplate("all", [Frame(M, 18 * mm, fw, H - 36 * mm, leftPadding=0, rightPadding=0,
                                                         topPadding=0, bottomPadding=0)])])
    acc = colors.HexColor("#D35400")
    name = S("n", fontName="Helvetica-Bold", fontSize=26, leading=30)
    tag = S("t", fontName="Helvetica", fontSize=11, leading=15, textColor=acc)
    contact = S("c", fontName="Helvetica", fontSize=9, leading=12)
    h = S("h", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=12, spaceAfter=4,
          textColor=acc)
    body = S("b", fontName="Helvetica", fontSize=9.5, leading=13)
    rt = S("rt", fontName="Helvetica-Bold", fontSize=9, leading=13, alignment=TA_RIGHT)
    ti = S("ti", fontName="Helvetica-Bold", fontSize=10, leading=13)
    bl = S("bl", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=1)
    st = []
    st.append(rec.P("BRODIE McKENZIE", name))
    st.append(rec.P("Personal Trainer & Strength Coach", tag))
    st.append(Spacer(1, 3))
    st.append(rec.P("Burleigh Heads QLD 4220  |  0491 570 737  |  brodie.mckenzie@example.com  |  "
                    "Instagram @brodie.strength", contact))

    def heading(t):
        st.append(rec.P(t, h))
        st.append(HRFlowable(width="100%", thickness=2, color=acc, spaceAfter=4))

    def role(title, company, dates, bullets):
        st.append(Spacer(1, 3))
        st.append(two_col(rec.P([(title, ""), ("  —  " + company, {"name": "Helvetica", "color": "#333333"})], ti),
                          rec.P(dates, rt), fw, 45 * mm))
        for b in bullets:
            st.append(rec.P(b, bl, bullet="–"))

    heading("ABOUT ME")
    st.append(rec.P("Strength coach and PT with 9+ years on the gym floor. I help everyday people, post-rehab "
                    "clients and local athletes get strong, move well and stick with it. Booked-out diary, "
                    "85% client retention at 12 months.", body))
    heading("WORK HISTORY")
    role("Senior Personal Trainer", "Ironbark Strength & Conditioning", "Mar 2020 – Present", [
        "Coach 28–32 PT sessions a week plus small-group strength classes.",
        "Run the 12-week 'Strong Start' program: 140 members through it, 60% converted to memberships.",
        "Work with local physios on return-to-training plans after ACL and shoulder surgery.",
        "Mentor and assess new trainers completing their Cert IV placement."])
    role("Personal Trainer", "Coastal Fitness Club", "Jan 2017 – Feb 2020", [
        "Built a client base from zero to 45 regular clients in 10 months.",
        "Top PT for sales in Queensland region, 2018 and 2019."])
    role("Gym Floor Instructor", "Coastal Fitness Club", "Jun 2015 – Dec 2016", [
        "Inductions, program cards, equipment safety and member check-ins."])
    role("Strength & Conditioning Intern", "Surf Coast Rugby Union Club", "Nov 2014 – Feb 2015", [
        "Pre-season testing, warm-ups and gym sessions for the senior men's squad."])
    heading("SKILLS")
    for s in ["Program design", "Olympic lifting coaching", "Post-rehab training", "Nutrition coaching",
              "Group HIIT", "Client retention & sales", "Trainerize"]:
        st.append(rec.P(s, bl, bullet="–"))
    heading("QUALIFICATIONS")
    for q, y in [("Bachelor of Exercise Science – Griffith University", "2016"),
                 ("Certificate IV in Fitness (SIS40221)", "2015"),
                 ("ASCA Level 1 Strength & Conditioning Coach", "2017"),
                 ("Weightlifting Australia Club Coach", "2019"),
                 ("HLTAID011 Provide First Aid / CPR", "2024"),
                 ("Blue Card (Working with Children)", "current")]:
        st.append(two_col(rec.P(q, body), rec.P(y, rt), fw, 30 * mm))
    heading("REFEREES")
    st.append(rec.P("Available on request.", body))
    doc.build(st)
    rec.dump()
    write_truth(base, "Brodie McKenzie", "brodie.mckenzie@example.com", "0491 570 737", [
        job("Ironbark Strength & Conditioning", "Senior Personal Trainer", "Mar 2020", None),
        job("Coastal Fitness Club", "Personal Trainer", "Jan 2017", "Feb 2020"),
        job("Coastal Fitness Club", "Gym Floor Instructor", "Jun 2015", "Dec 2016"),
        job("Surf Coast Rugby Union Club", "Strength & Conditioning Intern", "Nov 2014", "Feb 2015"),
    ], ["Program design", "Olympic lifting coaching", "Post-rehab training", "Nutrition coaching", "Group HIIT",
        "Client retention & sales", "Trainerize"])


# ------------------------------------------------------------------ 28 customs broker (MX) dates left column
def r28():
    base = "w4_28_customsbroker_pdf"
    rec = Rec(base)
    W, H = LETTER
    M = 0.75 * inch
    doc = Doc(os.path.join(OUT, base + ".pdf"), rec, pagesize=LETTER, leftMargin=M, rightMargin=M,
              topMargin=0.5 * inch, bottomMargin=0.5 * inch, title="Alejandra Morales Trevino - CV")
    fw = W - 2 * M
    doc.addPageTemplates([PageTemplate("all", [Frame(M, 0.5 * inch, fw, H - 1.0 * inch, leftPadding=0,
                                                         rightPadding=0, topPadding=0, bottomPadding=0)])])
    band = colors.HexColor("#0E5E4E")
    F = "DejaVuSerif"
    name = S("n", fontName=F + "-Bold", fontSize=18, leading=22, alignment=TA_LEFT)
    sub = S("s", fontName=F + "-Italic", fontSize=10.5, leading=14, textColor=band)
    contact = S("c", fontName=F, fontSize=9, leading=12)
    hs = S("h", fontName=F + "-Bold", fontSize=10, leading=13, textColor=colors.white)
    body = S("b", fontName=F, fontSize=9, leading=11.3)
    dt = S("d", fontName=F + "-Bold", fontSize=8.6, leading=11.3, textColor=band)
    bl = S("bl", parent=body, leftIndent=10, bulletIndent=0, spaceAfter=1)
    DW = 1.35 * inch
    st = []
    st.append(rec.P("Alejandra Guadalupe Morales Treviño", name))
    st.append(rec.P("Licensed Customs Broker (Patente Aduanal No. 3XXX) · Mexico–US cross-border trade", sub))
    st.append(rec.P("Nuevo Laredo, Tamaulipas, México  ·  Tel. +52 867 555 0193  ·  alejandra.morales@example.com  ·  "
                    "US visa B1/B2 · FAST/SENTRI", contact))
    st.append(Spacer(1, 6))

    def heading(t):
        tb = Table([[rec.P(t.upper(), hs)]], colWidths=[fw])
        tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), band), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        st.append(Spacer(1, 6))
        st.append(tb)
        st.append(Spacer(1, 3))

    def row(left, flow):
        t = Table([[rec.P(left, dt) if isinstance(left, str) else left, flow]], colWidths=[DW, fw - DW])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                               ("LINEAFTER", (0, 0), (0, 0), 0.6, band), ("LEFTPADDING", (1, 0), (1, 0), 8)]))
        st.append(t)

    def role(dates, title, company, bullets):
        d = rec.P(dates, dt)
        flow = [rec.P([(title, "b")], body), rec.P([(company, "i")], body)]
        flow += [rec.P(b, bl, bullet="›") for b in bullets]
        row(d, flow)

    heading("Professional Profile")
    st.append(rec.P("Mexican customs broker (Agente Aduanal) with 18 years in import/export operations at the "
                    "Nuevo Laredo–Laredo crossing, the busiest land port in the Americas. Specialist in IMMEX "
                    "maquiladora programs, tariff classification and USMCA compliance for automotive and "
                    "electronics manufacturers. Fully bilingual Spanish/English (TOEFL iBT 108).", body))
    heading("Professional Experience")
    role("Jan 2018 – Present", "Licensed Customs Broker (Agente Aduanal)",
         "Morales Treviño Agencia Aduanal, S.C. — Nuevo Laredo, Tamps.", [
             "Founded and run a customs brokerage with 22 staff; 9,000+ pedimentos per year for 60 clients.",
             "Legal responsibility before SAT/ANAM for classification, valuation and origin declarations.",
             "Zero-penalty record in 4 ANAM audits; secured OEA (Authorized Economic Operator) certification "
             "for the agency in 2021.",
             "Partner with Laredo, TX brokers for door-to-door clearance on both sides of the border."])
    role("Jan 2013 – Dec 2017", "Customs Operations Manager",
         "Frontera Norte Logistics, S.A. de C.V. — Nuevo Laredo, Tamps.", [
             "Managed 3 clearance teams (35 people) handling 1,200 trucks a day for Tier-1 automotive suppliers.",
             "Implemented Annex 24 inventory control and IMMEX reporting for 14 maquiladora clients."])
    role("Jul 2009 – Dec 2012", "Tariff Classification Specialist",
         "Frontera Norte Logistics, S.A. de C.V. — Nuevo Laredo, Tamps.", [
             "Classified 15,000+ part numbers under TIGIE and HTSUS; prepared NAFTA certificates of origin."])
    role("2006 – 2009", "Import/Export Clerk", "Grupo Industrial Laredo, S.A. de C.V. — Nuevo Laredo, Tamps.", [
             "Commercial invoices, packing lists and pedimento data capture for a steel distributor."])
    heading("Education & Licences")
    row("2016", rec.P([("Patente de Agente Aduanal", "b"), (" – granted by SHCP/SAT after national examination", "")],
                      body))
    row("2008", rec.P([("Maestría en Comercio Internacional", "b"), (" (MA International Trade) – Universidad "
                                                                     "Autónoma de Tamaulipas", "")], body))
    row("2005", rec.P([("Licenciatura en Relaciones Internacionales", "b"), (" – Instituto Tecnológico y de "
                                                                            "Estudios Superiores de Monterrey", "")],
                      body))
    heading("Skills")
    for s in ["HTS / TIGIE tariff classification", "IMMEX & Annex 24 inventory control",
              "USMCA (T-MEC) rules of origin", "Pedimento preparation (SAAI)", "VUCEM",
              "C-TPAT / OEA certification"]:
        st.append(rec.P(s, bl, bullet="›"))
    doc.build(st)
    rec.dump()
    write_truth(base, "Alejandra Guadalupe Morales Treviño", "alejandra.morales@example.com", "+52 867 555 0193", [
        job("Morales Treviño Agencia Aduanal, S.C.", "Licensed Customs Broker (Agente Aduanal)", "Jan 2018", None),
        job("Frontera Norte Logistics, S.A. de C.V.", "Customs Operations Manager", "Jan 2013", "Dec 2017"),
        job("Frontera Norte Logistics, S.A. de C.V.", "Tariff Classification Specialist", "Jul 2009", "Dec 2012"),
        job("Grupo Industrial Laredo, S.A. de C.V.", "Import/Export Clerk", "2006", "2009"),
    ], ["HTS / TIGIE tariff classification", "IMMEX & Annex 24 inventory control", "USMCA (T-MEC) rules of origin",
        "Pedimento preparation (SAAI)", "VUCEM", "C-TPAT / OEA certification"])


# ------------------------------------------------------------------ 29 investment banking (UK) dense one page
def r29():
    base = "w4_29_investmentbanking_pdf"
    rec = Rec(base)
    W, H = A4
    M = 15 * mm
    doc = Doc(os.path.join(OUT, base + ".pdf"), rec, pagesize=A4, leftMargin=M, rightMargin=M,
              topMargin=13 * mm, bottomMargin=13 * mm, title="Oliver Whitcombe CV")
    fw = W - 2 * M
    doc.addPageTemplates([PageTemplate("all", [Frame(M, 13 * mm, fw, H - 26 * mm, leftPadding=0, rightPadding=0,
                                                         topPadding=0, bottomPadding=0)])])
    name = S("n", fontName="Times-Bold", fontSize=16, leading=19, alignment=TA_CENTER)
    contact = S("c", fontName="Times-Roman", fontSize=9.5, leading=12, alignment=TA_CENTER)
    h = S("h", fontName="Times-Bold", fontSize=10.5, leading=12.5, spaceBefore=7, spaceAfter=1)
    body = S("b", fontName="Times-Roman", fontSize=9.8, leading=11.8)
    rt = S("rt", parent=body, alignment=TA_RIGHT)
    rtb = S("rtb", fontName="Times-Bold", fontSize=9.8, leading=11.8, alignment=TA_RIGHT)
    bl = S("bl", parent=body, leftIndent=10, bulletIndent=1, spaceAfter=0.5)
    st = []
    st.append(rec.P("OLIVER JAMES WHITCOMBE", name))
    st.append(rec.P("London SW11  |  +44 7700 900123  |  oliver.whitcombe@example.com", contact))
    st.append(Spacer(1, 2))

    def heading(t):
        st.append(rec.smallcaps(t, h, 10.5, 8.5))
        st.append(HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceAfter=2))

    def line(left, right, lstyle=body, rstyle=rt, rw=48 * mm):
        st.append(two_col(rec.P(left, lstyle) if isinstance(left, (str, list)) else left,
                          rec.P(right, rstyle), fw, rw))

    heading("Experience")
    line([("Harcourt Lane & Co.", "b")], "London", rstyle=rtb)
    line([("Investment Banking Associate", "i"), (" – Industrials M&A", "")], "Sep 2021 – Present")
    for b in ["Day-to-day execution lead on sell-side and buy-side M&A for UK and European industrials and "
              "business-services clients; manage teams of 2–3 analysts.",
              "Selected transactions: £1.2bn sale of a UK aerospace components group to a US strategic buyer; "
              "€640m take-private of a listed German testing & inspection business (Rule 2.7 announcement, "
              "scheme of arrangement); £310m carve-out of a building-materials division to private equity.",
              "Own the valuation and merger models, management presentations and information memoranda; "
              "coordinate due diligence with legal, accounting and tax advisers.",
              "Ranked top-bucket Associate in 2023 review; run the analyst training programme for the group."]:
        st.append(rec.P(b, bl, bullet="•"))
    line([("Investment Banking Analyst", "i"), (" – Industrials & Business Services", "")], "Jul 2018 – Aug 2021")
    for b in ["Executed 9 closed transactions with aggregate value of £4.6bn, including two IPOs on the LSE "
              "Main Market and three sponsor-backed disposals.",
              "Built DCF, LBO and accretion/dilution models; prepared pitch books and fairness opinion analysis.",
              "Seconded for 6 months (2020) to the Leveraged Finance desk during the COVID-19 rescue financings."]:
        st.append(rec.P(b, bl, bullet="•"))
    st.append(Spacer(1, 3))
    line([("Aldgate Capital Partners", "b")], "London", rstyle=rtb)
    line([("Summer Analyst", "i"), (" – Mid-market Advisory", "")], "Jun 2017 – Aug 2017")
    for b in ["Ten-week internship; comparable-company and precedent-transaction analysis for two live mandates. "
              "Received return offer."]:
        st.append(rec.P(b, bl, bullet="•"))
    heading("Education")
    line([("London School of Economics and Political Science", "b")], "2015 – 2018", rstyle=rtb)
    line("BSc Economics – First Class Honours. Dissertation: 'Premia in UK public-to-private transactions, "
         "2000–2016'", "London")
    st.append(Spacer(1, 3))
    line([("King's College School, Wimbledon", "b")], "2008 – 2015", rstyle=rtb)
    line("A-Levels: Mathematics (A*), Further Mathematics (A*), Economics (A*), French (A)", "London")
    heading("Qualifications")
    st.append(rec.P("CFA Charterholder (2022)  |  FCA Certified Person (CF30)  |  Investment Management "
                    "Certificate (IMC), 2018", body))
    heading("Skills")
    st.append(rec.P("Financial modelling (DCF, LBO, merger models); FactSet; Capital IQ; Bloomberg; Excel (Macabacus)",
                    body))
    heading("Languages & Interests")
    st.append(rec.P("Languages: French (fluent), German (conversational). Interests: rowing (Thames RC, "
                    "Henley Royal Regatta 2019), long-distance cycling (London–Paris charity ride 2022), "
                    "chess.", body))
    doc.build(st)
    rec.dump()
    write_truth(base, "Oliver James Whitcombe", "oliver.whitcombe@example.com", "+44 7700 900123", [
        job("Harcourt Lane & Co.", "Investment Banking Associate", "Sep 2021", None),
        job("Harcourt Lane & Co.", "Investment Banking Analyst", "Jul 2018", "Aug 2021"),
        job("Aldgate Capital Partners", "Summer Analyst", "Jun 2017", "Aug 2017"),
    ], ["Financial modelling (DCF, LBO, merger models)", "FactSet", "Capital IQ", "Bloomberg", "Excel (Macabacus)"])


# ------------------------------------------------------------------ 30 biomedical technologist (Kenya) 2 pages, sidebar p1
def r30():
    base = "w4_30_biomedicaltech_pdf"
    rec = Rec(base)
    SW = 64 * mm
    doc, mw, lw = sidebar_doc(base, rec, SW, colors.HexColor("#E8F1EC"), A4, "Grace Mwangi CV")
    g = colors.HexColor("#1E6B45")
    sname = S("sn", fontName="Helvetica-Bold", fontSize=18, leading=22, textColor=g)
    sh = S("sh", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=g, spaceBefore=14, spaceAfter=4)
    sb = S("sb", fontName="Helvetica", fontSize=8.8, leading=12)
    sbl = S("sbl", parent=sb, leftIndent=9, bulletIndent=0, spaceAfter=2)
    h = S("h", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=g, spaceBefore=12, spaceAfter=2)
    body = S("b", fontName="Helvetica", fontSize=9.5, leading=13)
    ti = S("ti", fontName="Helvetica-Bold", fontSize=10.2, leading=13.5)
    co = S("co", fontName="Helvetica", fontSize=9.5, leading=13, textColor=colors.HexColor("#333333"))
    dt = S("dt", fontName="Helvetica-Oblique", fontSize=9, leading=12, textColor=colors.HexColor("#666666"))
    bl = S("bl", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2)
    st = [NextPageTemplate("later")]
    st.append(rec.P("GRACE WANJIRU MWANGI", sname))
    st.append(Spacer(1, 4))
    st.append(rec.P("Biomedical Engineering Technologist", S("x", parent=sb, fontName="Helvetica-Oblique",
                                                             fontSize=10, leading=13)))

    def shead(t):
        st.append(rec.P(t, sh))

    shead("CONTACT")
    for s in ["P.O. Box 45120-00100, Nairobi", "Mobile: +254 733 555 201", "Email: grace.mwangi@example.com"]:
        st.append(rec.P(s, sb))
    shead("REGISTRATION")
    st.append(rec.P("Engineering Technology Registration Board (ETRB) – Registered Technologist, No. ETRB/T/01234",
                    sb))
    shead("KEY SKILLS")
    for s in ["Preventive maintenance planning", "Calibration and electrical safety testing (Fluke ESA615)",
              "Anaesthesia machines and ventilators", "Patient monitors and defibrillators",
              "Electrosurgical units", "Infant incubators and phototherapy", "CMMS (Medusa)"]:
        st.append(rec.P(s, sbl, bullet="•"))
    shead("LANGUAGES")
    st.append(rec.P("English – fluent", sb))
    st.append(rec.P("Kiswahili – fluent", sb))
    st.append(rec.P("Kikuyu – native", sb))
    shead("PERSONAL DETAILS")
    st.append(rec.P("Date of birth: 11 February 1990", sb))
    st.append(rec.P("Nationality: Kenyan", sb))
    st.append(rec.P("ID No.: available on request", sb))
    st.append(FrameBreak())

    def heading(t):
        st.append(rec.P(t, h))
        st.append(HRFlowable(width="100%", thickness=1.2, color=g, spaceAfter=4))

    def role(title, company, dates, bullets):
        st.append(Spacer(1, 4))
        head = [rec.P(title, ti), rec.P(company, co), rec.P(dates, dt)]
        items = [rec.P(b, bl, bullet="•") for b in bullets]
        st.append(KeepTogether(head + items[:1]))
        st.extend(items[1:])

    heading("PROFESSIONAL SUMMARY")
    st.append(rec.P("Biomedical engineering technologist with over ten years maintaining critical-care, theatre and "
                    "diagnostic equipment in public and private hospitals in Kenya, plus three years as a field "
                    "service engineer for a regional distributor. Experienced in building preventive maintenance "
                    "programmes, managing service contracts and training clinical users.", body))
    heading("KEY ACHIEVEMENTS")
    for a in ["Planned preventive maintenance completion raised from 54% to 91% across 3,100 devices.",
              "Commissioned a 40-bed COVID-19 ICU in 19 days (ventilators, monitors, oxygen manifolds).",
              "Saved KES 14 million a year by bringing infusion-pump and monitor servicing in-house.",
              "Trained 300+ nurses and clinical officers on safe use of critical-care equipment."]:
        st.append(rec.P(a, bl, bullet="✓" if False else "•"))
    heading("WORK EXPERIENCE")
    role("Senior Biomedical Engineering Technologist", "Nairobi West Referral Hospital, Nairobi",
         "January 2020 – to date", [
             "Head the biomedical engineering unit (6 technologists, 2 interns) for a 420-bed referral hospital "
             "with 3,100 medical devices on inventory.",
             "Raised planned preventive maintenance completion from 54% to 91% in two years by rolling out the "
             "Medusa CMMS and a risk-based PPM schedule.",
             "Led installation and commissioning of 24 ICU ventilators and 60 patient monitors during the "
             "COVID-19 ICU expansion (2020–2021).",
             "Evaluate tenders and technical specifications for new equipment; sit on the hospital procurement "
             "technical committee.",
             "Manage service-level agreements with OEMs for CT, MRI and linear accelerator equipment.",
             "Deliver quarterly user training on safe use of infusion pumps, defibrillators and electrosurgical "
             "units to 300+ nurses and clinical officers.",
             "Coordinate with the Kenya Nuclear Regulatory Authority on radiation equipment licensing.",
             "Prepared the department for KENAS ISO 15189 laboratory accreditation (equipment calibration records)."])
    role("Biomedical Engineering Technician", "Nairobi West Referral Hospital, Nairobi",
         "March 2016 – December 2019", [
             "Corrective and preventive maintenance of theatre, ICU, maternity and laboratory equipment.",
             "Cut ventilator downtime by 40% by stocking critical spares and training night-shift technicians.",
             "Performed electrical safety testing on 1,800 devices per year using Fluke ESA615 and Impulse 7000.",
             "Maintained the equipment inventory and condemned obsolete devices per national guidelines."])
    role("Field Service Engineer", "Medequip East Africa Ltd, Nairobi", "June 2013 – February 2016", [
             "Installed and serviced anaesthesia machines, patient monitors and sterilisers at 70+ client "
             "facilities across Kenya, Uganda and Tanzania.",
             "Completed manufacturer training (Mindray, Dräger) and handled warranty repairs.",
             "Supported tender demonstrations and user training for new installations.",
             "Met a 48-hour response target on 96% of service calls across the region."])
    role("Industrial Attachment Trainee", "Rift Valley Provincial General Hospital, Nakuru",
         "May 2012 – August 2012", [
             "Three-month attachment in the medical engineering department during diploma studies."])
    heading("EDUCATION")
    for q in ["BSc Biomedical Engineering (part-time), Kenyatta University — 2019",
              "Diploma in Medical Engineering, Kenya Medical Training College (KMTC), Nairobi — 2012",
              "KCSE, Kenya High School — 2008 (Mean grade B+)"]:
        st.append(rec.P(q, bl, bullet="•"))
    heading("PROFESSIONAL DEVELOPMENT")
    for q in ["WHO Medical Devices Management short course, 2021",
              "Dräger Evita V500 / V300 service training, Lübeck, 2019",
              "Project Management Fundamentals, Kenya Institute of Management, 2018"]:
        st.append(rec.P(q, bl, bullet="•"))
    heading("REFEREES")
    for r in ["Eng. Peter Otieno – Head of Engineering Services, Nairobi West Referral Hospital – +254 722 555 310",
              "Dr. Mercy Achieng – Head of Critical Care, Nairobi West Referral Hospital – +254 711 555 482",
              "Mr. Samuel Kiprono – Service Manager, Medequip East Africa Ltd – +254 720 555 927"]:
        st.append(rec.P(r, bl, bullet="•"))
    doc.build(st)
    rec.dump()
    write_truth(base, "Grace Wanjiru Mwangi", "grace.mwangi@example.com", "+254 733 555 201", [
        job("Nairobi West Referral Hospital", "Senior Biomedical Engineering Technologist", "January 2020", None),
        job("Nairobi West Referral Hospital", "Biomedical Engineering Technician", "March 2016", "December 2019"),
        job("Medequip East Africa Ltd", "Field Service Engineer", "June 2013", "February 2016"),
        job("Rift Valley Provincial General Hospital", "Industrial Attachment Trainee", "May 2012", "August 2012"),
    ], ["Preventive maintenance planning", "Calibration and electrical safety testing (Fluke ESA615)",
        "Anaesthesia machines and ventilators", "Patient monitors and defibrillators", "Electrosurgical units",
        "Infant incubators and phototherapy", "CMMS (Medusa)"])


def main():
    for f in (r24, r25, r26, r27, r28, r29, r30):
        f()


if __name__ == "__main__":
    main()

# Generates the 7 DOCX resumes (w9_17 .. w9_23) and their truth files.
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml
from common import job, write_truth, OUT

# ------------------------------------------------------------------ helpers

def base_doc(font="Calibri", size=10.5, margins_cm=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)   # A4
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm)
    return d


def para(container, text="", bold=False, italic=False, size=None, color=None,
         align=None, style=None, space_after=None, space_before=None, font=None, caps=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size, color=color, font=font, caps=caps)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def add_run(p, text, bold=False, italic=False, size=None, color=None, font=None, caps=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    if caps:
        r.font.all_caps = True
    return r


def first_para(cell, text="", **kw):
    """Use the empty paragraph a new cell already has."""
    p = cell.paragraphs[0]
    if text:
        add_run(p, text, **kw)
    return p


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def bottom_rule(p, color="808080", sz="6"):
    pPr = p._p.get_or_add_pPr()
    pb = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    bt.set(qn("w:val"), "single")
    bt.set(qn("w:sz"), sz)
    bt.set(qn("w:space"), "1")
    bt.set(qn("w:color"), color)
    pb.append(bt)
    pPr.append(pb)


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def save(d, base):
    d.save(os.path.join(OUT, base + ".docx"))


R = []

# ------------------------------------------------------------------ 17 notary clerk, Cameroon
# Layout: contact details in the page header; experience in a bordered 2-column grid table.
def build_17(base):
    d = base_doc("Cambria", 10.5)
    hdr = d.sections[0].header
    hp = hdr.paragraphs[0]
    add_run(hp, "Jean-Pierre MBARGA ESSOMBA", bold=True, size=16, color="1F3864")
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(hdr, "BP 12 555 Douala-Bonanjo, Cameroon  |  Tel: +237 6 77 55 42 18  |  jp.mbarga@example.cm",
         size=9, align=WD_ALIGN_PARAGRAPH.CENTER)

    p = para(d, "NOTARY CLERK — CONVEYANCING & COMPANY FORMALITIES", bold=True, size=12,
             align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    para(d, "PROFILE", bold=True, color="1F3864", space_before=6)
    para(d, "Bilingual (French/English) notary clerk with ten years in a busy Douala notarial office. "
            "I prepare deeds of sale, mortgages and company statutes under OHADA law, follow land-title "
            "files through the Land Registry (Conservation Foncière) and handle registration with the tax "
            "office. Holder of the Certificate of Aptitude for Notary Clerks (CAPCN).", space_after=6)

    para(d, "PROFESSIONAL EXPERIENCE", bold=True, color="1F3864", space_before=6)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [
        ("January 2019 – Present", "Étude Notariale Ngo Nyemb", "Douala-Bonanjo",
         "Principal Clerk (Premier Clerc)",
         ["Supervise 5 clerks and 2 secretaries; check all deeds before the Notary signs",
          "Draft sales, mortgages, donations, wills and company statutes (SARL, SA, SAS)",
          "Follow up land titles: immatriculation, morcellement, mutation",
          "Calculate registration fees and stamp duties; liaise with the tax office"]),
        ("March 2015 – December 2018", "Étude Notariale Ngo Nyemb", "Douala-Bonanjo",
         "Notary Clerk (Clerc de notaire)",
         ["Prepared about 300 deeds per year, mostly property sales and loan securities",
          "Received clients, collected documents and opened files"]),
        ("January 2014 – February 2015", "Société Immobilière du Littoral (SIL)", "Douala",
         "Land Title Assistant",
         ["Compiled land-title applications for a 420-plot housing estate at Yassa"]),
        ("July 2013 – December 2013", "Cabinet Fotso & Associés", "Yaoundé",
         "Legal Intern",
         ["Research on OHADA Uniform Acts; filing at the Commercial Registry (RCCM)"]),
    ]
    for dates, emp, town, title, duties in rows:
        c1, c2 = t.add_row().cells
        first_para(c1, dates, bold=True, size=9.5)
        p = first_para(c2)
        add_run(p, emp, bold=True)
        add_run(p, ", " + town)
        para(c2, title, italic=True)
        for du in duties:
            para(c2, du, style="List Bullet", size=9.5)
    col_widths(t, [4.2, 12.8])

    para(d, "EDUCATION", bold=True, color="1F3864", space_before=10)
    t2 = d.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for y, txt in [("2014", "Certificate of Aptitude for Notary Clerks (CAPCN) – Chambre Nationale des Notaires du Cameroun"),
                   ("2013", "Master 1 in Private Law (Droit privé fondamental) – University of Douala"),
                   ("2009", "Baccalauréat A4 – Lycée Joss, Douala")]:
        a, b = t2.add_row().cells
        first_para(a, y, bold=True)
        first_para(b, txt)
    col_widths(t2, [4.2, 12.8])

    para(d, "SKILLS", bold=True, color="1F3864", space_before=10)
    skills = ["Drafting of notarial deeds (sales, mortgages, company statutes)",
              "Land title procedures (immatriculation, morcellement)",
              "OHADA company law formalities",
              "Registration and stamp duty calculation",
              "GenApi iNot and MS Office",
              "Client reception and file management"]
    for s in skills:
        para(d, s, style="List Bullet")

    para(d, "LANGUAGES", bold=True, color="1F3864", space_before=10)
    para(d, "French: mother tongue  •  English: fluent (bilingual secondary certificate)  •  Ewondo: spoken")
    para(d, "INTERESTS", bold=True, color="1F3864", space_before=10)
    para(d, "Football (amateur league referee), choir of the Cathédrale Saints-Pierre-et-Paul.")
    save(d, base)
    return dict(
        name="Jean-Pierre Mbarga Essomba", email="jp.mbarga@example.cm", phone="+237 6 77 55 42 18",
        experience=[job(e, ti, dt.split(" – ")[0], None if dt.endswith("Present") else dt.split(" – ")[1])
                    for dt, e, _, ti, _ in rows],
        skills=skills)

R.append(("w9_17_notary_clerk_docx", build_17))

# ------------------------------------------------------------------ 18 caregiver, Philippines
# Layout: plain paragraphs with left tab stops ("Label<TAB>:<TAB>value"), certification at the end.
def build_18(base):
    d = base_doc("Arial", 10.5, 2.2)

    def kv(label, value, bold_value=False):
        p = d.add_paragraph()
        ts = p.paragraph_format.tab_stops
        ts.add_tab_stop(Cm(4.0))
        ts.add_tab_stop(Cm(4.5))
        add_run(p, label + "\t:\t")
        add_run(p, value, bold=bold_value)
        p.paragraph_format.space_after = Pt(0)
        return p

    def heading(text):
        p = para(d, text, bold=True, size=11, space_before=10, space_after=3)
        bottom_rule(p, "000000", "8")

    para(d, "MARICEL D. VILLANUEVA", bold=True, size=18, space_after=0)
    para(d, "Blk 7 Lot 22 Villa Verde Subd., Brgy. San Isidro, Cainta, Rizal 1900", space_after=0)
    para(d, "Contact No.: +63 917 555 2864", space_after=0)
    para(d, "E-mail: maricel.villanueva@example.ph", space_after=6)

    heading("OBJECTIVE")
    para(d, "To obtain a position as Caregiver where I can use my six years of experience in elderly care "
            "abroad and my TESDA training to give safe and compassionate care to residents.")

    heading("WORK EXPERIENCE")
    jobs = [
        ("Caregiver", "Sunshine Long-Term Care Center", "Beitun District, Taichung City, Taiwan",
         "June 2018 – May 2024",
         ["Provided total care to 8–10 bedridden and dementia residents per shift",
          "Assisted with bathing, feeding (including NGT feeding), toileting and turning every 2 hours",
          "Monitored vital signs and blood sugar; reported changes to the charge nurse",
          "Accompanied residents to hospital check-ups; used basic Mandarin with families"]),
        ("Caregiver / Nursing Aide", "Golden Years Home for the Aged", "Cubao, Quezon City",
         "August 2015 – March 2018",
         ["Assisted 30 elderly residents with activities of daily living",
          "Prepared soft and diabetic diets with the kitchen staff",
          "Led morning exercise and simple recreational activities"]),
        ("Saleslady", "Starmall Department Store", "Shaw Blvd., Mandaluyong City",
         "April 2013 – June 2015",
         ["Assisted customers in the ladies' wear section; inventory and cashiering relief"]),
    ]
    for pos, comp, addr, dates, duties in jobs:
        kv("Position", pos, bold_value=True)
        kv("Company", comp)
        kv("Address", addr)
        kv("Inclusive Dates", dates)
        para(d, "Duties and Responsibilities:", italic=True, space_before=2, space_after=0)
        for du in duties:
            para(d, du, style="List Bullet", space_after=0)
        para(d, "", space_after=4)

    heading("SKILLS")
    skills = ["Assisting with activities of daily living (ADL)",
              "Vital signs and blood sugar monitoring",
              "Dementia and stroke patient care",
              "Safe patient transfer and lifting",
              "Basic Mandarin (TOCFL A2)",
              "Meal preparation for special diets"]
    for s in skills:
        para(d, s, style="List Bullet", space_after=0)

    heading("EDUCATIONAL ATTAINMENT")
    kv("Tertiary", "Caregiving NC II (6 months) – Rizal Technical Training Institute, 2015")
    kv("", "Bachelor of Science in Psychology (2 years, undergraduate) – University of Rizal System, 2011–2013")
    kv("Secondary", "Cainta Catholic College, 2011")
    kv("Elementary", "Cainta Elementary School, 2007")

    heading("SEMINARS AND TRAININGS")
    for s in ["Caregiving NC II – TESDA National Certificate (2015)",
              "Basic Life Support – Philippine Red Cross (2023)",
              "Pre-Departure Orientation Seminar (PDOS) – OWWA (2018)"]:
        para(d, s, style="List Bullet", space_after=0)

    heading("PERSONAL INFORMATION")
    for k, v in [("Age", "33 years old"), ("Date of Birth", "February 9, 1991"),
                 ("Place of Birth", "Cainta, Rizal"), ("Civil Status", "Single"),
                 ("Height / Weight", "5'2\" / 52 kg"), ("Religion", "Roman Catholic"),
                 ("Citizenship", "Filipino"), ("Languages", "Filipino, English, basic Mandarin")]:
        kv(k, v)

    heading("CHARACTER REFERENCES")
    para(d, "Ms. Lin Shu-Fen – Head Nurse, Sunshine Long-Term Care Center – +886 4 555 2231", space_after=0)
    para(d, "Mrs. Rosario P. Cruz, RN – Administrator, Golden Years Home for the Aged – +63 2 8555 1042", space_after=8)

    para(d, "I hereby certify that the above information is true and correct to the best of my knowledge and belief.",
         italic=True, space_before=6)
    para(d, "MARICEL D. VILLANUEVA", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, space_before=18, space_after=0)
    para(d, "Applicant", align=WD_ALIGN_PARAGRAPH.RIGHT)
    save(d, base)
    return dict(
        name="Maricel D. Villanueva", email="maricel.villanueva@example.ph", phone="+63 917 555 2864",
        experience=[job(c, p, dt.split(" – ")[0], dt.split(" – ")[1]) for p, c, _, dt, _ in jobs],
        skills=skills)

R.append(("w9_18_caregiver_docx", build_18))

# ------------------------------------------------------------------ 19 zookeeper, Germany
# Layout: German tabular Lebenslauf — whole CV is a borderless 2-col table (dates left), contacts in header.
def build_19(base):
    d = base_doc("Calibri", 10.5, 2.0)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hdr, "Friederike Wagenknecht · Am Mühlenteich 9 · 21244 Buchholz in der Nordheide\n", size=8.5, color="555555")
    add_run(hdr, "+49 170 5550342 · f.wagenknecht@example.de", size=8.5, color="555555")

    para(d, "Curriculum Vitae", bold=True, size=20, color="2E5D34", space_after=2)
    para(d, "Friederike Wagenknecht", size=13, space_after=10)

    t = d.add_table(rows=0, cols=2)
    no_borders(t)

    def section(title):
        r = t.add_row().cells
        m = r[0].merge(r[1])
        p = first_para(m, title.upper(), bold=True, size=11, color="2E5D34")
        p.paragraph_format.space_before = Pt(10)
        bottom_rule(p, "2E5D34", "6")

    def row(left, lines, bullets=()):
        a, b = t.add_row().cells
        first_para(a, left)
        p = first_para(b)
        for i, (txt, kind) in enumerate(lines):
            if i:
                p = para(b)
            add_run(p, txt, bold=(kind == "b"), italic=(kind == "i"))
        for bl in bullets:
            para(b, bl, style="List Bullet", size=10)

    section("Personal details")
    row("Date of birth", [("17 June 1993 in Lüneburg", "")])
    row("Nationality", [("German", "")])
    row("Marital status", [("unmarried", "")])

    section("Work experience")
    row("since 04/2019", [("Senior Zookeeper (Revierleiterin), Primates & Small Mammals", "b"),
                          ("Tierpark Nordheide gGmbH, Buchholz", "i")],
        ["Lead keeper for 9 species incl. a breeding group of Bornean orangutans (EEP)",
         "Medical training programme with the zoo vet (voluntary blood draws, ultrasound)",
         "Rota planning for 4 keepers and 2 apprentices; trainer for apprentices (AEVO)"])
    row("09/2015 – 03/2019", [("Zookeeper, Bird Section", "b"),
                              ("Vogelpark Steinhuder Meer GmbH, Wunstorf", "i")],
        ["Care of 120 bird species; hand-rearing of storks and owls",
         "Daily free-flight bird show and visitor talks"])
    row("08/2012 – 07/2015", [("Trainee Zookeeper (Ausbildung zur Tierpflegerin, Fachrichtung Zoo)", "b"),
                              ("Tierpark Nordheide gGmbH, Buchholz", "i")],
        ["Rotations through ungulates, carnivores, aquarium and petting zoo",
         "Final exam IHK Lüneburg-Wolfsburg: grade 1.7"])

    section("Voluntary service")
    row("09/2011 – 07/2012", [("Voluntary Ecological Year (FÖJ)", "b"),
                              ("NABU Wildlife Rescue Station, Lüneburg", "i")])

    section("Education")
    row("2003 – 2011", [("Abitur, Gymnasium Johanneum Lüneburg (grade 2.3)", "")])

    section("Skills")
    skills = ["Operant conditioning and medical training (primates)",
              "Enrichment planning",
              "ZIMS / Species360 record keeping",
              "Zoo education talks and keeper chats",
              "Chainsaw licence (Motorsägenschein Modul A)",
              "Driving licence class B"]
    a, b = t.add_row().cells
    first_para(a, "")
    first = True
    for s in skills:
        if first:
            p = b.paragraphs[0]
            p.style = d.styles["List Bullet"]
            add_run(p, s)
            first = False
        else:
            para(b, s, style="List Bullet")

    section("Languages")
    row("German", [("native", "")])
    row("English", [("very good (C1)", "")])
    row("Dutch", [("basic (A2)", "")])

    section("Interests")
    row("", [("Wildlife photography, bird ringing (licensed ringer, Vogelwarte Helgoland)", "")])
    col_widths(t, [4.0, 13.0])

    para(d, "")
    para(d, "Buchholz, 12 January 2025", space_before=12)
    para(d, "Friederike Wagenknecht", italic=True)
    save(d, base)
    return dict(
        name="Friederike Wagenknecht", email="f.wagenknecht@example.de", phone="+49 170 5550342",
        experience=[
            job("Tierpark Nordheide gGmbH", "Senior Zookeeper (Revierleiterin), Primates & Small Mammals", "04/2019", None),
            job("Vogelpark Steinhuder Meer GmbH", "Zookeeper, Bird Section", "09/2015", "03/2019"),
            job("Tierpark Nordheide gGmbH", "Trainee Zookeeper (Ausbildung zur Tierpflegerin, Fachrichtung Zoo)", "08/2012", "07/2015"),
        ],
        skills=skills)

R.append(("w9_19_zookeeper_docx", build_19))

# ------------------------------------------------------------------ 20 food technologist, Thailand
# Layout: two columns built from a 1x2 table — shaded sidebar (contact, skills, languages) + main column.
def build_20(base):
    d = base_doc("Calibri", 10, 1.3)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    side, main = t.rows[0].cells
    shade(side, "E8F1EC")
    col_widths(t, [5.8, 12.6])

    def side_head(txt):
        para(side, txt.upper(), bold=True, size=10, color="1E6B4A", space_before=10, space_after=2)

    first_para(side, "CONTACT", bold=True, size=10, color="1E6B4A")
    for line in ["+66 81 555 7264", "siriporn.c@example.co.th", "LINE ID: ploy.foodtech",
                 "Bang Khen, Bangkok 10220", "Thailand"]:
        para(side, line, size=9.5, space_after=0)

    side_head("Skills")
    skills = ["New product development (ready meals, sauces)",
              "Shelf-life studies and sensory evaluation",
              "HACCP, GMP, BRCGS v9",
              "Halal and export labelling (EU, US FDA)",
              "Pilot plant scale-up (retort, spray drying)",
              "Minitab and MS Excel"]
    for s in skills:
        para(side, s, style="List Bullet", size=9.5, space_after=1)

    side_head("Languages")
    for s in ["Thai – native", "English – professional (TOEIC 850)", "Japanese – basic"]:
        para(side, s, size=9.5, space_after=0)

    side_head("Certificates")
    for s in ["BRCGS Food Safety Issue 9 – Site Auditor course (2022)",
              "Better Process Control School, US FDA (2019)",
              "Halal Assurance System – CICOT (2018)"]:
        para(side, s, size=9, space_after=2)

    p = first_para(main, "Siriporn Chaiyasit (Ploy)", bold=True, size=22, color="1E6B4A")
    para(main, "Senior Food Technologist  |  NPD & Process Development", size=11.5, color="444444", space_after=8)

    def main_head(txt):
        p = para(main, txt, bold=True, size=11, color="1E6B4A", space_before=8, space_after=3, caps=True)
        bottom_rule(p, "1E6B4A", "6")

    main_head("Profile")
    para(main, "Food technologist with 9 years in seafood and ready-meal manufacturing for export. "
               "Took 27 products from bench to commercial launch for customers in Japan, the EU and the US, "
               "with a focus on thermal processing and clean-label reformulation.")

    main_head("Work Experience")
    jobs = [
        ("Senior Food Technologist – New Product Development", "Siam Tropical Foods Public Company Limited",
         "Samut Sakhon", "Oct 2020 – Present",
         ["Lead a team of 4 technologists; 11 launches in retort pouch and frozen ready meals",
          "Reformulated curry pastes to remove MSG and artificial colours for a UK retailer",
          "Run shelf-life and accelerated studies; prepare specifications and customer dossiers"]),
        ("Food Technologist", "Siam Tropical Foods Public Company Limited", "Samut Sakhon",
         "May 2017 – Sep 2020",
         ["Pilot plant trials and scale-up to 3 production lines",
          "Thermal process validation with the process authority (F0 calculations)"]),
        ("Quality Control Officer", "Chaophraya Seafood Co., Ltd.", "Samut Prakan",
         "Jun 2015 – Apr 2017",
         ["In-process checks on canned tuna lines; HACCP verification and customer audits"]),
        ("Research Assistant (Internship)",
         "Institute of Food Research and Product Development, Kasetsart University", "Bangkok",
         "Mar 2014 – May 2014",
         ["Spray-dried fruit powder project; sensory panel data analysis"]),
    ]
    for title, comp, town, dates, duties in jobs:
        p = para(main, space_before=4, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.2), WD_TAB_ALIGNMENT.RIGHT)
        add_run(p, title, bold=True)
        add_run(p, "\t" + dates, size=9.5, color="555555")
        para(main, comp + " · " + town, italic=True, space_after=1)
        for du in duties:
            para(main, du, style="List Bullet", size=9.5, space_after=0)

    main_head("Education")
    para(main, "B.Sc. Food Science and Technology (Second-class honours)", bold=True, space_after=0)
    para(main, "Kasetsart University, Bangkok · 2011 – 2015")
    save(d, base)
    return dict(
        name="Siriporn Chaiyasit", email="siriporn.c@example.co.th", phone="+66 81 555 7264",
        experience=[job(c, ti, dt.split(" – ")[0], None if dt.endswith("Present") else dt.split(" – ")[1])
                    for ti, c, _, dt, _ in jobs],
        skills=skills)

R.append(("w9_20_food_technologist_docx", build_20))

# ------------------------------------------------------------------ 21 railway signal technician, South Africa
# Layout: hand-numbered multi-level sections (1., 3.1 ...), label/tab fields, Word bullet lists at two levels.
def build_21(base):
    d = base_doc("Arial", 10, 2.0)
    para(d, "CURRICULUM VITAE", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(d, "SIPHO BONGANI MAHLANGU", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(d, "Senior Signal Technician", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)

    def h1(txt):
        p = para(d, txt, bold=True, size=11, space_before=10, space_after=4)
        bottom_rule(p, "000000", "4")

    def field(label, value, bold=False):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
        p.paragraph_format.space_after = Pt(0)
        add_run(p, label + ":", bold=True)
        add_run(p, "\t" + value, bold=bold)
        return p

    h1("1.  PERSONAL DETAILS")
    for k, v in [("Surname", "Mahlangu"), ("First names", "Sipho Bongani"),
                 ("ID number", "9005125555083"), ("Date of birth", "12 May 1990"),
                 ("Gender", "Male"), ("Nationality", "South African"),
                 ("Home language", "isiNdebele"), ("Other languages", "English, isiZulu, Afrikaans (basic)"),
                 ("Driver's licence", "Code EB (08) with PrDP"), ("Health", "Excellent"),
                 ("Criminal record", "None"),
                 ("Residential address", "2417 Mkhize Street, Mamelodi East, Pretoria, 0122"),
                 ("Cell", "082 555 3917"), ("E-mail", "sipho.mahlangu@example.co.za")]:
        field(k, v)

    h1("2.  KEY SKILLS")
    skills = ["Interlocking and point machine maintenance",
              "Axle counter and track circuit fault-finding",
              "CTC / train control systems",
              "Cable jointing and termination",
              "Reading electrical and signalling schematics",
              "Safety-critical grade: Signal Technician (RSR)"]
    for s in skills:
        para(d, s, style="List Bullet", space_after=0)

    h1("3.  EMPLOYMENT HISTORY")
    jobs = [
        ("3.1", "Mzansi Rail Systems (Pty) Ltd", "Senior Signal Technician",
         "01 March 2020 – Present",
         [("Maintain and fault-find signalling on the Pretoria–Saulsville corridor", 1),
          ("Electronic interlockings (Westrace, SSI)", 2),
          ("Electric point machines and axle counters", 2),
          ("Supervise a team of 6 technicians and 4 assistants; standby roster", 1),
          ("Compile monthly fault and availability reports; 98.7% availability in 2023", 1)],
         "N/A (currently employed)"),
        ("3.2", "Highveld Signalling Contractors CC", "Signal Technician",
         "15 January 2016 – 28 February 2020",
         [("Installation and commissioning of relay interlockings on resignalling projects", 1),
          ("Germiston depot", 2), ("Kaalfontein station", 2),
          ("Cable laying, jointing and insulation testing", 1)],
         "Better opportunity and promotion"),
        ("3.3", "Highveld Signalling Contractors CC", "Learner Signal Technician (Learnership, NQF Level 4)",
         "04 February 2013 – 14 January 2016",
         [("Completed trade test and workplace logbook under a qualified artisan", 1),
          ("Assisted with track circuit bonding and signal aspect alignment", 1)],
         "Promoted to Signal Technician"),
    ]
    for num, comp, pos, period, duties, reason in jobs:
        para(d, num + "  " + comp, bold=True, space_before=8, space_after=2)
        field("Position", pos, bold=True)
        field("Period", period)
        p = para(d, "Duties:", bold=True, space_before=2, space_after=0)
        for txt, lvl in duties:
            para(d, txt, style=("List Bullet" if lvl == 1 else "List Bullet 2"), space_after=0)
        field("Reason for leaving", reason)

    h1("4.  EDUCATION AND QUALIFICATIONS")
    for txt in ["4.1  Trade Test – Electrician (Red Seal), INDLELA, 2015",
                "4.2  N4 Electrical Engineering (Heavy Current), Tshwane North TVET College, 2012",
                "4.3  National Senior Certificate (Matric), Mamelodi High School, 2008"]:
        para(d, txt, space_after=1)

    h1("5.  REFERENCES")
    para(d, "Mr J. van der Merwe – Signal Engineer, Mzansi Rail Systems – 012 555 8870", space_after=0)
    para(d, "Mr T. Nkosi – Site Manager, Highveld Signalling Contractors – 011 555 4102")
    save(d, base)
    return dict(
        name="Sipho Bongani Mahlangu", email="sipho.mahlangu@example.co.za", phone="082 555 3917",
        experience=[job(c, pos, per.split(" – ")[0], None if per.endswith("Present") else per.split(" – ")[1])
                    for _, c, pos, per, _, _ in jobs],
        skills=skills)

R.append(("w9_21_signal_technician_docx", build_21))

# ------------------------------------------------------------------ 22 tailor, Ghana
# Layout: name + contact details inside a VML text box at the top; plain paragraphs below.
def textbox_paragraph(d, lines):
    """Insert an inline VML rectangle text box containing the given (text, bold, size) lines."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    inner = ""
    for txt, bold, size in lines:
        rpr = "<w:rPr>%s<w:sz w:val=\"%d\"/></w:rPr>" % ("<w:b/>" if bold else "", int(size * 2))
        txt = txt.replace("&", "&amp;")
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr>'
                  '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>') % (rpr, txt)
    xml = ('<w:p xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:r><w:pict>'
           '<v:rect id="ContactBox" o:spid="_x0000_s1025" style="width:481.9pt;height:78pt" '
           'fillcolor="#F6EFE3" strokecolor="#8B5A2B" strokeweight="1.5pt">'
           '<v:textbox inset="6pt,6pt,6pt,6pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
           '</v:rect></w:pict></w:r></w:p>') % (W, inner)
    el = parse_xml(xml)
    d.element.body.insert(len(d.element.body) - 1, el)  # before sectPr


def build_22(base):
    d = base_doc("Georgia", 10.5, 2.0)
    textbox_paragraph(d, [
        ("KWABENA OWUSU-ANSAH", True, 18),
        ("Master Tailor & Bespoke Clothier", False, 11),
        ("Adum, near Prempeh II Street, Kumasi, Ashanti Region, Ghana", False, 9.5),
        ("Tel/WhatsApp: +233 24 555 6019   ·   kwabena.tailor@example.com.gh", False, 9.5),
    ])
    para(d, "", space_after=4)

    def head(txt):
        para(d, txt, bold=True, size=12, color="8B5A2B", space_before=10, space_after=3)

    head("Profile")
    para(d, "Tailor with over 19 years at the cutting table, trained the traditional way through a full "
            "apprenticeship and freedom in Kumasi. I make men's suits, kaftans, agbada and batakari, and "
            "ladies' kaba and slit for weddings, funerals and corporate clients. Since 2014 I run my own "
            "shop with six workers and four apprentices. I am now looking for a senior cutter or "
            "workshop supervisor role with a fashion house in Accra or abroad.")

    head("Work History")
    jobs = [
        ("Master Tailor / Owner", "Owusu Bespoke Tailoring", "Kumasi", "2014 – date",
         "Bespoke suits and traditional wear for about 600 clients a year; church and corporate uniform "
         "contracts (up to 900 pieces); train and supervise apprentices; buy fabrics at Kejetia and Makola "
         "markets; costing, fittings and deliveries."),
        ("Senior Cutter & Tailor", "Kente Royale Fashion House", "Osu, Accra", "2009 – 2014",
         "Drafted patterns and cut for a 25-machine workroom; finished kente and fugu garments for "
         "fashion shows (Accra Fashion Week 2012, 2013); quality check before delivery."),
        ("Journeyman Tailor", "Adom Stitches", "Kumasi", "2008 – 2009",
         "Sewing of school uniforms and men's shirts on piece rate."),
        ("Apprentice Tailor", "Boateng & Sons Tailoring", "Kumasi", "2005 – 2008",
         "Three-year apprenticeship under Master Yaw Boateng; passed out (freedom) in August 2008."),
    ]
    for title, comp, town, dates, desc in jobs:
        p = para(d, space_before=6, space_after=0)
        add_run(p, title, bold=True)
        add_run(p, " — " + comp + ", " + town)
        add_run(p, " (" + dates + ")", italic=True)
        para(d, desc, space_after=2)

    head("Skills")
    skills = ["Pattern drafting and cutting (men's and women's)",
              "Kaba and slit, kente and smock finishing",
              "Bespoke suits and agbada",
              "Industrial machine and overlock operation",
              "Staff training and apprentice supervision",
              "Costing and customer fittings"]
    for s in skills:
        para(d, s, style="List Bullet", space_after=0)

    head("Education & Training")
    para(d, "NVTI Certificate – Dressmaking and Tailoring, Grade I (2010)", space_after=0)
    para(d, "Short course: Digital pattern making (Lectra Modaris), Kumasi Technical University (2019)", space_after=0)
    para(d, "BECE – Asante Akyem Agogo Presby JHS (2004)")

    head("Languages")
    para(d, "Twi (native), English (good), Ga (fair)")

    head("Referees")
    para(d, "Mrs. Efua Mensah – Creative Director, Kente Royale Fashion House – 030 255 5714", space_after=0)
    para(d, "Rev. Kofi Asante – Methodist Church, Adum (uniform client) – 032 255 5880")
    save(d, base)
    return dict(
        name="Kwabena Owusu-Ansah", email="kwabena.tailor@example.com.gh", phone="+233 24 555 6019",
        experience=[job(c, ti, dt.split(" – ")[0], None if dt.endswith("date") else dt.split(" – ")[1])
                    for ti, c, _, dt, _ in jobs],
        skills=skills)

R.append(("w9_22_tailor_docx", build_22))

# ------------------------------------------------------------------ 23 travel consultant, India
# Layout: name/contact in the page header, right-aligned tab-stop dates, academic qualifications grid, declaration.
def build_23(base):
    d = base_doc("Times New Roman", 11, 2.0)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    add_run(hp, "HARPREET KAUR SANDHU", bold=True, size=15)
    add_run(hp, "\tMobile: +91 98155 55203", size=10)
    hp2 = para(sec.header, "")
    hp2.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    add_run(hp2, "House No. 1184, Sector 44-B, Chandigarh – 160047", size=10)
    add_run(hp2, "\tE-mail: harpreet.sandhu@example.in", size=10)
    bottom_rule(hp2, "000000", "12")

    def head(txt):
        p = para(d, txt, bold=True, size=11.5, space_before=10, space_after=4)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), "D9D9D9")
        p._p.get_or_add_pPr().append(shd)

    head("CAREER OBJECTIVE")
    para(d, "Seeking a challenging position as Senior Travel Consultant / Team Lead in a reputed travel "
            "organisation where I can utilise my 9+ years of experience in international holidays, "
            "ticketing and visa services for the growth of the organisation.")

    head("PROFESSIONAL EXPERIENCE")
    jobs = [
        ("Senior Travel Consultant – International Holidays", "SkyTrail Holidays Pvt. Ltd.", "Chandigarh",
         "Apr 2021 – Present",
         ["Handling FIT and group holiday packages to Europe, Dubai, Singapore, Thailand and Bali",
          "Achieved 142% of annual sales target in FY 2023-24 (Rs. 3.1 crore)",
          "Coordinating with DMCs and hotels for rates, allotments and vouchers",
          "Guiding a team of 4 junior consultants"]),
        ("Travel Consultant", "Globetrek Tours & Travels", "Mohali",
         "Jul 2017 – Mar 2021",
         ["Domestic and international air ticketing, reissues and refunds on Galileo",
          "Schengen, UK and Canada visa file preparation",
          "Corporate travel desk for 3 IT companies"]),
        ("Reservation Executive (Ticketing)", "Air Connect Travel Services", "Ludhiana",
         "Aug 2015 – Jun 2017",
         ["Domestic ticketing on Amadeus, cash handling and daily sales report"]),
    ]
    for title, comp, town, dates, duties in jobs:
        p = para(d, space_before=6, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
        add_run(p, title, bold=True)
        add_run(p, "\t" + dates, bold=True)
        para(d, comp + ", " + town, italic=True, space_after=1)
        for du in duties:
            para(d, du, style="List Bullet", space_after=0)

    head("KEY SKILLS")
    skills = ["Amadeus and Galileo (Travelport) GDS",
              "Itinerary planning for Europe, Dubai and South-East Asia",
              "Visa documentation (Schengen, UK, Canada)",
              "Fare construction and reissues",
              "Corporate client handling",
              "MS Excel and CRM (Zoho)"]
    for s in skills:
        para(d, s, style="List Bullet", space_after=0)

    head("ACADEMIC QUALIFICATIONS")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Qualification", "Board / University", "Year", "Percentage"]):
        first_para(c, h, bold=True)
        shade(c, "F2F2F2")
    for row in [("Diploma in Travel & Tourism (IATA Foundation)", "IATA / Frankfinn Institute", "2015", "Distinction"),
                ("B.A.", "Panjab University, Chandigarh", "2014", "64.2%"),
                ("12th (Arts)", "PSEB", "2011", "78.4%"),
                ("10th", "PSEB", "2009", "81.0%")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            first_para(c, v)

    head("PERSONAL PROFILE")
    for k, v in [("Father's Name", "S. Gurmeet Singh Sandhu"), ("Date of Birth", "14-03-1993"),
                 ("Marital Status", "Married"), ("Nationality", "Indian"),
                 ("Languages Known", "English, Hindi, Punjabi"), ("Passport", "Valid till 2031")]:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
        p.paragraph_format.space_after = Pt(0)
        add_run(p, k + "\t: " + v)

    head("DECLARATION")
    para(d, "I hereby declare that the information furnished above is true to the best of my knowledge and belief.")
    p = para(d, space_before=14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    add_run(p, "Place: Chandigarh\t(Harpreet Kaur Sandhu)")
    para(d, "Date: ____________")
    save(d, base)
    return dict(
        name="Harpreet Kaur Sandhu", email="harpreet.sandhu@example.in", phone="+91 98155 55203",
        experience=[job(c, ti, dt.split(" – ")[0], None if dt.endswith("Present") else dt.split(" – ")[1])
                    for ti, c, _, dt, _ in jobs],
        skills=skills)

R.append(("w9_23_travel_consultant_docx", build_23))

if __name__ == "__main__":
    assert len(R) == 7
    for base, fn in R:
        truth = fn(base)
        write_truth(base, **truth)
    print("docx done", len(R))

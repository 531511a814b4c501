"""DOCX resumes w5_17 .. w5_23 (python-docx, with a few raw-XML extras)."""
import os
from copy import deepcopy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Emu
from PIL import Image, ImageDraw

from common import OUT, WORK, job, truth, write_truth

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ------------------------------------------------------------------ helpers
def new_doc(a4=True, font="Calibri", size=10.5, margins=(2.0, 2.0, 2.0, 2.0)):
    d = Document()
    s = d.sections[0]
    if a4:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(m) for m in margins]
    st = d.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    return d


def para(container, text="", bold=False, italic=False, size=None, color=None, align=None,
         style=None, after=None, before=None, caps=False, font=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, caps=caps, font=font)
    if align:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False, font=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if font:
        r.font.name = font
    return r


def first_cell_para(cell):
    """Cells start with one empty paragraph; reuse it for the first line."""
    return cell.paragraphs[0]


def cell_text(cell, text, first=False, **kw):
    if first:
        p = first_cell_para(cell)
        run(p, text, **{k: v for k, v in kw.items() if k in ("bold", "italic", "size", "color", "caps", "font")})
        if kw.get("after") is not None:
            p.paragraph_format.space_after = Pt(kw["after"])
        if kw.get("align"):
            p.alignment = kw["align"]
        return p
    return para(cell, text, **kw)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def set_col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def bottom_rule(p, color="808080", sz=6):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def bullets(container, items, style="List Bullet"):
    for it in items:
        para(container, it, style=style, after=0)


def save(d, base, t):
    d.core_properties.author = t["name"]
    d.core_properties.title = "CV"
    d.save(os.path.join(OUT, base + ".docx"))
    write_truth(base, t)


# ================================================================== 17 optometrist (Philippines) - tables
def r17():
    base = "w5_17_optometrist_docx"
    t = truth("Angelica Mae R. Villanueva", "angelica.villanueva@example.com", "+63 917 555 0288",
              [job("ClearView Optical Centers, Inc.", "Resident Optometrist", "August 2021"),
               job("Sta. Lucia Eye Clinic", "Associate Optometrist", "October 2019", "July 2021"),
               job("Cebu Eye Institute", "Clinical Intern", "June 2018", "March 2019"),
               job("OptiStyle Eyewear", "Sales Associate (part-time)", "2016", "2017")],
              ["Comprehensive eye examination", "Contact lens fitting (soft & RGP)",
               "Binocular vision assessment", "Pediatric optometry",
               "Slit lamp examination & tonometry", "Myopia control management"])
    d = new_doc(font="Arial", size=10, margins=(1.5, 1.5, 1.8, 1.8))

    # 2x2 photo placeholder
    img = Image.new("RGB", (300, 300), (215, 215, 215))
    dr = ImageDraw.Draw(img)
    dr.ellipse((95, 50, 205, 160), fill=(170, 170, 170))
    dr.rectangle((60, 180, 240, 300), fill=(170, 170, 170))
    photo = os.path.join(WORK, "w5_17_photo.png")
    img.save(photo)

    top = d.add_table(rows=1, cols=2)
    no_borders(top)
    set_col_widths(top, [13.4, 4.0])
    c0, c1 = top.rows[0].cells
    cell_text(c0, "Dr. Angelica Mae R. Villanueva, OD", first=True, bold=True, size=18, color="1F3864")
    cell_text(c0, "Doctor of Optometry | PRC-Licensed Optometrist", italic=True, size=11, after=6)
    cell_text(c0, "Address: 21-B Mabolo St., Brgy. Mabolo, Cebu City 6000")
    cell_text(c0, "Mobile: +63 917 555 0288")
    cell_text(c0, "E-mail: angelica.villanueva@example.com")
    c1.paragraphs[0].add_run().add_picture(photo, width=Cm(3.2))
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    para(d, "", after=4)
    main = d.add_table(rows=0, cols=2)
    main.style = d.styles["Table Grid"]
    main.alignment = WD_TABLE_ALIGNMENT.CENTER

    def section(title):
        row = main.add_row()
        left, right = row.cells
        shade(left, "DCE6F1")
        cell_text(left, title, first=True, bold=True, size=10, color="1F3864")
        return right

    r = section("CAREER OBJECTIVE")
    cell_text(r, "To practice primary eye care in a patient-centred clinic where I can continue to develop "
                 "my skills in contact lens fitting and myopia control for children.", first=True)

    r = section("LICENSURE")
    cell_text(r, "Optometrist Licensure Examination, Professional Regulation Commission (PRC)", first=True, bold=True)
    cell_text(r, "Passed: September 2019 | Rating: 85.40% | License No. 0055501")

    r = section("WORK EXPERIENCE")
    jobs = [
        ("August 2021 – Present", "Resident Optometrist", "ClearView Optical Centers, Inc. – SM City Cebu branch",
         ["Performs 15–20 comprehensive eye examinations daily",
          "Fits soft toric, multifocal and RGP contact lenses",
          "Trains new optical assistants on pre-testing (autorefractor, NCT)"]),
        ("October 2019 – July 2021", "Associate Optometrist", "Sta. Lucia Eye Clinic, Mandaue City",
         ["Refraction and pre-operative work-up for cataract and LASIK patients",
          "Conducted school vision screenings for 3 public elementary schools"]),
        ("June 2018 – March 2019", "Clinical Intern", "Cebu Eye Institute, Cebu City",
         ["Rotations in primary care, contact lens, binocular vision and low vision clinics"]),
        ("2016 – 2017", "Sales Associate (part-time)", "OptiStyle Eyewear, Ayala Center Cebu", []),
    ]
    first = True
    for dates, title, comp, duties in jobs:
        cell_text(r, dates, first=first, bold=True, color="1F3864", before=None if first else 6)
        first = False
        cell_text(r, title, bold=True)
        cell_text(r, comp, italic=True)
        bullets(r, duties)

    r = section("EDUCATION")
    cell_text(r, "Doctor of Optometry (OD)", first=True, bold=True)
    cell_text(r, "Southwestern Eye College of the Visayas, Cebu City, 2013 – 2019")
    cell_text(r, "Cum Laude", italic=True)
    cell_text(r, "Secondary: Cebu City National Science High School, 2009 – 2013", before=4)

    r = section("SKILLS")
    first = True
    for s in t["skills"]:
        if first:
            p = first_cell_para(r)
            p.style = d.styles["List Bullet"]
            run(p, s)
            first = False
        else:
            para(r, s, style="List Bullet", after=0)

    r = section("SEMINARS ATTENDED")
    cell_text(r, "Myopia Management Summit – Optometric Association of the Philippines, Manila, Nov 2023", first=True)
    cell_text(r, "Ortho-K Fitting Workshop – Cebu City, May 2022")
    cell_text(r, "Basic Life Support – Philippine Red Cross, 2021")

    r = section("PERSONAL DATA")
    for i, line in enumerate(["Date of Birth: January 14, 1996", "Place of Birth: Cebu City",
                              "Civil Status: Single", "Citizenship: Filipino",
                              "Languages: English, Filipino, Cebuano"]):
        cell_text(r, line, first=(i == 0))

    r = section("CHARACTER REFERENCES")
    cell_text(r, "Dr. Ramil T. Gonzaga, OD – Clinic Director, Sta. Lucia Eye Clinic – 0932 555 0114", first=True)
    cell_text(r, "Dr. Jocelyn P. Abellana, OD – Dean, College of Optometry – 0917 555 0163")

    set_col_widths(main, [4.2, 13.2])
    para(d, "")
    para(d, "I hereby certify that the above information is true and correct.", italic=True, size=9)
    save(d, base, t)


# ================================================================== 18 mortgage adviser (UK) - header contacts
def r18():
    base = "w5_18_mortgage_adviser_docx"
    t = truth("Olivia Brennan-Shah", "olivia.brennanshah@example.co.uk", "07700 900318",
              [job("Pennine Mortgage Solutions Ltd", "Mortgage & Protection Adviser", "March 2021"),
               job("Mersey Vale Building Society", "Mortgage Adviser", "May 2017", "February 2021"),
               job("Mersey Vale Building Society", "Mortgage Administrator", "August 2015", "April 2017"),
               job("Halcyon Bank plc", "Customer Service Adviser", "2013", "2015")],
              ["Whole-of-market research (Mortgage Brain, Twenty7tec)", "Protection needs analysis",
               "Buy-to-let & limited company lending", "Later-life lending",
               "FCA Consumer Duty compliance", "Case management & pipeline tracking"])
    d = new_doc(font="Georgia", size=10.5, margins=(3.2, 2.0, 2.2, 2.2))
    sec = d.sections[0]
    sec.header_distance = Cm(1.0)
    h = sec.header
    hp = h.paragraphs[0]
    run(hp, "Olivia Brennan-Shah", bold=True, size=20, color="2E4057")
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp2 = h.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(hp2, "CeMAP · CeRER · CertCII (MP)", italic=True, size=9.5, color="555555")
    hp3 = h.add_paragraph()
    hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(hp3, "Stockport, SK4  |  07700 900318  |  olivia.brennanshah@example.co.uk", size=9.5)
    bottom_rule(hp3, "2E4057", 8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(fp, "References available on request", italic=True, size=8, color="777777")

    def heading(txt):
        p = para(d, txt, bold=True, size=12, color="2E4057", before=10, after=4, caps=True)
        bottom_rule(p, "BBBBBB", 4)

    heading("Profile")
    para(d, "CeMAP-qualified mortgage and protection adviser with eight years of advising experience in a "
            "building society and an independent brokerage. Whole-of-market, fee-free advice for first-time "
            "buyers, remortgages, buy-to-let and later-life clients. Consistently 95%+ on file checks and "
            "100% on Consumer Duty outcome testing.", after=4)

    heading("Career History")
    jobs = [
        ("Mortgage & Protection Adviser", "Pennine Mortgage Solutions Ltd, Stockport",
         "March 2021 – Present",
         ["Advise 20–25 clients a month; average £2.1m monthly lending completions",
          "Protection attachment rate of 48% (life, CIC, income protection)",
          "Build and maintain introducer relationships with three estate agents"]),
        ("Mortgage Adviser", "Mersey Vale Building Society, Warrington",
         "May 2017 – February 2021",
         ["Advised on the Society's own products, including shared ownership and self-build",
          "Branch top performer 2019; mentored two newly qualified advisers"]),
        ("Mortgage Administrator", "Mersey Vale Building Society, Warrington",
         "August 2015 – April 2017",
         ["Processed applications from submission to offer; liaised with valuers and conveyancers"]),
        ("Customer Service Adviser", "Halcyon Bank plc, Manchester", "2013 – 2015", []),
    ]
    for title, comp, dates, duties in jobs:
        p = para(d, title, bold=True, size=11, before=6, after=0)
        p2 = para(d, comp, italic=True, after=0)
        para(d, dates, size=9.5, color="666666", after=2)
        bullets(d, duties)

    heading("Key Skills")
    tb = d.add_table(rows=3, cols=2)
    no_borders(tb)
    for i, s in enumerate(t["skills"]):
        c = tb.rows[i // 2].cells[i % 2]
        cell_text(c, "✓  " + s, first=True)

    heading("Qualifications")
    for q in ["CeMAP (Certificate in Mortgage Advice and Practice) – LIBF, 2016",
              "CeRER (Certificate in Regulated Equity Release) – LIBF, 2022",
              "CertCII (MP) – Chartered Insurance Institute, 2023",
              "A Levels: Business (B), English Literature (B), Psychology (C) – Aquinas College, 2013"]:
        para(d, q, after=1)

    heading("Interests")
    para(d, "Park run (sub-25), volunteer treasurer for a local netball club, and slowly learning Urdu.")
    save(d, base, t)


# ================================================================== 19 land surveyor (Kenya) - tab stops
def r19():
    base = "w5_19_land_surveyor_docx"
    t = truth("Peter Otieno Odhiambo", "peter.odhiambo@example.co.ke", "+254 733 555 246",
              [job("Odhiambo & Associates Land Surveyors", "Licensed Surveyor & Principal", "Jan 2019"),
               job("Geomap Africa Ltd", "Surveyor", "Mar 2014", "Dec 2018"),
               job("Geomap Africa Ltd", "Assistant Surveyor", "Jun 2012", "Feb 2014"),
               job("Lake Basin Roads Programme", "Survey Technician (Contract)", "Jan 2011", "May 2012")],
              ["Cadastral surveys & subdivisions", "Topographic & engineering surveys",
               "GNSS/RTK (Leica, Trimble)", "Total stations", "AutoCAD Civil 3D", "ArcGIS",
               "UAV mapping (KCAA licensed)"])
    d = new_doc(font="Times New Roman", size=11.5, margins=(2.0, 2.0, 2.5, 2.5))
    RIGHT = Cm(16.0)

    def tabbed(text_left, text_right, bold_left=False, bold_right=False, italic_left=False):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(RIGHT, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(0)
        run(p, text_left, bold=bold_left, italic=italic_left)
        run(p, "\t" + text_right, bold=bold_right)
        return p

    def label(lbl, val):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5), WD_TAB_ALIGNMENT.LEFT)
        p.paragraph_format.space_after = Pt(0)
        run(p, lbl, bold=True)
        run(p, "\t" + val)

    def heading(txt):
        p = para(d, txt, bold=True, size=12, before=10, after=4)
        bottom_rule(p, "000000", 6)

    para(d, "CURRICULUM VITAE", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)

    heading("PERSONAL DETAILS")
    for l, v in [("Name:", "Peter Otieno Odhiambo"), ("Profession:", "Licensed Land Surveyor (LSB Licence No. 555)"),
                 ("Date of Birth:", "3rd March 1986"), ("Nationality:", "Kenyan"),
                 ("Mobile:", "+254 733 555 246"), ("Email:", "peter.odhiambo@example.co.ke"),
                 ("Address:", "P.O. Box 5550-40100, Kisumu"), ("Languages:", "English, Kiswahili, Dholuo")]:
        label(l, v)

    heading("PROFILE")
    para(d, "Licensed land surveyor with over 13 years' experience in cadastral, topographic and engineering "
            "surveys for private clients, county governments and road contractors. Runs a registered survey "
            "practice with six staff and a UAV mapping unit.")

    heading("WORK EXPERIENCE")
    tabbed("Odhiambo & Associates Land Surveyors, Kisumu", "Jan 2019 – Present", bold_left=True, bold_right=True)
    para(d, "Licensed Surveyor & Principal", italic=True, after=2)
    bullets(d, ["Cadastral subdivisions, amalgamations and boundary re-establishment (over 400 parcels)",
                "Preparation of deed plans and RIMs amendments for submission to the Survey of Kenya",
                "Topographic and drone surveys for Kisumu and Siaya county projects"])
    para(d, "", after=0)
    tabbed("Geomap Africa Ltd, Nairobi", "Jun 2012 – Dec 2018", bold_left=True, bold_right=True)
    tabbed("Surveyor", "Mar 2014 – Dec 2018", italic_left=True)
    bullets(d, ["Party chief on road and pipeline route surveys (up to 120 km)",
                "Setting out and as-built surveys for the Nairobi Southern Bypass package"])
    tabbed("Assistant Surveyor", "Jun 2012 – Feb 2014", italic_left=True)
    bullets(d, ["Control traversing, levelling and data processing"])
    para(d, "", after=0)
    tabbed("Lake Basin Roads Programme, Kisumu", "Jan 2011 – May 2012", bold_left=True, bold_right=True)
    para(d, "Survey Technician (Contract)", italic=True, after=2)
    bullets(d, ["Rural access road alignment surveys and quantity take-offs"])

    heading("EDUCATION AND PROFESSIONAL QUALIFICATIONS")
    for left, right in [("Licensed Surveyor, Land Surveyors Board of Kenya", "2018"),
                        ("BSc Geomatic Engineering and Geospatial Information Systems, JKUAT", "2006 – 2010"),
                        ("Kenya Certificate of Secondary Education (KCSE), Maseno School – A-", "2004")]:
        tabbed(left, right)

    heading("TECHNICAL SKILLS")
    bullets(d, t["skills"])

    heading("PROFESSIONAL MEMBERSHIP")
    para(d, "Corporate Member, Institution of Surveyors of Kenya (ISK) – Land Surveying Chapter")

    heading("REFEREES")
    for l in ["Mr. James Mwangi, Director, Geomap Africa Ltd – 0722 555 610",
              "Eng. Rose Akinyi, County Chief Officer (Lands), Kisumu County – 0733 555 902",
              "Dr. Samuel Kiprotich, Senior Lecturer, JKUAT – s.kiprotich@example.ac.ke"]:
        para(d, l, after=1)
    save(d, base, t)


# ================================================================== 20 paramedic (Ireland) - text box
def vml_textbox(lines, width_pt=175, height_pt=78, left_pt=310, top_pt=0):
    paras = []
    for i, (txt, bold) in enumerate(lines):
        b = "<w:b/>" if bold else ""
        paras.append(
            '<w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr>'
            '<w:r><w:rPr>%s<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % (b, txt.replace("&", "&amp;")))
    xml = (
        '<w:r xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="ContactBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%spt;margin-top:%spt;width:%spt;height:%spt;z-index:251659264;'
        'mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin" '
        'fillcolor="#E8F0F7" strokecolor="#1F4E79" strokeweight="0.75pt">'
        '<v:textbox inset="5pt,4pt,5pt,4pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>'
        % (W_NS, left_pt, top_pt, width_pt, height_pt, "".join(paras)))
    return parse_xml(xml)


def r20():
    base = "w5_20_paramedic_docx"
    t = truth("Cian Ó Murchú", "cian.omurchu@example.ie", "087 555 0163",
              [job("National Ambulance Service", "Advanced Paramedic", "2020"),
               job("National Ambulance Service", "Paramedic", "2015", "2020"),
               job("Lifeline Event Medical Ltd", "Emergency Medical Technician (part-time)", "2013", "2015"),
               job("Irish Defence Forces", "Private, Medical Orderly", "2009", "2013")],
              ["Advanced airway management", "12-lead ECG interpretation", "IV/IO access & drug administration",
               "Major trauma & MIMMS", "Paediatric emergencies (PEPP)", "Mental health crisis response"])
    d = new_doc(font="Calibri", size=11, margins=(1.8, 1.8, 2.0, 2.0))
    p = para(d, "", after=0)
    p._p.append(vml_textbox([("Mobile: 087 555 0163", False),
                             ("Email: cian.omurchu@example.ie", False),
                             ("Navan, Co. Meath", False),
                             ("PHECC Reg. No. 555123 (AP)", True)]))
    run(p, "Cian Ó Murchú", bold=True, size=24, color="1F4E79")
    para(d, "Advanced Paramedic", size=13, color="444444", after=0)
    para(d, "Full clean driving licence (C1, EMT driver trained)", size=9.5, italic=True, after=18)

    def heading(txt):
        p = para(d, txt, bold=True, size=12.5, color="1F4E79", before=8, after=3)
        bottom_rule(p, "1F4E79", 8)

    heading("Profile")
    para(d, "PHECC-registered Advanced Paramedic with eleven years of emergency pre-hospital care in the "
            "National Ambulance Service and four years' prior service as a medical orderly in the Defence "
            "Forces. Clinical lead on a rapid response vehicle covering Meath and south Louth. Calm, "
            "practical and a keen educator.")

    heading("Experience")
    jobs = [
        ("Advanced Paramedic", "National Ambulance Service – North Leinster, Navan Station", "2020 – present",
         ["Solo responder on the Advanced Paramedic Rapid Response Vehicle (RRV)",
          "Clinical support and on-scene decision making for paramedic crews",
          "Facilitator for the NAS College Clinical Practice Guidelines updates (2023)"]),
        ("Paramedic", "National Ambulance Service – Drogheda Station", "2015 – 2020",
         ["Emergency and urgent care on double-crewed ambulances, approx. 1,500 calls a year",
          "Preceptor for 9 paramedic interns"]),
        ("Emergency Medical Technician (part-time)", "Lifeline Event Medical Ltd, Dublin", "2013 – 2015",
         ["Event medical cover at Croke Park concerts and race meetings"]),
        ("Private, Medical Orderly", "Irish Defence Forces, Aiken Barracks, Dundalk", "2009 – 2013",
         ["Unit medical orderly; deployed with UNIFIL, South Lebanon (2011, six months)",
          "Battlefield casualty care instructor for recruit platoons"]),
    ]
    for title, comp, dates, duties in jobs:
        p = para(d, "", before=5, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(17.4), WD_TAB_ALIGNMENT.RIGHT)
        run(p, title, bold=True)
        run(p, "\t" + dates, color="555555")
        para(d, comp, italic=True, after=1)
        bullets(d, duties)

    heading("Qualifications")
    for q in ["BSc Paramedic Studies, University of Limerick – 2019",
              "Advanced Paramedic (PHECC Level 6), NAS College & UCD – 2020",
              "Paramedic (PHECC Level 5), NAS College, Dublin – 2015",
              "EMT (PHECC), 2012 | PHTLS, ACLS, PALS – current"]:
        para(d, q, after=1)

    heading("Clinical Skills")
    bullets(d, t["skills"])

    heading("Volunteering")
    para(d, "Meath Civil Defence – volunteer EMT and instructor, 2012 – present")
    para(d, "Referees available on request.", italic=True, before=8)
    save(d, base, t)


# ================================================================== 21 cybersecurity analyst (NL) - multi-level lists
def add_multilevel_numbering(d):
    """Create an abstractNum with three bullet levels and return its numId."""
    numbering = d.part.numbering_part.element
    abs_id, num_id = 90, 90
    lvls = []
    for ilvl, (glyph, font, ind) in enumerate([("•", "Symbol", 360), ("o", "Courier New", 720),
                                                ("▪", "Wingdings", 1080)]):
        lvls.append(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr></w:lvl>'
            % (ilvl, glyph if glyph != "•" else "\u2022", ind, font if font != "Symbol" else "Arial",
               font if font != "Symbol" else "Arial"))
    absn = parse_xml('<w:abstractNum xmlns:w="%s" w:abstractNumId="%d">'
                     '<w:multiLevelType w:val="hybridMultilevel"/>%s</w:abstractNum>' % (W_NS, abs_id, "".join(lvls)))
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(absn)
    num = parse_xml('<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (W_NS, num_id, abs_id))
    numbering.append(num)
    return num_id


def ml_item(d, text, level, num_id, bold=False):
    p = para(d, "", after=0)
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr xmlns:w="%s"><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                      % (W_NS, level, num_id))
    pPr.insert(0, numPr)
    run(p, text, bold=bold)
    return p


def r21():
    base = "w5_21_cybersecurity_analyst_docx"
    skills_tree = [("SIEM:", ["Splunk ES", "Microsoft Sentinel (KQL)"]),
                   ("EDR:", ["CrowdStrike Falcon", "Microsoft Defender for Endpoint"]),
                   ("Detection engineering:", ["MITRE ATT&CK", "Sigma rules"]),
                   ("Scripting:", ["Python", "PowerShell"]),
                   ("DFIR:", ["Velociraptor", "Volatility"])]
    t = truth("Mehmet Yılmaz", "m.yilmaz@example.nl", "+31 6 5550 8842",
              [job("Zuidas Cyber Defence B.V.", "Security Analyst L3 / Threat Hunter", "04-2022"),
               job("Zuidas Cyber Defence B.V.", "SOC Analyst L2", "09-2020", "03-2022"),
               job("Rijnland Zorggroep", "IT System Administrator", "02-2017", "08-2020"),
               job("Bolt IT Services B.V.", "Service Desk Employee (student job)", "09-2015", "01-2017")],
              [leaf for _, leaves in skills_tree for leaf in leaves])
    d = new_doc(font="Segoe UI", size=10, margins=(1.8, 1.8, 2.2, 2.2))
    nid = add_multilevel_numbering(d)

    para(d, "Mehmet Yılmaz", bold=True, size=22, after=0)
    para(d, "Security Analyst · Threat Hunting · Incident Response", size=11, color="C0392B", after=2)
    para(d, "Leiden, Netherlands  •  +31 6 5550 8842  •  m.yilmaz@example.nl  •  linkedin.com/in/mehmet-yilmaz-example",
         size=9, after=10)

    def heading(txt):
        d.add_heading(txt, level=2)

    heading("Profile")
    para(d, "Blue-team analyst with 9 years in IT and 5 in a 24/7 managed SOC serving Dutch healthcare, "
            "logistics and local-government clients. I hunt in Sentinel and Splunk, write detections that "
            "hold up in production, and lead incident response calls. Dutch and English at work, Turkish at home.")

    heading("Work experience")
    jobs = [
        ("Security Analyst L3 / Threat Hunter", "Zuidas Cyber Defence B.V., Amsterdam", "04-2022 – present",
         [("Threat hunting programme for 40+ MSSP customers", ["Hypothesis-driven hunts mapped to MITRE ATT&CK",
                                                                "Turned 26 hunts into production detections"]),
          ("Incident lead for P1 incidents", ["Ransomware containment at a logistics client (2023)",
                                              "Post-incident reports for customer boards and the AP (GDPR)"]),
          ("Mentor for L1/L2 analysts", [])]),
        ("SOC Analyst L2", "Zuidas Cyber Defence B.V., Amsterdam", "09-2020 – 03-2022",
         [("Triage and investigation of escalated alerts in Splunk ES and Sentinel", []),
          ("Wrote 30+ KQL analytics rules and tuned noisy use cases", ["False positives down 40% on the M365 ruleset"])]),
        ("IT System Administrator", "Rijnland Zorggroep, Leiden", "02-2017 – 08-2020",
         [("Windows Server, Active Directory and Intune for 1,800 users across 12 care locations", []),
          ("Security contact for NEN 7510 audits", ["Patch management and vulnerability scanning (Nessus)"])]),
        ("Service Desk Employee (student job)", "Bolt IT Services B.V., Haarlem", "09-2015 – 01-2017",
         [("First-line support by phone and ticket (TOPdesk)", [])]),
    ]
    for title, comp, dates, items in jobs:
        p = para(d, "", before=6, after=0)
        run(p, title, bold=True, size=10.5)
        run(p, "  |  " + comp, size=10.5)
        para(d, dates, italic=True, color="666666", after=1)
        for top, subs in items:
            ml_item(d, top, 0, nid)
            for s in subs:
                ml_item(d, s, 1, nid)

    heading("Skills")
    for cat, leaves in skills_tree:
        ml_item(d, cat, 0, nid, bold=True)
        for leaf in leaves:
            ml_item(d, leaf, 1, nid)

    heading("Certifications")
    for c in ["GIAC Certified Incident Handler (GCIH) – 2023", "Microsoft SC-200 Security Operations Analyst – 2021",
              "CompTIA Security+ – 2019"]:
        para(d, c, style="List Number", after=0)

    heading("Education")
    para(d, "BSc HBO-ICT (Cyber Security track), Hogeschool Leiden – 2013 – 2017", after=1)
    para(d, "MBO-4 ICT Beheerder, ROC Leiden – 2009 – 2013", after=1)

    heading("Languages")
    para(d, "Dutch (native) · Turkish (native) · English (C1) · German (B1)")
    save(d, base, t)


# ================================================================== 22 marine engineer (Philippines) - plain paragraphs
def r22():
    base = "w5_22_marine_engineer_docx"
    t = truth("Ramon Jose B. Dimaculangan", "rj.dimaculangan@example.com", "+63 918 555 0271",
              [job("Visayas Ship Management Corp.", "Technical Superintendent", "January 2022"),
               job("Visayas Ship Management Corp.", "Chief Engineer", "April 2018", "November 2021"),
               job("Pacific Crewing Phils., Inc.", "Second Engineer", "2014", "2018"),
               job("Pacific Crewing Phils., Inc.", "Third Engineer", "2011", "2014"),
               job("Pacific Crewing Phils., Inc.", "Engine Cadet", "2009", "2010")],
              ["MAN B&W and Wärtsilä main engines", "Planned maintenance systems (AMOS, ShipManager)",
               "Dry-dock planning", "MARPOL & ISM compliance", "Budget control"])
    d = new_doc(a4=False, font="Cambria", size=11, margins=(2.2, 2.2, 2.5, 2.5))  # US Letter, as many PH docs
    para(d, "RAMON JOSE B. DIMACULANGAN", bold=True, size=15, after=0)
    para(d, "Chief Engineer (Unlimited) / Technical Superintendent", after=0)
    para(d, "Lot 4 Blk 9, Greenville Subd., Consolacion, Cebu 6001", after=0)
    para(d, "+63 918 555 0271  /  rj.dimaculangan@example.com", after=12)

    para(d, "OBJECTIVE", bold=True, after=2)
    para(d, "To continue growing as a technical superintendent for a bulk or tanker fleet, bringing 12 years "
            "of sea service and a strong record on dry-docks, PSC inspections and running-cost control.",
         after=10)

    para(d, "EXPERIENCE", bold=True, after=2)
    entries = [
        ("Technical Superintendent, Visayas Ship Management Corp., Cebu City (January 2022 – Present)",
         "Shore-based superintendent for five Supramax bulk carriers under Panama and Marshall Islands flags. "
         "Responsible for the technical budget (USD 6.2M/yr), two dry-dockings in Zhoushan and Subic, "
         "PSC/vetting preparation and spare-parts approvals."),
        ("Chief Engineer, Visayas Ship Management Corp. (April 2018 – November 2021)",
         "Four contracts on M/V Pacific Orchid and M/V Lapu-Lapu Star (58,000 DWT, MAN B&W 6S50MC-C). "
         "Zero PSC detentions; led ballast water treatment system retrofit in 2020."),
        ("Second Engineer, Pacific Crewing Phils., Inc. (2014 – 2018)",
         "Container and car-carrier vessels up to 9,000 TEU, Wärtsilä RT-flex engines. Maintained the "
         "planned maintenance system (AMOS) and purifier/generator overhauls."),
        ("Third Engineer, Pacific Crewing Phils., Inc. (2011 – 2014)",
         "Handysize bulk carriers; responsible for boilers, fuel oil and lube oil systems, bunkering."),
        ("Engine Cadet, Pacific Crewing Phils., Inc. (2009 – 2010)",
         "12-month shipboard training on M/V Ocean Sampaguita as part of the BSMarE programme."),
    ]
    for head, body in entries:
        para(d, head, bold=True, after=0, before=4)
        para(d, body, after=4)

    para(d, "EDUCATION", bold=True, after=2, before=6)
    para(d, "Bachelor of Science in Marine Engineering, University of Cebu – Maritime Education and Training "
            "Center, 2006 – 2010 (shipboard training year included).", after=10)

    para(d, "LICENSES AND CERTIFICATES", bold=True, after=2)
    para(d, "Certificate of Competency – Chief Engineer Officer (STCW III/2), MARINA, valid until 2027. "
            "Seafarer's Identification and Record Book (SIRB) No. C0555123. US C1/D visa. "
            "ERM, High Voltage (management level), Ship Security Officer, Advanced Fire Fighting.", after=10)

    para(d, "SKILLS", bold=True, after=2)
    para(d, "; ".join(t["skills"]) + ".", after=10)

    para(d, "PERSONAL", bold=True, after=2)
    para(d, "Born 22 July 1988 in Batangas City. Married, with two children. Filipino citizen. "
            "Height 5'8\", weight 72 kg.", after=10)

    para(d, "REFERENCES", bold=True, after=2)
    para(d, "Capt. Eduardo M. Villareal, Fleet Manager, Visayas Ship Management Corp., +63 32 555 0190. "
            "C/E Rodrigo S. Manalo, Chief Engineer, Pacific Crewing Phils., Inc., +63 917 555 0207.")
    save(d, base, t)


# ================================================================== 23 cabin crew (SA in UAE) - two-column table sidebar
def r23():
    base = "w5_23_cabin_crew_docx"
    t = truth("Zanele Dube", "zanele.dube@example.com", "+971 50 555 0147",
              [job("Gulf Horizon Airways", "Senior Flight Attendant (Business Class)", "October 2021"),
               job("Gulf Horizon Airways", "Flight Attendant", "February 2018", "September 2021"),
               job("Springbok Express Airlines", "Cabin Crew Member", "March 2015", "December 2017"),
               job("Sandton Crest Hotel", "Guest Relations Agent", "2013", "2015")],
              ["Safety & emergency procedures (SEP)", "First aid & AED", "Premium cabin service",
               "Conflict resolution", "WSET Level 2 in Wines", "Cultural awareness"])
    d = new_doc(font="Century Gothic", size=9.5, margins=(1.2, 1.2, 1.2, 1.2))
    tb = d.add_table(rows=1, cols=2)
    no_borders(tb)
    side, main = tb.rows[0].cells
    shade(side, "16324F")
    set_col_widths(tb, [6.0, 12.6])
    W = "FFFFFF"

    cell_text(side, "ZANELE", first=True, bold=True, size=20, color=W)
    cell_text(side, "DUBE", bold=True, size=20, color="F2C14E", after=2)
    cell_text(side, "Senior Cabin Crew", size=10.5, color=W, after=14)

    def side_head(txt):
        p = cell_text(side, txt, bold=True, size=10.5, color="F2C14E", before=10, after=3)
        bottom_rule(p, "F2C14E", 6)

    side_head("CONTACT")
    for l in ["+971 50 555 0147", "zanele.dube@example.com", "Al Qusais, Dubai, UAE",
              "Passport: South African", "Valid UAE residence visa"]:
        cell_text(side, l, color=W, after=1)
    side_head("SKILLS")
    for s in t["skills"]:
        cell_text(side, "›  " + s, color=W, after=1)
    side_head("LANGUAGES")
    for l in ["English – fluent", "isiZulu – native", "Afrikaans – good", "Arabic – basic"]:
        cell_text(side, l, color=W, after=1)
    side_head("DETAILS")
    for l in ["Height 168 cm | arm reach 212 cm", "No visible tattoos", "Swim test passed (2024)"]:
        cell_text(side, l, color=W, after=1)

    def main_head(txt, first=False):
        p = cell_text(main, txt, first=first, bold=True, size=12, color="16324F", before=None if first else 12, after=3)
        bottom_rule(p, "16324F", 8)

    for c in (main,):
        c.paragraphs[0].paragraph_format.left_indent = Cm(0.3)
    main_head("PROFILE", first=True)
    cell_text(main, "Warm, safety-focused senior flight attendant with 9 years of flying, including 6 years "
                    "on a long-haul A380/B777 fleet out of Dubai. Business-class trained, purser-ready, and "
                    "known for calm handling of medical events and difficult passengers.")

    main_head("EXPERIENCE")
    jobs = [
        ("Senior Flight Attendant (Business Class)", "Gulf Horizon Airways", "Dubai, UAE", "October 2021 – Present",
         ["Lead a business-class team of 6 on long-haul A380 and B777 flights",
          "In-flight service recovery; 4 commendation letters in 2023",
          "Acting purser on 18 sectors"]),
        ("Flight Attendant", "Gulf Horizon Airways", "Dubai, UAE", "February 2018 – September 2021",
         ["Economy and premium-economy service on 70+ routes",
          "Repatriation flights during 2020"]),
        ("Cabin Crew Member", "Springbok Express Airlines", "Johannesburg, South Africa", "March 2015 – December 2017",
         ["Domestic and regional B737 operations; up to 4 sectors a day"]),
        ("Guest Relations Agent", "Sandton Crest Hotel", "Johannesburg", "2013 – 2015", []),
    ]
    for title, comp, loc, dates, duties in jobs:
        cell_text(main, title, bold=True, size=10.5, before=6, after=0)
        p = cell_text(main, comp, italic=True, after=0)
        run(p, "  ·  " + loc, italic=True, color="777777")
        cell_text(main, dates, size=9, color="777777", after=2)
        for du in duties:
            para(main, du, style="List Bullet", after=0)

    main_head("EDUCATION & TRAINING")
    for l in ["Diploma in Hospitality Management – Tshwane University of Technology, 2010 – 2012",
              "Initial Cabin Crew Training – Springbok Express Training Academy, 2015",
              "Business Class Service Excellence – Gulf Horizon Training College, 2021",
              "National Senior Certificate (Matric) – Pretoria High School for Girls, 2009"]:
        cell_text(main, l, after=2)
    save(d, base, t)


if __name__ == "__main__":
    for f in (r17, r18, r19, r20, r21, r22, r23):
        f()
    print("docx: wrote 7")

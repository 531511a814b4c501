"""Generate the seven DOCX resumes (w8_17 .. w8_23) and their truth files."""
import os

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401  (kept for clarity)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK  # noqa: F401
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Inches, Cm, RGBColor

from common import OUT, job, truth, save_truth

NAVY = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x55, 0x55, 0x55)


# ------------------------------------------------------------------ helpers
def new_doc(font="Calibri", size=10.5, page="A4", margins=Cm(2.0), author=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    sec = doc.sections[0]
    if page == "A4":
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    else:  # US Letter
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, margins)
    if author:
        doc.core_properties.author = author
        doc.core_properties.title = "CV - " + author
    return doc


def para(container, runs=(), style=None, align=None, after=None, before=None,
         indent=None, first=None, tabs=(), keep_next=False):
    """Add a paragraph. runs: str or list of (text, dict(bold, italic, size, color, caps))."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, {})]
    for text, fmt in runs:
        r = p.add_run(text)
        r.bold = fmt.get("bold")
        r.italic = fmt.get("italic")
        if "size" in fmt:
            r.font.size = Pt(fmt["size"])
        if "color" in fmt:
            r.font.color.rgb = fmt["color"]
        if fmt.get("caps"):
            r.font.all_caps = True
        if "font" in fmt:
            r.font.name = fmt["font"]
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent is not None:
        pf.left_indent = indent
    if first is not None:
        pf.first_line_indent = first
    for pos, kind in tabs:
        pf.tab_stops.add_tab_stop(pos, kind)
    if keep_next:
        pf.keep_with_next = True
    return p


# Word is strict about the order of children in pPr / tblPr / tcPr, so new
# elements are inserted before the first element that must follow them.
PPR_AFTER_PBDR = ["shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
                  "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
                  "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
                  "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
                  "rPr", "sectPr", "pPrChange"]
TBLPR_AFTER_LAYOUT = ["tblCellMar", "tblLook", "tblCaption", "tblDescription", "tblPrChange"]
TBLPR_AFTER_CELLMAR = ["tblLook", "tblCaption", "tblDescription", "tblPrChange"]
TCPR_AFTER_SHD = ["noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark", "headers",
                  "cellIns", "cellDel", "cellMerge", "tcPrChange"]


def insert_ordered(parent, child, successors):
    names = {qn("w:" + n) for n in successors}
    for el in parent:
        if el.tag in names:
            el.addprevious(child)
            return child
    parent.append(child)
    return child


def bottom_border(p, color="1F3A5F", size=8):
    pPr = p._p.get_or_add_pPr()
    insert_ordered(pPr, parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), size, color)), PPR_AFTER_PBDR)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    insert_ordered(tcPr, parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)),
                   TCPR_AFTER_SHD)


def set_cell_width(cell, width):
    cell.width = width
    tcPr = cell._tc.get_or_add_tcPr()
    for el in tcPr.findall(qn("w:tcW")):
        el.set(qn("w:type"), "dxa")


def fixed_layout(table):
    tblPr = table._tbl.tblPr
    insert_ordered(tblPr, parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")), TBLPR_AFTER_LAYOUT)


def cell_margins(table, top=60, left=100, bottom=60, right=100):
    tblPr = table._tbl.tblPr
    insert_ordered(tblPr, parse_xml(
        '<w:tblCellMar %s><w:top w:w="%d" w:type="dxa"/><w:left w:w="%d" w:type="dxa"/>'
        '<w:bottom w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tblCellMar>'
        % (nsdecls("w"), top, left, bottom, right)), TBLPR_AFTER_CELLMAR)


def add_page_field(p):
    r = p.add_run()
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = p.add_run()
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    p.add_run("1")
    r4 = p.add_run()
    r4._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def heading(doc, text, color=NAVY, size=11.5, before=10, border=True, caps=True):
    p = para(doc, [(text, {"bold": True, "size": size, "color": color, "caps": caps})],
             before=before, after=3, keep_next=True)
    if border:
        bottom_border(p)
    return p


def bullets(container, items, style="List Bullet", size=None):
    for it in items:
        fmt = {"size": size} if size else {}
        para(container, [(it, fmt)], style=style, after=1)


def save(doc, stem):
    path = os.path.join(OUT, stem + ".docx")
    doc.save(path)
    return path


# =====================================================================
# 17 Hospital chaplain, USA - name and contact only in the page header;
# body written in plain paragraphs (no bullets), Letter size.
# =====================================================================
def chaplain():
    stem = "w8_17_chaplain_docx"
    doc = new_doc(font="Georgia", size=10.5, page="Letter", margins=Inches(1.0),
                  author="Sarah L. Whitfield")
    sec = doc.sections[0]
    sec.header_distance = Inches(0.4)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("Sarah L. Whitfield, M.Div., BCC")
    r.bold, r.font.size = True, Pt(17)
    hp2 = para(sec.header, [("Indianapolis, IN 46220  ·  (317) 555-0164  ·  swhitfield.chaplain@example.org",
                             {"size": 9.5, "color": GREY})], align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    bottom_border(hp2, color="7F7F7F", size=6)

    def sect(title):
        p = para(doc, [(title, {"bold": True, "size": 11, "caps": True})], before=12, after=4, keep_next=True)
        return p

    sect("Summary")
    para(doc, "Board Certified Chaplain endorsed by the United Methodist Church with eleven years of "
              "ministry, the last six in acute-care hospital chaplaincy. I provide spiritual and emotional "
              "care to patients, families and staff of all faiths and none, with particular experience in "
              "palliative care, intensive care and trauma response. I am a steady presence in crisis and a "
              "collaborative member of interdisciplinary teams.", after=4)

    sect("Chaplaincy and Ministry Experience")
    entries = [
        ("Staff Chaplain", "Crossroads Health Methodist Hospital, Indianapolis, IN", "August 2019 – present",
         "Provide spiritual care for the medical ICU, cardiac ICU and the inpatient palliative care "
         "service of an 800-bed Level I trauma center. I respond to trauma pages and deaths on a 24-hour "
         "on-call rotation, facilitate family meetings with the palliative team, and document care in Epic. "
         "I co-lead the monthly bereavement support group and the Tea for the Soul staff-support program "
         "that began during COVID-19, and I serve on the hospital ethics committee."),
        ("Chaplain Resident", "Saint Brigid's Medical Center, Chicago, IL", "August 2018 – July 2019",
         "Completed a twelve-month ACPE-accredited residency (three units of Clinical Pastoral "
         "Education) with clinical assignments in oncology, the emergency department and the neonatal "
         "ICU. Led weekly interfaith services and a grief group for parents."),
        ("Associate Pastor", "Grace Fellowship United Methodist Church, Carmel, IN", "June 2014 – July 2018",
         "Shared preaching and pastoral care for a congregation of 900 members. Coordinated hospital and "
         "home visitation, Stephen Ministry, funerals and the congregational care team of 40 volunteers."),
        ("Youth Ministry Coordinator", "Meridian Street Community Church, Indianapolis, IN",
         "September 2011 – May 2014",
         "Part-time role during seminary: weekly youth programs, mission trips and parent communication."),
    ]
    for title, org, dates, desc in entries:
        para(doc, [(title, {"bold": True}), (", " + org, {})], before=6, after=0, keep_next=True)
        para(doc, [(dates, {"italic": True, "color": GREY})], after=2, keep_next=True)
        para(doc, desc, after=4)

    sect("Clinical Pastoral Education")
    para(doc, "Four units of ACPE-accredited CPE: one extended unit at Eskenazi Health (2014) and three "
              "residency units at Saint Brigid's Medical Center (2018–2019).", after=4)

    sect("Ordination and Certification")
    para(doc, "Ordained Elder, Indiana Conference of the United Methodist Church, 2017", after=1)
    para(doc, "Board Certified Chaplain (BCC), Association of Professional Chaplains, 2021", after=1)
    para(doc, "Endorsed for chaplaincy by the UMC Endorsing Agency, 2019", after=4)

    sect("Education")
    para(doc, "Master of Divinity, Christian Theological Seminary, Indianapolis, IN, 2014", after=1)
    para(doc, "Bachelor of Arts in Psychology, Indiana University Bloomington, 2010", after=4)

    sect("Areas of Competence")
    comp = ["Palliative and end-of-life care", "Trauma and critical incident response",
            "Interfaith and multicultural ministry", "Ethics consultation",
            "Bereavement group facilitation", "Staff support and debriefing", "Epic documentation"]
    para(doc, "  •  ".join(comp), after=4)

    sect("Professional Memberships")
    para(doc, "Association of Professional Chaplains (APC); Indiana Chaplains Network", after=0)

    save(doc, stem)
    save_truth(stem, truth(
        "Sarah L. Whitfield", "swhitfield.chaplain@example.org", "(317) 555-0164",
        [job("Crossroads Health Methodist Hospital", "Staff Chaplain", "August 2019"),
         job("Saint Brigid's Medical Center", "Chaplain Resident", "August 2018", "July 2019"),
         job("Grace Fellowship United Methodist Church", "Associate Pastor", "June 2014", "July 2018"),
         job("Meridian Street Community Church", "Youth Ministry Coordinator", "September 2011", "May 2014")],
        comp))


# =====================================================================
# 18 Foreign Service officer, Pakistan - everything in bordered tables:
# personal information table, career table (Period | Designation | Station),
# education table.
# =====================================================================
def foreign_service():
    stem = "w8_18_foreign_service_officer_docx"
    doc = new_doc(font="Times New Roman", size=11, margins=Cm(2.2), author="Ayesha Siddiqa Qureshi")
    para(doc, [("CURRICULUM VITAE", {"bold": True, "size": 15, "font": "Times New Roman"})],
         align=WD_ALIGN_PARAGRAPH.CENTER, after=8)

    def sect(title):
        p = para(doc, [(title, {"bold": True, "size": 12, "caps": True})], before=10, after=4, keep_next=True)
        return p

    def grid(rows, widths, header=False, bold_first_col=False):
        t = doc.add_table(rows=0, cols=len(widths))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        fixed_layout(t)
        for j, w in enumerate(widths):
            t.columns[j].width = w
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j, val in enumerate(row):
                set_cell_width(cells[j], widths[j])
                cp = cells[j].paragraphs[0]
                run = cp.add_run(val)
                run.font.size = Pt(10.5)
                if (header and i == 0) or (bold_first_col and j == 0):
                    run.bold = True
                if header and i == 0:
                    shade_cell(cells[j], "D9E2F3")
        return t

    sect("Personal Information")
    grid([
        ("Name", "Ayesha Siddiqa Qureshi"),
        ("Father's Name", "Muhammad Aslam Qureshi"),
        ("Date of Birth", "3 April 1986"),
        ("Domicile", "Punjab (Rawalpindi)"),
        ("Service / Group", "Foreign Service of Pakistan (FSP), 39th Common Training Program"),
        ("Present Grade", "BS-19"),
        ("Cell", "+92 300 5550147"),
        ("Email", "ayesha.qureshi@example.com.pk"),
        ("Address", "House 27, Street 9, F-7/2, Islamabad"),
    ], [Cm(4.5), Cm(12.0)], bold_first_col=True)

    sect("Career Summary")
    career = [
        ("Period", "Designation", "Organisation / Station"),
        ("Sep 2022 – to date", "Director (Europe-II)", "Ministry of Foreign Affairs, Islamabad"),
        ("Aug 2018 – Aug 2022", "First Secretary (Political)", "Embassy of Pakistan, Berlin"),
        ("Jul 2015 – Jul 2018", "Second Secretary",
         "Permanent Mission of Pakistan to the United Nations, Geneva"),
        ("Nov 2013 – Jun 2015", "Assistant Director (UN & Multilateral)", "Ministry of Foreign Affairs, Islamabad"),
        ("Sep 2009 – Oct 2011", "Lecturer (International Relations)",
         "Government Postgraduate College for Women, Satellite Town, Rawalpindi"),
    ]
    grid(career, [Cm(4.0), Cm(5.0), Cm(7.5)], header=True)

    sect("Major Assignments")
    bullets(doc, [
        "Director (Europe-II): oversee bilateral relations with Germany, Austria, Switzerland and the "
        "Nordic countries; prepared the Foreign Minister's visit to Berlin (2023) and two rounds of "
        "bilateral political consultations.",
        "Berlin: political reporting, parliamentary outreach, and coordination of the Pakistan–Germany "
        "strategic dialogue; supervised consular camps for the diaspora during 2022 flood relief.",
        "Geneva: represented Pakistan in Human Rights Council sessions, UPR working groups and Third "
        "Committee-related consultations; drafted statements and negotiated resolution texts.",
        "Islamabad (UN desk): prepared briefs and talking points for UNGA, OIC and SCO meetings.",
    ])

    sect("Education")
    grid([
        ("Degree", "Institution", "Year", "Division"),
        ("M.Phil. International Relations", "Quaid-i-Azam University, Islamabad", "2009", "1st"),
        ("M.Sc. International Relations", "Quaid-i-Azam University, Islamabad", "2007", "1st"),
        ("B.A. (Political Science, English)", "Government College for Women, Rawalpindi", "2005", "1st"),
    ], [Cm(5.2), Cm(7.3), Cm(1.8), Cm(2.2)], header=True)

    sect("Training")
    bullets(doc, [
        "Common Training Program (39th CTP), Civil Services Academy, Lahore, 2011–2012",
        "Specialized Diplomatic Course, Foreign Service Academy, Islamabad, 2012–2013",
        "Executive Course on International Security, Geneva Centre for Security Policy, 2017",
    ])

    sect("Core Competencies")
    comp = ["Bilateral and multilateral negotiation",
            "Drafting of briefs, talking points and speeches",
            "Protocol and high-level visit management",
            "Consular and community welfare",
            "Human rights diplomacy (HRC, UPR)"]
    bullets(doc, comp)

    sect("Languages")
    grid([("Language", "Proficiency"), ("Urdu", "Native"), ("Punjabi", "Native"),
          ("English", "Fluent (C2)"), ("German", "Upper intermediate (B2)"), ("Arabic", "Reading")],
         [Cm(4.5), Cm(12.0)], header=True)

    sect("References")
    para(doc, "Will be furnished on request.")

    save(doc, stem)
    save_truth(stem, truth(
        "Ayesha Siddiqa Qureshi", "ayesha.qureshi@example.com.pk", "+92 300 5550147",
        [job("Ministry of Foreign Affairs", "Director (Europe-II)", "Sep 2022"),
         job("Embassy of Pakistan", "First Secretary (Political)", "Aug 2018", "Aug 2022"),
         job("Permanent Mission of Pakistan to the United Nations", "Second Secretary", "Jul 2015", "Jul 2018"),
         job("Ministry of Foreign Affairs", "Assistant Director (UN & Multilateral)", "Nov 2013", "Jun 2015"),
         job("Government Postgraduate College for Women", "Lecturer (International Relations)",
             "Sep 2009", "Oct 2011")],
        comp))


# =====================================================================
# 19 Cosmetic formulation chemist, Mexico - tab stops: company left /
# location right, title left / dates right; skills in tabbed two columns.
# =====================================================================
def cosmetic_chemist():
    stem = "w8_19_cosmetic_chemist_docx"
    doc = new_doc(font="Arial", size=10, page="Letter", margins=Inches(0.8),
                  author="María Fernanda Ruiz Castañeda")
    RIGHT = Inches(6.9)
    para(doc, [("María Fernanda Ruiz Castañeda", {"bold": True, "size": 20, "color": RGBColor(0x8B, 0x1E, 0x3F)})],
         after=0)
    para(doc, [("Senior Formulation Chemist — Skin Care & Sun Care", {"size": 11.5, "color": GREY})], after=4)
    para(doc, "Toluca, Estado de México  |  +52 55 5555 0132  |  mf.ruizcastaneda@example.com.mx", after=1)
    para(doc, [("Nationality: Mexican  |  Date of birth: 14 February 1991  |  Marital status: Single  |  "
                "Willing to relocate", {"size": 9, "color": GREY})], after=6)

    def sect(title):
        p = para(doc, [(title, {"bold": True, "size": 11, "color": RGBColor(0x8B, 0x1E, 0x3F), "caps": True})],
                 before=8, after=3, keep_next=True)
        bottom_border(p, color="8B1E3F", size=6)

    sect("Profile")
    para(doc, "Cosmetic chemist with ten years in R&D for facial skin care, sunscreens and body care for "
              "the Mexican and Latin American markets. I design emulsions from bench to pilot batch, run "
              "stability programs and prepare technical files for COFEPRIS notifications. Bilingual "
              "Spanish–English, used to working with global R&D centres in the US and France.", after=4)

    sect("Professional Experience")

    def company(name, place):
        para(doc, [(name, {"bold": True, "size": 10.5}), ("\t" + place, {"italic": True})],
             tabs=[(RIGHT, WD_TAB_ALIGNMENT.RIGHT)], before=6, after=0, keep_next=True)

    def role(title, dates, items):
        para(doc, [(title, {"bold": True, "italic": True}), ("\t" + dates, {})],
             tabs=[(RIGHT, WD_TAB_ALIGNMENT.RIGHT)], before=2, after=1, keep_next=True)
        bullets(doc, items)

    company("Laboratorios Dermavita S.A. de C.V.", "Toluca, Méx.")
    role("Senior Formulation Chemist", "Mar 2020 – Present", [
        "Lead formulator for the facial care and sun care lines (22 launches, 4 countries)",
        "Developed the brand's first SPF 50+ fluid with a 100% mineral filter system",
        "Replaced 14 raw materials with local suppliers, saving MXN 6.8 M per year",
        "Mentor two junior chemists and one intern; approve pilot and first production batches",
    ])
    role("Formulation Chemist", "Jan 2017 – Feb 2020", [
        "Formulated creams, serums and micellar waters; ran 3-month accelerated stability studies",
        "Prepared COFEPRIS sanitary notifications and technical dossiers",
    ])
    company("Cosméticos Alba S.A.", "Guadalajara, Jal.")
    role("R&D Laboratory Analyst", "Aug 2014 – Dec 2016", [
        "Physicochemical testing (pH, viscosity, centrifuge, freeze-thaw) for body care products",
        "Supported scale-up trials of shampoos and conditioners in the pilot plant",
    ])
    company("Farmacéutica del Bajío S.A. de C.V.", "León, Gto.")
    role("Quality Control Intern", "Jan 2014 – Jul 2014", [
        "Raw-material sampling and HPLC assay support (professional internship, UNAM)",
    ])

    sect("Education")
    para(doc, [("B.Sc. Pharmaceutical Chemistry (Químico Farmacéutico Biólogo)", {"bold": True}),
               ("\t2009 – 2014", {})], tabs=[(RIGHT, WD_TAB_ALIGNMENT.RIGHT)], after=0)
    para(doc, "Universidad Nacional Autónoma de México (UNAM) — thesis on nanoemulsions for topical delivery",
         after=3)
    para(doc, [("Diploma in Cosmetic Science", {"bold": True}), ("\t2018", {})],
         tabs=[(RIGHT, WD_TAB_ALIGNMENT.RIGHT)], after=0)
    para(doc, "Sociedad Mexicana de Químicos Cosmetólogos", after=3)

    sect("Technical Skills")
    skills = [
        ("Emulsion design (O/W, W/O, W/Si)", "Stability and compatibility testing"),
        ("Sunscreen formulation (SPF/UVA in vitro)", "COFEPRIS regulatory dossiers"),
        ("Raw material sourcing and cost optimization", "Design of experiments (Minitab)"),
        ("Pilot plant scale-up", "GMP (ISO 22716)"),
    ]
    for a, b in skills:
        para(doc, "• " + a + "\t• " + b, tabs=[(Inches(3.5), WD_TAB_ALIGNMENT.LEFT)], after=1)

    sect("Languages")
    para(doc, "Spanish (native)  ·  English (advanced, TOEFL iBT 104)  ·  French (basic)")

    save(doc, stem)
    save_truth(stem, truth(
        "María Fernanda Ruiz Castañeda", "mf.ruizcastaneda@example.com.mx", "+52 55 5555 0132",
        [job("Laboratorios Dermavita S.A. de C.V.", "Senior Formulation Chemist", "Mar 2020"),
         job("Laboratorios Dermavita S.A. de C.V.", "Formulation Chemist", "Jan 2017", "Feb 2020"),
         job("Cosméticos Alba S.A.", "R&D Laboratory Analyst", "Aug 2014", "Dec 2016"),
         job("Farmacéutica del Bajío S.A. de C.V.", "Quality Control Intern", "Jan 2014", "Jul 2014")],
        [x for pair in skills for x in pair]))


# =====================================================================
# 20 Croupier / dealer inspector, Malta - name and contact in a VML text
# box at the top of page 1 (as many Word templates do), plain body.
# =====================================================================
VML_NS = ('xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office"')


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def textbox_run_xml(lines, fill="1F3A5F", width_pt=481, height_pt=92):
    ps = []
    for text, size, bold, color in lines:
        ps.append(
            '<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr>%s<w:color w:val="%s"/>'
            '<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % ("<w:b/>" if bold else "", color, int(size * 2), _esc(text)))
    return (
        '<w:r %s %s><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="HeaderBox" o:spid="_x0000_s1025" type="#_x0000_t202" '
        'style="width:%dpt;height:%dpt" fillcolor="#%s" stroked="f">'
        '<v:textbox inset="12pt,8pt,12pt,6pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>'
        % (nsdecls("w"), VML_NS, width_pt, height_pt, fill, "".join(ps)))


def croupier():
    stem = "w8_20_croupier_docx"
    doc = new_doc(font="Calibri", size=10.5, margins=Cm(1.8), author="Andrei-Cosmin Popescu")
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(8)
    p._p.append(parse_xml(textbox_run_xml([
        ("ANDREI-COSMIN POPESCU", 20, True, "FFFFFF"),
        ("Dealer Inspector  ·  Croupier  ·  Live Casino Presenter", 11, False, "D6E4F0"),
        ("Swieqi, Malta  |  +356 7955 0123  |  andrei.popescu@example.com", 10, False, "FFFFFF"),
        ("EU citizen (Romania)  ·  MGA gaming employee licence  ·  Clean police conduct certificate",
         9, False, "D6E4F0"),
    ])))

    def sect(title):
        p = para(doc, [(title, {"bold": True, "size": 12, "color": NAVY})], before=8, after=3, keep_next=True)
        bottom_border(p, color="C9A227", size=8)

    sect("Profile")
    para(doc, "Dealer Inspector with eleven years on the gaming floor in Malta, Romania and at sea, plus two "
              "years presenting live-streamed games. Fast, accurate and friendly on all major table games, "
              "calm with difficult players and strict on game protection and AML procedures.", after=4)

    sect("Experience")

    def employer(name):
        para(doc, [(name, {"bold": True, "size": 11})], before=6, after=0, keep_next=True)

    def role(title, dates, items):
        para(doc, [(title, {"bold": True, "italic": True}), ("   |   " + dates, {"color": GREY})],
             after=1, keep_next=True)
        bullets(doc, items)

    employer("Grand Harbour Casino, St Julian's")
    role("Dealer Inspector", "Oct 2021 – Present", [
        "Supervise up to 6 live tables (roulette, blackjack, poker); verify pay-outs and fills/credits",
        "Rate players, resolve disputes and report suspicious play to surveillance and the AML officer",
        "Train new dealers during their probation on game procedures and customer service",
    ])
    role("Croupier", "Apr 2019 – Sep 2021", [
        "Dealt American and French roulette, blackjack, punto banco and three card poker",
        "Named Dealer of the Month three times for accuracy and guest feedback",
    ])
    employer("LiveStream Gaming Studios Malta, Mosta")
    role("Live Casino Game Presenter", "Jun 2017 – Mar 2019", [
        "Presented live-streamed roulette and blackjack to international players in English and Romanian",
        "Kept chat engagement high while following strict camera and game-integrity procedures",
    ])
    employer("Grand Casino Constanța, Romania")
    role("Croupier", "Sep 2014 – May 2017", [
        "Dealt roulette, blackjack and Texas Hold'em cash games and tournaments",
    ])
    employer("Aegean Star Cruises")
    role("Seasonal Croupier", "May 2013 – Oct 2013", [
        "Onboard casino on Mediterranean itineraries; cash desk cover on sea days",
    ])

    sect("Skills")
    games = ["American & French Roulette", "Blackjack", "Punto Banco", "Three Card Poker",
             "Texas Hold'em (cash & tournament)", "Casino Stud Poker"]
    other = ["Chip cutting and accurate pay-outs", "Table supervision and dispute handling",
             "AML/KYC awareness"]
    para(doc, [("Games: ", {"bold": True}), (", ".join(games), {})], after=2)
    para(doc, [("Other: ", {"bold": True}), (", ".join(other), {})], after=2)

    sect("Languages")
    para(doc, "Romanian (native), English (fluent), Italian (good), Maltese (basic)")

    sect("Education and Training")
    para(doc, "Croupier Academy certificate – Roulette, Blackjack and Poker, Bucharest, 2013", after=1)
    para(doc, "Baccalaureate – Colegiul Național Mircea cel Bătrân, Constanța, 2012", after=1)

    save(doc, stem)
    save_truth(stem, truth(
        "Andrei-Cosmin Popescu", "andrei.popescu@example.com", "+356 7955 0123",
        [job("Grand Harbour Casino", "Dealer Inspector", "Oct 2021"),
         job("Grand Harbour Casino", "Croupier", "Apr 2019", "Sep 2021"),
         job("LiveStream Gaming Studios Malta", "Live Casino Game Presenter", "Jun 2017", "Mar 2019"),
         job("Grand Casino Constanța", "Croupier", "Sep 2014", "May 2017"),
         job("Aegean Star Cruises", "Seasonal Croupier", "May 2013", "Oct 2013")],
        games + other))


# =====================================================================
# 21 Automation & controls engineer, UAE - real multi-level numbering:
# 1. employer  a) role | dates  • duties; personal details + declaration.
# =====================================================================
ABSTRACT_XML = (
    '<w:abstractNum %s w:abstractNumId="20">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>'
    '<w:rPr><w:b/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%%2)"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1080" w:hanging="270"/></w:pPr></w:lvl>'
    '</w:abstractNum>' % nsdecls("w"))


def add_multilevel(doc):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(ABSTRACT_XML)
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(absn)
    numbering.append(parse_xml('<w:num %s w:numId="20"><w:abstractNumId w:val="20"/></w:num>' % nsdecls("w")))
    return 20


def numbered(doc, runs, ilvl, num_id=20, after=1):
    p = para(doc, runs, after=after)
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id
    return p


def automation_engineer():
    stem = "w8_21_automation_engineer_docx"
    doc = new_doc(font="Cambria", size=10.5, margins=Cm(2.0), author="Mohammed Irfan Shaikh")
    add_multilevel(doc)
    para(doc, [("MOHAMMED IRFAN SHAIKH", {"bold": True, "size": 18})], align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(doc, [("Senior Automation & Controls Engineer  |  11+ Years  |  GCC & India", {"size": 11, "color": NAVY})],
         align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    p = para(doc, "Dubai, UAE  |  Mobile: +971 50 555 0194  |  Email: irfan.shaikh@example.com",
             align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    bottom_border(p, size=12)

    def sect(title):
        p = para(doc, [(title, {"bold": True, "size": 11.5, "color": NAVY, "caps": True})],
                 before=8, after=3, keep_next=True)
        bottom_border(p, color="A6A6A6", size=4)

    sect("Professional Summary")
    para(doc, "Automation engineer with 11+ years of PLC, SCADA and DCS engineering, commissioning and "
              "maintenance support for water, oil & gas and FMCG plants in the UAE and India. Strong on "
              "Siemens and Rockwell platforms, site commissioning under pressure, and clear FAT/SAT "
              "documentation for consultants such as Dubai Municipality and DEWA.", after=4)

    sect("Professional Experience")
    numbered(doc, [("Al Noor Industrial Automation LLC", {"bold": True}), (" — Dubai, UAE", {})], 0, after=1)
    numbered(doc, [("Senior Automation Engineer", {"bold": True}), ("  |  Apr 2019 – Present", {})], 1)
    for t in ["Lead engineer for PLC/SCADA upgrades of 9 sewage pumping stations (Siemens S7-1500, WinCC)",
              "Commissioned a 40,000 m3/day desalination plant control system at Jebel Ali; SAT signed with zero open punch items",
              "Manage a team of 4 engineers and 6 technicians; prepare BOQs, I/O lists and cause & effect matrices",
              "Provide 24/7 escalation support for 25 maintenance contracts"]:
        numbered(doc, t, 2)
    numbered(doc, [("Gulf Process Controls FZE", {"bold": True}), (" — Jebel Ali Free Zone, UAE", {})], 0,
             after=1).paragraph_format.space_before = Pt(6)
    numbered(doc, [("Automation Engineer", {"bold": True}), ("  |  Feb 2015 – Mar 2019", {})], 1)
    for t in ["PLC programming and HMI development for packaging lines and tank farms (ControlLogix, FactoryTalk View)",
              "Panel FAT, loop checks and site commissioning in UAE, Oman and Qatar",
              "Migrated 3 legacy PLC-5 systems to ControlLogix with less than 8 hours of downtime each"]:
        numbered(doc, t, 2)
    numbered(doc, [("Sundaram Control Systems Pvt. Ltd.", {"bold": True}), (" — Pune, India", {})], 0,
             after=1).paragraph_format.space_before = Pt(6)
    numbered(doc, [("Project Engineer", {"bold": True}), ("  |  Jul 2014 – Jan 2015", {})], 1)
    for t in ["Engineering and documentation for MCC and PLC panels for sugar and pharma plants"]:
        numbered(doc, t, 2)
    numbered(doc, [("Graduate Engineer Trainee", {"bold": True}), ("  |  Jul 2013 – Jun 2014", {})], 1)
    for t in ["Rotations in panel design (AutoCAD Electrical), testing and site service"]:
        numbered(doc, t, 2)

    sect("Technical Skills")
    skills = [
        "Siemens S7-300/400/1500 PLCs (TIA Portal V17)",
        "Allen-Bradley ControlLogix & CompactLogix (Studio 5000)",
        "SCADA/HMI development (WinCC, FactoryTalk View SE)",
        "ABB 800xA DCS (operations & minor logic changes)",
        "Profinet / Profibus / Modbus TCP / EtherNet-IP",
        "Loop checking & instrument calibration",
        "FAT / SAT / commissioning documentation",
        "AutoCAD Electrical & EPLAN P8",
    ]
    bullets(doc, skills)

    sect("Education & Certifications")
    bullets(doc, [
        "B.E. Instrumentation & Control Engineering – University of Pune, 2013 (First Class with Distinction)",
        "Siemens SITRAIN TIA Portal Programming 2 – 2018",
        "Rockwell Automation Studio 5000 Logix Designer Level 3 – 2016",
        "IOSH Managing Safely – 2020",
    ])

    sect("Personal Details")
    details = [("Date of Birth", "22 November 1991"), ("Nationality", "Indian"),
               ("Visa Status", "Employment Visa (transferable)"), ("Driving Licence", "Valid UAE Driving Licence"),
               ("Languages", "English, Hindi, Urdu, Marathi, Arabic (basic)"), ("Notice Period", "30 days")]
    for k, v in details:
        para(doc, [(k, {"bold": True}), ("\t: " + v, {})], tabs=[(Cm(4.0), WD_TAB_ALIGNMENT.LEFT)], after=0)

    sect("Declaration")
    para(doc, "I hereby declare that the above information is true to the best of my knowledge.", after=8)
    para(doc, "Place: Dubai\t(Mohammed Irfan Shaikh)", tabs=[(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)])

    save(doc, stem)
    save_truth(stem, truth(
        "Mohammed Irfan Shaikh", "irfan.shaikh@example.com", "+971 50 555 0194",
        [job("Al Noor Industrial Automation LLC", "Senior Automation Engineer", "Apr 2019"),
         job("Gulf Process Controls FZE", "Automation Engineer", "Feb 2015", "Mar 2019"),
         job("Sundaram Control Systems Pvt. Ltd.", "Project Engineer", "Jul 2014", "Jan 2015"),
         job("Sundaram Control Systems Pvt. Ltd.", "Graduate Engineer Trainee", "Jul 2013", "Jun 2014")],
        skills))


# =====================================================================
# 22 Facilities manager, Qatar - whole CV inside a 1x2 borderless table:
# shaded sidebar (contact, personal, certifications, skills, languages)
# and main column (name, profile, experience, education).
# =====================================================================
def facilities_manager():
    stem = "w8_22_facilities_manager_docx"
    doc = new_doc(font="Segoe UI", size=9.5, margins=Cm(1.3), author="Samir Haddad")
    t = doc.add_table(rows=1, cols=2)
    fixed_layout(t)
    cell_margins(t, top=120, left=160, bottom=120, right=160)
    side, main = t.rows[0].cells
    t.columns[0].width, t.columns[1].width = Cm(6.0), Cm(12.4)
    set_cell_width(side, Cm(6.0))
    set_cell_width(main, Cm(12.4))
    shade_cell(side, "E8EEF4")
    teal = RGBColor(0x0E, 0x5E, 0x6F)

    def side_head(text):
        p = para(side, [(text, {"bold": True, "size": 10, "color": teal, "caps": True})], before=10, after=3)
        bottom_border(p, color="0E5E6F", size=6)

    first = side.paragraphs[0]
    first.add_run("CONTACT").bold = True
    first.runs[0].font.color.rgb = teal
    first.runs[0].font.size = Pt(10)
    bottom_border(first, color="0E5E6F", size=6)
    para(side, "+974 5555 0187", after=1)
    para(side, "samir.haddad@example.com", after=1)
    para(side, "Lusail, Qatar", after=1)
    para(side, "linkedin.com/in/samirhaddad-fm", after=1)

    side_head("Personal")
    for line in ["Nationality: Lebanese", "Residence: Qatar ID, transferable (NOC available)",
                 "Driving licence: Qatari", "Date of birth: 1986"]:
        para(side, line, after=1)

    side_head("Certifications")
    for line in ["IWFM Level 5 Diploma in Facilities Management (2019)", "NEBOSH International General Certificate",
                 "CAFM / IBM Maximo Power User", "First Aid at Work"]:
        para(side, line, after=2)

    side_head("Skills")
    skills = ["Hard & soft FM contract management", "CAFM (IBM Maximo, Concept Evolution)",
              "PPM planning and reactive maintenance", "KPI / SLA reporting", "Budgeting and cost control",
              "Vendor and subcontractor management", "Fire & life safety compliance (QCDD)",
              "Energy management and district cooling"]
    for s in skills:
        para(side, "▪ " + s, after=2)

    side_head("Languages")
    for line in ["Arabic – native", "English – fluent", "French – good"]:
        para(side, line, after=1)

    # main column
    m0 = main.paragraphs[0]
    r = m0.add_run("SAMIR HADDAD")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(22), teal
    para(main, [("Facilities Manager  |  Integrated FM  |  Mixed-use & Commercial Towers", {"size": 10.5, "color": GREY})],
         after=8)

    def main_head(text):
        p = para(main, [(text, {"bold": True, "size": 11, "color": teal, "caps": True})], before=8, after=3)
        bottom_border(p, color="0E5E6F", size=6)

    main_head("Profile")
    para(main, "Facilities manager with 15 years in MEP maintenance and integrated facilities management across "
               "Qatar and Lebanon. Currently responsible for three Grade-A towers in Lusail (210,000 m² GFA) "
               "with a team of 140 in-house and subcontracted staff. Known for turning around SLA performance "
               "and cutting energy costs without compromising occupant comfort.", after=4)

    main_head("Professional Experience")

    def role(title, org, dates, items):
        para(main, [(title, {"bold": True, "size": 10.5})], before=6, after=0)
        para(main, [(org, {"color": teal})], after=0)
        para(main, [(dates, {"italic": True, "color": GREY})], after=2)
        for it in items:
            para(main, "– " + it, indent=Cm(0.3), first=Cm(-0.3), after=1)

    role("Facilities Manager", "Pearl Gulf Facility Management W.L.L.  |  Lusail, Qatar", "March 2020 – Present", [
        "Manage an integrated FM contract (hard and soft services) for three commercial and residential towers",
        "Raised SLA compliance from 81% to 97% within 12 months; PPM completion above 98%",
        "Delivered 14% energy saving through BMS optimisation and chiller sequencing",
        "Own an annual OPEX budget of QAR 18 million and monthly client reporting",
    ])
    role("Assistant Facilities Manager", "Doha Integrated Services Co. W.L.L.  |  Doha, Qatar",
         "January 2016 – February 2020", [
             "Supported the FM for a government office campus of 11 buildings",
             "Rolled out IBM Maximo for 9,000 assets; led QCDD fire-safety inspections",
         ])
    role("MEP Supervisor", "Cedar Contracting S.A.L.  |  Beirut, Lebanon", "2011 – 2015", [
        "Supervised MEP maintenance teams for hospitals and banks in Beirut",
    ])
    role("Maintenance Engineer", "Byblos Grand Hotel  |  Jbeil, Lebanon", "2009 – 2011", [
        "Shift engineer for HVAC, plumbing and electrical systems of a 220-room hotel",
    ])

    main_head("Education")
    para(main, [("B.E. Electrical Engineering", {"bold": True}), (" — Beirut Arab University, 2009", {})], after=0)

    save(doc, stem)
    save_truth(stem, truth(
        "Samir Haddad", "samir.haddad@example.com", "+974 5555 0187",
        [job("Pearl Gulf Facility Management W.L.L.", "Facilities Manager", "March 2020"),
         job("Doha Integrated Services Co. W.L.L.", "Assistant Facilities Manager", "January 2016", "February 2020"),
         job("Cedar Contracting S.A.L.", "MEP Supervisor", "2011", "2015"),
         job("Byblos Grand Hotel", "Maintenance Engineer", "2009", "2011")],
        skills))


# =====================================================================
# 23 Podiatrist, New Zealand - header with name + contact, footer with a
# PAGE field, "Curriculum Vitae" title, dates in a tabbed left column with
# hanging indent.
# =====================================================================
def podiatrist():
    stem = "w8_23_podiatrist_docx"
    doc = new_doc(font="Calibri", size=10.5, margins=Cm(2.2), author="Aroha Tamihana")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    RIGHT = Cm(16.6)
    hp.paragraph_format.tab_stops.add_tab_stop(RIGHT, WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Aroha Tamihana")
    r.bold, r.font.size = True, Pt(14)
    hp.add_run("\tRegistered Podiatrist").font.size = Pt(10)
    hp2 = para(sec.header, [("Hamilton  ·  021 555 0143  ·  aroha.tamihana@example.co.nz", {"size": 9.5})],
               tabs=[(RIGHT, WD_TAB_ALIGNMENT.RIGHT)], after=0)
    bottom_border(hp2, color="2E7D6B", size=8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Aroha Tamihana – Curriculum Vitae – page ")
    fr.font.size = Pt(8)
    add_page_field(fp)

    green = RGBColor(0x2E, 0x7D, 0x6B)
    para(doc, [("Curriculum Vitae", {"size": 18, "color": green})], after=6)

    DATE_COL = Cm(3.8)

    def sect(title):
        para(doc, [(title, {"bold": True, "size": 11.5, "color": green})], before=10, after=3, keep_next=True)

    def dated(date, runs, after=1):
        p = para(doc, [(date, {"color": GREY}), ("\t", {})] + runs, indent=DATE_COL, first=-DATE_COL,
                 tabs=[(DATE_COL, WD_TAB_ALIGNMENT.LEFT)], after=after, keep_next=True)
        return p

    def cont(runs, after=1):
        return para(doc, runs, indent=DATE_COL, after=after, keep_next=True)

    def duty(text):
        p = para(doc, "–  " + text, indent=DATE_COL + Cm(0.5), first=Cm(-0.5), after=1)
        return p

    sect("Registration")
    dated("Current", [("Podiatrists Board of New Zealand – Annual Practising Certificate to 31 March 2026", {})])
    dated("2018 – 2020", [("Health and Care Professions Council (UK) – registered podiatrist", {})])
    dated("Endorsement", [("Local anaesthetic and nail surgery endorsed", {})], after=2)

    sect("Employment")
    dated("Feb 2022 – current", [("Senior Podiatrist", {"bold": True})], after=0)
    cont([("Waikato Foot & Ankle Clinic, Hamilton", {"italic": True})])
    for d in ["Clinical lead for a 4-podiatrist private practice; 18–22 patients a day",
              "Run the nail surgery list (partial and total nail avulsions under LA) two sessions a week",
              "Introduced a diabetes foot screening contract with two local GP practices",
              "Supervise final-year AUT podiatry students on placement"]:
        duty(d)
    dated("Jan 2020 – Jan 2022", [("Podiatrist (Diabetes & High-Risk Foot)", {"bold": True})], after=0).paragraph_format.space_before = Pt(6)
    cont([("Waikato District Health Board, Hamilton", {"italic": True})])
    for d in ["Multidisciplinary diabetes foot clinic: ulcer debridement, offloading and total contact casting",
              "Inpatient podiatry reviews for vascular and renal wards; Charcot foot follow-up"]:
        duty(d)
    dated("May 2018 – Dec 2019", [("Locum Podiatrist", {"bold": True})], after=0).paragraph_format.space_before = Pt(6)
    cont([("Solent Healthcare Locums, Southampton, UK", {"italic": True})])
    for d in ["Community NHS podiatry clinics across Hampshire and Dorset during my OE",
              "Domiciliary visits for housebound and care-home patients"]:
        duty(d)
    dated("Dec 2016 – Apr 2018", [("Graduate Podiatrist", {"bold": True})], after=0).paragraph_format.space_before = Pt(6)
    cont([("FootFirst Podiatry, Christchurch", {"italic": True})])
    for d in ["General and sports podiatry; orthotic prescription and paediatric gait assessments"]:
        duty(d)

    sect("Education")
    dated("2014 – 2016", [("Bachelor of Health Science (Podiatry)", {"bold": True})], after=0)
    cont([("Auckland University of Technology", {"italic": True})])
    dated("2021", [("Postgraduate Certificate in Diabetes Foot Care", {"bold": True})], after=0).paragraph_format.space_before = Pt(4)
    cont([("University of Otago (distance)", {"italic": True})])

    sect("Clinical Skills")
    skills = ["Nail surgery – partial and total nail avulsion (phenol)",
              "Diabetic foot risk stratification and wound debridement",
              "Biomechanical assessment and custom orthoses",
              "Paediatric gait assessment",
              "Offloading (TCC, removable cast walkers)",
              "Te reo Māori – conversational"]
    for s in skills:
        para(doc, s, style="List Bullet", indent=DATE_COL + Cm(0.6), first=Cm(-0.6), after=1)

    sect("Professional Development and Memberships")
    dated("Member", [("Podiatry New Zealand; NZ Society for the Study of Diabetes", {})])
    dated("2024", [("Podiatry NZ Conference, Rotorua – presented a poster on TCC outcomes", {})])

    sect("Referees")
    para(doc, "Available on request.", indent=DATE_COL)

    save(doc, stem)
    save_truth(stem, truth(
        "Aroha Tamihana", "aroha.tamihana@example.co.nz", "021 555 0143",
        [job("Waikato Foot & Ankle Clinic", "Senior Podiatrist", "Feb 2022"),
         job("Waikato District Health Board", "Podiatrist (Diabetes & High-Risk Foot)", "Jan 2020", "Jan 2022"),
         job("Solent Healthcare Locums", "Locum Podiatrist", "May 2018", "Dec 2019"),
         job("FootFirst Podiatry", "Graduate Podiatrist", "Dec 2016", "Apr 2018")],
        skills))


if __name__ == "__main__":
    for fn in (chaplain, foreign_service, cosmetic_chemist, croupier, automation_engineer,
               facilities_manager, podiatrist):
        fn()
        print("wrote", fn.__name__)

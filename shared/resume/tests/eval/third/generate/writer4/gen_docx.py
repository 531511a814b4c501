# -*- coding: utf-8 -*-
"""DOCX resumes 17-23 (python-docx)."""
import os
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Inches, RGBColor, Cm
from common import job, write_truth, OUT

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# ------------------------------------------------------------------ helpers
def base_doc(font="Calibri", size=10.5, margins=0.8):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    for s in doc.sections:
        s.left_margin = s.right_margin = Inches(margins)
        s.top_margin = s.bottom_margin = Inches(margins)
    return doc


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False, font=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if font:
        r.font.name = font
    return r


def para(container, text="", style=None, bold=False, italic=False, size=None, color=None,
         align=None, before=None, after=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def bottom_border(p, color="1F3864", sz=8):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>'))


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hexcolor}"/>'))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' +
        "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")) +
        '</w:tblBorders>'))


def col_widths(table, widths):
    """Set grid and cell widths; merged (gridSpan) cells get the sum of the columns they span."""
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w) // 635))
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = sum(widths[col:col + span], 0)
            col += span


def first_para(cell, text="", **kw):
    p = cell.paragraphs[0]
    if text:
        run(p, text, **kw)
    return p


def right_tab(p, pos=Inches(6.9)):
    p.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.RIGHT)


def save(doc, base):
    doc.save(os.path.join(OUT, base + ".docx"))


# ------------------------------------------------------------------ 17 legal counsel (UAE) – tables
def r17():
    base = "w4_17_legalcounsel_docx"
    doc = base_doc("Cambria", 10.5, 0.7)
    # top banner table
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    c = t.rows[0].cells[0]
    shade(c, "1B3A4B")
    p = first_para(c, "RANIA HADDAD", bold=True, size=20, color="FFFFFF")
    p = c.add_paragraph()
    run(p, "Senior Legal Counsel  |  Real Estate & Corporate  |  Registered Practitioner, DIFC Courts",
        size=10, color="E0E6EA")
    p = c.add_paragraph()
    run(p, "Dubai, United Arab Emirates   •   +971 50 555 0123   •   rania.haddad@example.com",
        size=10, color="FFFFFF")
    para(doc, "", after=4)

    rows = []
    t = doc.add_table(rows=0, cols=2)
    no_borders(t)

    def section(title):
        cells = t.add_row().cells
        m = cells[0].merge(cells[1])
        p = first_para(m, title, bold=True, size=11.5, color="1B3A4B")
        p.paragraph_format.space_before = Pt(8)
        bottom_border(p, "1B3A4B", 6)

    def row(left, title=None, sub=None, bullets=(), text=None):
        cells = t.add_row().cells
        first_para(cells[0], left, bold=True, size=9.5, color="555555")
        p = cells[1].paragraphs[0]
        if title:
            run(p, title, bold=True)
        if sub:
            q = cells[1].add_paragraph()
            run(q, sub, italic=True)
        if text:
            if title:
                para(cells[1], text)
            else:
                run(p, text)
        for b in bullets:
            para(cells[1], b, style="List Bullet", after=1)

    section("PROFILE")
    row("", text=("Dual-qualified lawyer (Lebanon; DIFC Courts registered) with 14 years of experience in real "
                  "estate development, corporate and commercial law. Trusted adviser to boards on master-community "
                  "projects, JVs and disputes. Arabic, English and French."))
    section("PROFESSIONAL EXPERIENCE")
    row("May 2020 – Present", "Senior Legal Counsel", "Emirates Crescent Properties PJSC, Dubai", [
        "Head the legal function for a AED 9bn master-planned community portfolio; team of 3 lawyers and 2 paralegals.",
        "Draft and negotiate JV, development management and off-plan sale agreements (RERA/DLD compliant).",
        "Manage external counsel and arbitration proceedings before DIAC; recovered AED 41m in 2023.",
        "Board and committee secretary; lead corporate governance and related-party transaction reviews."])
    row("Jan 2017 – Apr 2020", "Legal Counsel", "Emirates Crescent Properties PJSC, Dubai", [
        "Handled escrow account, Oqood registration and handover documentation for 3,800 units.",
        "Drafted contractor and consultant agreements on FIDIC forms."])
    row("Sep 2012 – Dec 2016", "Associate", "Khoury Saab & Associates, Beirut, Lebanon", [
        "Corporate and commercial practice: company formation, M&A due diligence, banking documentation.",
        "Represented clients before Beirut commercial courts."])
    row("Sep 2010 – Aug 2012", "Trainee Lawyer", "Khoury Saab & Associates, Beirut, Lebanon", [
        "Two-year bar traineeship; research, pleadings and court attendance."])
    section("EDUCATION & ADMISSIONS")
    row("2010", "Licence en Droit (LL.B.)", "Université Saint-Joseph, Beirut")
    row("2012", "Admitted to the Beirut Bar Association")
    row("2018", "Registered Practitioner, DIFC Courts (Part II)")
    section("CORE SKILLS")
    row("", bullets=["Contract drafting & negotiation", "Real estate law (RERA, DLD)", "DIFC & ADGM regulations",
                     "Corporate governance", "Arbitration (DIAC, ICC)", "Litigation management"])
    section("LANGUAGES")
    row("", text="Arabic (native)  •  English (fluent)  •  French (fluent)")
    section("PERSONAL")
    row("", text="Nationality: Lebanese   |   UAE Residence Visa   |   UAE Driving Licence")
    col_widths(t, [Inches(1.45), Inches(5.6)])
    save(doc, base)
    write_truth(base, "Rania Haddad", "rania.haddad@example.com", "+971 50 555 0123", [
        job("Emirates Crescent Properties PJSC", "Senior Legal Counsel", "May 2020", None),
        job("Emirates Crescent Properties PJSC", "Legal Counsel", "Jan 2017", "Apr 2020"),
        job("Khoury Saab & Associates", "Associate", "Sep 2012", "Dec 2016"),
        job("Khoury Saab & Associates", "Trainee Lawyer", "Sep 2010", "Aug 2012"),
    ], ["Contract drafting & negotiation", "Real estate law (RERA, DLD)", "DIFC & ADGM regulations",
        "Corporate governance", "Arbitration (DIAC, ICC)", "Litigation management"])


# ------------------------------------------------------------------ 18 call centre ops manager (PH) – tab stops
def r18():
    base = "w4_18_callcentermgr_docx"
    doc = base_doc("Arial", 10, 0.75)
    p = para(doc, "MARK ANTHONY D. SANTOS", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    p = para(doc, "Unit 1405 Avida Towers, Sen. Gil Puyat Ave., Makati City 1200", size=9.5,
             align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    p = para(doc, "Mobile: +63 917 555 0134   |   Email: markanthony.santos@example.com", size=9.5,
             align=WD_ALIGN_PARAGRAPH.CENTER, after=8)

    def heading(text):
        p = para(doc, text, bold=True, size=11, color="002060", before=10, after=3)
        bottom_border(p, "002060", 12)

    def employer(name, place):
        p = para(doc, before=6, after=0)
        right_tab(p)
        run(p, name, bold=True, size=10.5)
        run(p, "\t" + place, size=10)

    def role(title, dates, bullets):
        p = para(doc, after=2)
        right_tab(p)
        run(p, title, italic=True, bold=True)
        run(p, "\t" + dates, italic=True)
        for b in bullets:
            para(doc, b, style="List Bullet", after=0)

    heading("CAREER OBJECTIVE")
    para(doc, ("Results-driven BPO operations leader with 15 years in voice and non-voice support for US and "
               "Australian clients. Seeking a Senior Operations Manager / Site Director role where I can scale "
               "programs while protecting quality and agent engagement."))
    heading("PROFESSIONAL EXPERIENCE")
    employer("Pacific Bridge Contact Solutions, Inc.", "Makati City")
    role("Operations Manager", "June 2019 – Present", [
        "Manage 3 accounts (US telco, Australian energy retailer, US healthcare) with 420 FTE and 9 team managers.",
        "Lifted CSAT from 78% to 89% and cut AHT by 42 seconds in 12 months on the telco account.",
        "Own P&L inputs for the site: staffing plans, attrition (down from 62% to 38%), and client QBRs.",
        "Led the work-from-home transition of 300 agents in 10 days during the 2020 lockdown."])
    role("Senior Team Leader", "March 2016 – May 2019", [
        "Supervised 4 team leaders and 70 agents on inbound billing and technical support.",
        "Certified COPC coordinator for the site; passed two external COPC audits."])
    employer("Vistara Global BPO Services Corp.", "Pasig City")
    role("Team Leader", "2012 – 2016", [
        "Led a team of 18 CSRs on a US retail account; ranked top team 7 of 12 quarters.",
        "Handled escalations, coaching logs, scorecards and attendance."])
    role("Customer Service Representative", "2009 – 2012", [
        "Inbound customer care for a US cable provider; 2x Agent of the Month."])
    heading("SKILLS")
    for s in ["Workforce management (NICE IEX, Aspect)", "KPI management (AHT, CSAT, NPS, FCR)",
              "Coaching and performance management", "COPC and ISO 18295 standards",
              "Client reporting (Excel, Power BI)", "Lean Six Sigma Yellow Belt"]:
        para(doc, s, style="List Bullet", after=0)
    heading("EDUCATION")
    p = para(doc, after=0)
    right_tab(p)
    run(p, "Bachelor of Science in Business Administration, Major in Marketing", bold=True)
    run(p, "\t2009")
    para(doc, "Polytechnic University of the Philippines, Sta. Mesa, Manila")
    heading("PERSONAL INFORMATION")
    for k, v in [("Date of Birth", "January 22, 1988"), ("Civil Status", "Married"),
                 ("Citizenship", "Filipino"), ("Languages", "English, Filipino")]:
        p = para(doc, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(1.6))
        run(p, k, bold=True)
        run(p, "\t: " + v)
    heading("CHARACTER REFERENCES")
    para(doc, "Ma. Theresa L. Cruz – Site Director, Pacific Bridge Contact Solutions, Inc. – 0918 555 0162")
    para(doc, "Ramon J. Villareal – Account Director, Vistara Global BPO Services Corp. – 0927 555 0148")
    save(doc, base)
    write_truth(base, "Mark Anthony D. Santos", "markanthony.santos@example.com", "+63 917 555 0134", [
        job("Pacific Bridge Contact Solutions, Inc.", "Operations Manager", "June 2019", None),
        job("Pacific Bridge Contact Solutions, Inc.", "Senior Team Leader", "March 2016", "May 2019"),
        job("Vistara Global BPO Services Corp.", "Team Leader", "2012", "2016"),
        job("Vistara Global BPO Services Corp.", "Customer Service Representative", "2009", "2012"),
    ], ["Workforce management (NICE IEX, Aspect)", "KPI management (AHT, CSAT, NPS, FCR)",
        "Coaching and performance management", "COPC and ISO 18295 standards",
        "Client reporting (Excel, Power BI)", "Lean Six Sigma Yellow Belt"])


# ------------------------------------------------------------------ 19 mortgage loan officer (US) – contact in header
def r19():
    base = "w4_19_loanofficer_docx"
    doc = base_doc("Garamond", 11.5, 0.8)
    sec = doc.sections[0]
    sec.header_distance = Inches(0.4)
    hdr = sec.header
    p = hdr.paragraphs[0]
    run(p, "JENNIFER M. ALVAREZ", bold=True, size=20, color="2E4A2E")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = hdr.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "Senior Mortgage Loan Officer  |  NMLS #1234567", size=11, italic=True)
    p = hdr.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "Scottsdale, AZ  •  (602) 555-0119  •  jennifer.alvarez@example.com  •  linkedin.com/in/jalvarez-mlo",
        size=10)
    bottom_border(p, "2E4A2E", 12)
    ftr = sec.footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(ftr, "Equal Housing Opportunity  •  Licensed in AZ, NM, CO, TX", size=8, color="777777")

    def heading(text):
        p = para(doc, text.upper(), bold=True, size=12, color="2E4A2E", before=10, after=4)
        bottom_border(p, "9BB59B", 6)

    def role(title, company, place, dates, bullets):
        p = para(doc, before=6, after=0)
        run(p, title, bold=True)
        run(p, ", " + company)
        run(p, " — " + place, color="555555")
        para(doc, dates, italic=True, after=2, color="555555")
        for b in bullets:
            para(doc, b, style="List Bullet", after=0)

    heading("Summary")
    para(doc, ("Top-producing, bilingual mortgage loan officer with 17 years in retail lending. Funded $118M in "
               "2023 across 340 units, 70% purchase business, built on realtor and builder referral relationships. "
               "Known for clean files, fast closings and patient first-time-buyer coaching."))
    heading("Professional Experience")
    role("Senior Mortgage Loan Officer", "Saguaro Home Lending", "Scottsdale, AZ", "Apr 2018 – Present", [
        "Originate conventional, jumbo, FHA, VA and USDA loans; average 28 units per month.",
        "President's Club 2019–2023; #2 producer of 64 LOs company-wide in 2023.",
        "Run monthly first-time homebuyer seminars in English and Spanish with two partner brokerages.",
        "Mentor three junior LOs on pipeline management and Encompass workflows."])
    role("Mortgage Loan Officer", "Desert Sun Federal Credit Union", "Phoenix, AZ", "Sep 2013 – Mar 2018", [
        "Member-facing originator across 6 branches; grew annual volume from $22M to $61M.",
        "Launched the credit union's down-payment-assistance program with the Arizona IDA."])
    role("Loan Processor", "Desert Sun Federal Credit Union", "Phoenix, AZ", "Jun 2010 – Aug 2013", [
        "Processed 45–60 files per month; conditions, appraisals, title and closing disclosures (TRID)."])
    role("Personal Banker", "First Camelback Bank", "Tempe, AZ", "May 2007 – May 2010", [
        "Opened deposit accounts and consumer loans; referred 120+ mortgage leads in 2009."])
    heading("Skills")
    para(doc, ("Encompass LOS  |  FHA, VA & USDA loans  |  Conventional & Jumbo  |  DU / LPA underwriting  |  "
               "Salesforce CRM  |  Bilingual English/Spanish"))
    heading("Licenses & Education")
    para(doc, "NMLS #1234567 — Mortgage Loan Originator licenses: Arizona, New Mexico, Colorado, Texas", after=0)
    para(doc, "B.S. Business Administration (Finance), Arizona State University, 2007", after=0)
    save(doc, base)
    write_truth(base, "Jennifer M. Alvarez", "jennifer.alvarez@example.com", "(602) 555-0119", [
        job("Saguaro Home Lending", "Senior Mortgage Loan Officer", "Apr 2018", None),
        job("Desert Sun Federal Credit Union", "Mortgage Loan Officer", "Sep 2013", "Mar 2018"),
        job("Desert Sun Federal Credit Union", "Loan Processor", "Jun 2010", "Aug 2013"),
        job("First Camelback Bank", "Personal Banker", "May 2007", "May 2010"),
    ], ["Encompass LOS", "FHA, VA & USDA loans", "Conventional & Jumbo", "DU / LPA underwriting",
        "Salesforce CRM", "Bilingual English/Spanish"])


# ------------------------------------------------------------------ 20 clinical research coordinator (SG) – text boxes
VML_NS = ('xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')
_shape_id = [1025]


def _p_xml(text, bold=False, size=None, color=None, italic=False):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{int(size * 2)}"/>'
    from xml.sax.saxutils import escape
    return (f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr>{rpr}</w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')


def add_textbox(paragraph, paras, style, fill="EAF2F8", wrap="square"):
    _shape_id[0] += 1
    sid = _shape_id[0]
    shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                 '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                 if sid == 1026 else "")
    xml = (f'<w:r {W_NS} {VML_NS}><w:pict>{shapetype}'
           f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" style="{style}" '
           f'fillcolor="#{fill}" stroked="f">'
           f'<v:textbox inset="7.2pt,5pt,7.2pt,5pt"><w:txbxContent>{"".join(paras)}</w:txbxContent></v:textbox>'
           f'<w10:wrap type="{wrap}"/></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def r20():
    base = "w4_20_clinicalresearch_docx"
    doc = base_doc("Calibri", 10.5, 0.75)
    p = para(doc, after=0)
    add_textbox(p, [
        _p_xml("CONTACT", bold=True, size=9, color="1F4E79"),
        _p_xml("+65 8555 0142", size=9.5),
        _p_xml("weiling.tan@example.com", size=9.5),
        _p_xml("Bukit Batok, Singapore 650123", size=9.5),
        _p_xml("Singapore Citizen  |  Notice: 1 month", size=9),
    ], "position:absolute;margin-left:318pt;margin-top:0;width:186pt;height:82pt;z-index:251659264;"
       "mso-position-horizontal-relative:margin;mso-position-vertical-relative:text")
    run(p, "TAN WEI LING", bold=True, size=22, color="1F4E79")
    p = para(doc, "Senior Clinical Research Coordinator", size=12, color="404040", after=0)
    p = para(doc, "BSc (Hons) Life Sciences  •  ACRP-CP", size=10, italic=True, color="404040", after=18)

    def heading(text):
        p = para(doc, text, bold=True, size=11.5, color="1F4E79", before=12, after=3)
        bottom_border(p, "1F4E79", 6)

    heading("Profile")
    para(doc, ("Clinical research coordinator with 9 years in investigator-initiated and industry-sponsored trials "
               "(Phase I–III) across cardiology and oncology. Strong on GCP compliance, patient recruitment and "
               "audit readiness; zero critical findings in 4 sponsor audits and 1 HSA inspection."))
    heading("Work Experience")

    def role(title, org, dates, bullets):
        p = para(doc, before=6, after=0)
        run(p, title, bold=True)
        p = para(doc, after=0)
        run(p, org, color="404040")
        para(doc, dates, italic=True, size=9.5, color="7F7F7F", after=2)
        for b in bullets:
            para(doc, b, style="List Bullet", after=0)

    role("Senior Clinical Research Coordinator", "Lion City Clinical Trials Unit", "Mar 2021 – Present", [
        "Coordinate 7 concurrent cardiology trials (3 industry Phase III, 4 investigator-initiated).",
        "Recruited 212 participants in 2023, 118% of target; top-enrolling site in Asia for two studies.",
        "Prepare DSRB submissions, amendments and continuing reviews; maintain ISF and regulatory binders.",
        "Train and sign off new CRCs on SOPs, EDC entry and IP accountability."])
    role("Clinical Research Coordinator", "Lion City Clinical Trials Unit", "Jul 2018 – Feb 2021", [
        "Screening, consent, visit scheduling and SAE reporting for oncology trials.",
        "Source data verification support during monitoring visits; query resolution within 48 hours."])
    role("Research Assistant", "Straits Medical Research Institute", "Jan 2016 – Jun 2018", [
        "Cohort study data collection, phlebotomy and biobank sample processing (–80°C storage).",
        "Data cleaning and REDCap database build for a 3,000-participant study."])
    role("Clinical Trial Assistant Intern", "Meridian CRO Pte Ltd", "May 2015 – Aug 2015", [
        "Undergraduate internship: TMF filing, site feasibility questionnaires."])

    heading("Key Skills")
    p = para(doc, after=0)
    add_textbox(p, [
        _p_xml("ICH-GCP E6(R2)"), _p_xml("Informed consent process"), _p_xml("Source data verification"),
        _p_xml("EDC (Medidata Rave, REDCap)"), _p_xml("IRB/DSRB submissions"),
        _p_xml("Phlebotomy & sample processing"), _p_xml("SAE reporting"),
    ], "position:absolute;margin-left:0;margin-top:2pt;width:504pt;height:128pt;z-index:251660288;"
       "mso-position-horizontal-relative:margin;mso-position-vertical-relative:text", fill="F2F2F2",
       wrap="topAndBottom")
    heading("Education & Certification")
    para(doc, "BSc (Hons) Life Sciences, National University of Singapore, 2015", after=0)
    para(doc, "ACRP Certified Professional (ACRP-CP), 2020", after=0)
    para(doc, "CITI GCP and Human Subjects Research, renewed 2024", after=0)
    heading("Languages")
    para(doc, "English, Mandarin (fluent); Malay (conversational)")
    save(doc, base)
    write_truth(base, "Tan Wei Ling", "weiling.tan@example.com", "+65 8555 0142", [
        job("Lion City Clinical Trials Unit", "Senior Clinical Research Coordinator", "Mar 2021", None),
        job("Lion City Clinical Trials Unit", "Clinical Research Coordinator", "Jul 2018", "Feb 2021"),
        job("Straits Medical Research Institute", "Research Assistant", "Jan 2016", "Jun 2018"),
        job("Meridian CRO Pte Ltd", "Clinical Trial Assistant Intern", "May 2015", "Aug 2015"),
    ], ["ICH-GCP E6(R2)", "Informed consent process", "Source data verification",
        "EDC (Medidata Rave, REDCap)", "IRB/DSRB submissions", "Phlebotomy & sample processing", "SAE reporting"])


# ------------------------------------------------------------------ 21 automotive technician (DE) – multilevel list
def add_multilevel(doc):
    numbering = doc.part.numbering_part.element
    abs_id, num_id = 90, 90
    lvls = [("bullet", "■", "Wingdings", 360), ("bullet", "–", None, 720), ("bullet", "•", None, 1080)]
    lvl_xml = ""
    for i, (fmt, txt, font, ind) in enumerate(lvls):
        rfont = f'<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr>'
        lvl_xml += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                    f'<w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
                    f'<w:pPr><w:ind w:left="{ind}" w:hanging="280"/></w:pPr>{rfont}</w:lvl>')
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}">'
                         f'<w:multiLevelType w:val="multilevel"/>{lvl_xml}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>'))
    return num_id


def ml_para(doc, num_id, level, parts, after=1):
    p = doc.add_paragraph(style="List Paragraph")
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    p.paragraph_format.space_after = Pt(after)
    for text, kw in parts:
        run(p, text, **kw)
    return p


def r21():
    base = "w4_21_autotechnician_docx"
    doc = base_doc("Arial", 10, 0.9)
    nid = add_multilevel(doc)
    para(doc, "Lebenslauf / Curriculum Vitae", size=9, color="808080", after=0)
    para(doc, "Lukas Brandt", bold=True, size=20, after=0)
    para(doc, "Master Automotive Mechatronics Technician (Kfz-Mechatronikermeister)", size=11, after=6)
    for k, v in [("Address", "Hauptstraße 88, 73728 Esslingen am Neckar"), ("Phone", "+49 711 5550 188"),
                 ("Email", "lukas.brandt@example.com"), ("Born", "21.07.1993 in Esslingen"),
                 ("Driving licence", "B, BE, C1E")]:
        q = para(doc, after=0)
        q.paragraph_format.tab_stops.add_tab_stop(Inches(1.3))
        run(q, k + ":", bold=True)
        run(q, "\t" + v)

    def heading(text):
        p = para(doc, text, bold=True, size=12, color="C00000", before=12, after=4)
        bottom_border(p, "C00000", 6)

    heading("Work Experience")
    ml_para(doc, nid, 0, [("Autohaus Neckartal GmbH", {"bold": True}), (", Stuttgart – authorised VW/Audi dealer", {})])
    ml_para(doc, nid, 1, [("Workshop Foreman", {"bold": True}), ("  (since 09/2020)", {"italic": True})])
    for b in ["Lead a team of 11 technicians and 3 apprentices; daily job allocation and quality checks",
              "Responsible for high-voltage vehicle workflow (ID. family, e-tron)",
              "Warranty processing and communication with the manufacturer's technical support"]:
        ml_para(doc, nid, 2, [(b, {})], after=0)
    ml_para(doc, nid, 1, [("Automotive Mechatronics Technician", {"bold": True}),
                          ("  (03/2015 – 08/2020)", {"italic": True})])
    for b in ["Diagnosis and repair of engine, transmission, chassis and comfort electronics",
              "ADAS camera and radar calibration after windscreen and bumper repairs"]:
        ml_para(doc, nid, 2, [(b, {})], after=0)
    ml_para(doc, nid, 0, [("German Armed Forces (Bundeswehr)", {"bold": True}), (", Ulm", {})])
    ml_para(doc, nid, 1, [("Vehicle Mechanic", {"bold": True}), ("  (03/2013 – 02/2015)", {"italic": True})])
    for b in ["Temporary-career soldier (2 years), rank: Corporal (Hauptgefreiter)",
              "Maintenance of wheeled vehicles (Wolf, Dingo) and generators"]:
        ml_para(doc, nid, 2, [(b, {})], after=0)
    ml_para(doc, nid, 0, [("Schmid Kfz-Service GmbH", {"bold": True}), (", Esslingen", {})])
    ml_para(doc, nid, 1, [("Apprentice Automotive Mechatronics Technician", {"bold": True}),
                          ("  (09/2009 – 02/2013)", {"italic": True})])
    for b in ["Independent multi-brand workshop; journeyman's examination passed with grade 1.9"]:
        ml_para(doc, nid, 2, [(b, {})], after=0)

    heading("Education")
    ml_para(doc, nid, 0, [("2019–2020  ", {"bold": True}),
                          ("Master craftsman school, Handwerkskammer Region Stuttgart – Meisterbrief", {})])
    ml_para(doc, nid, 0, [("2009  ", {"bold": True}), ("Realschulabschluss, Realschule Esslingen", {})])

    heading("Skills")
    for s in ["Diagnostics (ODIS, XENTRY, ISTA)", "High-voltage systems (qualification level 3)",
              "ADAS calibration", "Air conditioning service (EU 307/2008)", "Engine and transmission repair",
              "Customer consultation at vehicle handover"]:
        ml_para(doc, nid, 0, [(s, {})], after=0)

    heading("Languages")
    ml_para(doc, nid, 0, [("German – native; English – good (B1)", {})])
    para(doc, "")
    para(doc, "Esslingen, 02.04.2025")
    save(doc, base)
    write_truth(base, "Lukas Brandt", "lukas.brandt@example.com", "+49 711 5550 188", [
        job("Autohaus Neckartal GmbH", "Workshop Foreman", "09/2020", None),
        job("Autohaus Neckartal GmbH", "Automotive Mechatronics Technician", "03/2015", "08/2020"),
        job("German Armed Forces (Bundeswehr)", "Vehicle Mechanic", "03/2013", "02/2015"),
        job("Schmid Kfz-Service GmbH", "Apprentice Automotive Mechatronics Technician", "09/2009", "02/2013"),
    ], ["Diagnostics (ODIS, XENTRY, ISTA)", "High-voltage systems (qualification level 3)", "ADAS calibration",
        "Air conditioning service (EU 307/2008)", "Engine and transmission repair",
        "Customer consultation at vehicle handover"])


# ------------------------------------------------------------------ 22 process engineer (NG) – plain paragraphs
def r22():
    base = "w4_22_processengineer_docx"
    doc = base_doc("Times New Roman", 12, 1.0)
    para(doc, "CURRICULUM VITAE", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(doc, "ENGR. EMEKA CHUKWUDI NWOSU, MNSE, COREN R.45123", bold=True, size=13,
         align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(doc, "Plot 23, Elelenwo Housing Estate, Port Harcourt, Rivers State", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(doc, "Phone: +234 809 555 0147     E-mail: emeka.nwosu@example.com", align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

    def heading(text):
        p = para(doc, before=10, after=4)
        r = run(p, text, bold=True)
        r.underline = True

    heading("PERSONAL PROFILE")
    para(doc, ("A COREN-registered chemical engineer with over twelve years of experience in gas processing, "
               "process design and plant optimisation. Proven record in debottlenecking, HAZOP studies and "
               "start-up of gas plants in the Niger Delta. Seeking a Principal Process Engineer role."))
    heading("WORK EXPERIENCE")

    def role(company, title, dates, bullets):
        p = para(doc, before=6, after=0)
        run(p, company, bold=True)
        p = para(doc, after=2)
        run(p, title, italic=True)
        run(p, " (" + dates + ")")
        for b in bullets:
            q = para(doc, "•  " + b, after=0)
            q.paragraph_format.left_indent = Inches(0.3)
            q.paragraph_format.first_line_indent = Inches(-0.2)

    role("Niger Delta Gas Processing Company Limited, Onne, Rivers State", "Lead Process Engineer",
         "February 2019 – Date", [
             "Lead a team of 5 process engineers supporting a 450 MMscf/d gas processing plant.",
             "Debottlenecked the TEG dehydration unit, raising throughput by 12% without new equipment.",
             "Process lead on the FEED for a 60 MMscf/d amine sweetening train (2022–2023).",
             "Chair the plant Management of Change committee; HAZOP and SIL review participant."])
    role("Niger Delta Gas Processing Company Limited, Onne, Rivers State", "Process Engineer",
         "June 2014 – January 2019", [
             "Steady-state and dynamic simulation in Aspen HYSYS for operations support.",
             "Developed operating procedures and trained 40 control-room operators for start-up."])
    role("Eko Petrochemicals Plc, Lagos", "Graduate Engineer Trainee", "October 2012 – May 2014", [
             "Rotated through production, utilities and technical services departments.",
             "Prepared mass and energy balances for the polypropylene plant expansion study."])
    role("Government Secondary School, Gwarzo, Kano State", "NYSC Corps Member (Physics Teacher)",
         "November 2011 – October 2012", [
             "Taught Physics and Further Mathematics to SS2 and SS3 students during national youth service."])
    role("Eko Petrochemicals Plc, Lagos", "SIWES Industrial Trainee", "January 2010 – June 2010", [
             "Six-month industrial attachment in the utilities (boiler and cooling water) section."])

    heading("EDUCATIONAL QUALIFICATIONS")
    para(doc, "M.Eng. Gas Engineering – University of Port Harcourt, 2017", after=0)
    para(doc, "B.Eng. Chemical Engineering (Second Class Upper) – Federal University of Technology, Owerri, 2011", after=0)
    para(doc, "West African Senior School Certificate – Federal Government College, Enugu, 2005", after=0)
    heading("COMPUTER & TECHNICAL SKILLS")
    for s in ["Aspen HYSYS", "Aspen Plus", "HAZOP and HAZID participation", "PFD and P&ID development",
              "Gas dehydration (TEG) and sweetening (amine)", "Process safety management",
              "Microsoft Excel (VBA)"]:
        q = para(doc, "•  " + s, after=0)
        q.paragraph_format.left_indent = Inches(0.3)
        q.paragraph_format.first_line_indent = Inches(-0.2)
    heading("PROFESSIONAL MEMBERSHIP")
    para(doc, "Council for the Regulation of Engineering in Nigeria (COREN) – Registered Engineer", after=0)
    para(doc, "Nigerian Society of Engineers (NSE) – Member", after=0)
    para(doc, "Nigerian Society of Chemical Engineers (NSChE) – Member", after=0)
    heading("PERSONAL DATA")
    para(doc, "Date of Birth: 17th September, 1987", after=0)
    para(doc, "State of Origin: Imo State", after=0)
    para(doc, "Marital Status: Married", after=0)
    heading("REFEREES")
    para(doc, "Available on request.")
    save(doc, base)
    write_truth(base, "Emeka Chukwudi Nwosu", "emeka.nwosu@example.com", "+234 809 555 0147", [
        job("Niger Delta Gas Processing Company Limited", "Lead Process Engineer", "February 2019", None),
        job("Niger Delta Gas Processing Company Limited", "Process Engineer", "June 2014", "January 2019"),
        job("Eko Petrochemicals Plc", "Graduate Engineer Trainee", "October 2012", "May 2014"),
        job("Government Secondary School", "NYSC Corps Member (Physics Teacher)", "November 2011", "October 2012"),
        job("Eko Petrochemicals Plc", "SIWES Industrial Trainee", "January 2010", "June 2010"),
    ], ["Aspen HYSYS", "Aspen Plus", "HAZOP and HAZID participation", "PFD and P&ID development",
        "Gas dehydration (TEG) and sweetening (amine)", "Process safety management", "Microsoft Excel (VBA)"])


# ------------------------------------------------------------------ 23 video editor (MX) – sidebar table
def r23():
    base = "w4_23_videoeditor_docx"
    doc = base_doc("Segoe UI", 9.5, 0.5)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    left, right = t.rows[0].cells
    shade(left, "222831")
    W = "FFFFFF"
    A = "00ADB5"
    first_para(left, "DIEGO", bold=True, size=20, color=W)
    para(left, "RAMÍREZ SOTO", bold=True, size=14, color=A, after=2)
    para(left, "Diego Alejandro Ramírez Soto", size=8.5, color="CCCCCC", after=10)

    def side_head(text):
        para(left, text, bold=True, size=10, color=A, before=10, after=3)

    side_head("CONTACTO")
    for line in ["Guadalajara, Jalisco, México", "+52 33 5555 0172", "diego.ramirez@example.com",
                 "vimeo.com/diegoramirezedit"]:
        para(left, line, size=9, color=W, after=1)
    side_head("SKILLS")
    for s in ["Adobe Premiere Pro", "DaVinci Resolve", "After Effects", "Avid Media Composer",
              "Color grading", "Motion graphics", "Audio mixing (Audition)"]:
        para(left, s, size=9, color=W, after=1)
    side_head("IDIOMAS")
    para(left, "Español – nativo", size=9, color=W, after=1)
    para(left, "English – advanced (TOEFL 103)", size=9, color=W, after=1)
    side_head("EDUCACIÓN")
    para(left, "Lic. en Artes Audiovisuales", size=9, color=W, after=0, bold=True)
    para(left, "Universidad de Guadalajara, 2015", size=9, color=W, after=1)

    first_para(right, "Video Editor & Colorist", bold=True, size=18, color="222831")
    para(right, ("Editor with 9 years cutting commercials, branded content, documentary series and music videos. "
                 "I work fast in Premiere and Resolve, deliver broadcast-ready masters and keep the project "
                 "organised so anyone can pick it up."), size=9.5, after=8)

    def rhead(text):
        p = para(right, text, bold=True, size=11, color=A, before=8, after=3)
        bottom_border(p, A, 6)

    def role(title, company, place, dates, bullets):
        p = para(right, before=6, after=0)
        run(p, title, bold=True, size=10.5)
        p = para(right, after=1)
        run(p, company, bold=True, color="393E46")
        run(p, "  ·  " + place + "  ·  ", color="777777")
        run(p, dates, color="777777")
        for b in bullets:
            para(right, b, style="List Bullet", after=0)

    rhead("EXPERIENCIA / EXPERIENCE")
    role("Senior Video Editor", "Casa Nopal Studios", "Guadalajara", "Feb 2021 – Present", [
        "Lead editor on TV spots and branded content for beverage, telecom and retail brands (60+ deliveries).",
        "Online/finishing and color in DaVinci Resolve; deliverables for TV, cinema and social (9:16, 1:1).",
        "Edited the 6-episode documentary series \"Tierra de Agave\" (streamed 2023)."])
    role("Video Editor", "Televisora de Occidente", "Zapopan", "Mar 2017 – Jan 2021", [
        "Daily news packages and weekly cultural magazine show; tight broadcast deadlines.",
        "Migrated the post team from Avid to Premiere Pro with shared storage."])
    role("Post-production Assistant", "Filmadora Tapatía", "Guadalajara", "2015 – 2017", [
        "Ingest, syncing, proxies, conform and EDL/XML turnover for commercials and short films."])
    role("Editing Intern", "Muestra de Cine Jalisciense", "Guadalajara", "Jun 2014 – Dec 2014", [
        "Cut festival trailers and daily recap videos."])
    rhead("PREMIOS / AWARDS")
    para(right, "Best Editing – Festival de Cortometrajes de Occidente, 2019", size=9.5, after=0)
    col_widths(t, [Inches(2.3), Inches(5.2)])
    save(doc, base)
    write_truth(base, "Diego Alejandro Ramírez Soto", "diego.ramirez@example.com", "+52 33 5555 0172", [
        job("Casa Nopal Studios", "Senior Video Editor", "Feb 2021", None),
        job("Televisora de Occidente", "Video Editor", "Mar 2017", "Jan 2021"),
        job("Filmadora Tapatía", "Post-production Assistant", "2015", "2017"),
        job("Muestra de Cine Jalisciense", "Editing Intern", "Jun 2014", "Dec 2014"),
    ], ["Adobe Premiere Pro", "DaVinci Resolve", "After Effects", "Avid Media Composer", "Color grading",
        "Motion graphics", "Audio mixing (Audition)"])


def main():
    for f in (r17, r18, r19, r20, r21, r22, r23):
        f()


if __name__ == "__main__":
    main()

# Generates the 7 DOCX resumes (17-23) and their truth files.
import os, copy
from docx import Document
from docx.shared import Pt, Inches, RGBColor, Cm, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import parse_xml, OxmlElement
from common import job, write_truth, OUT

def base_doc(font="Calibri", size=10.5, margins=Cm(2)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        s.left_margin = s.right_margin = margins
        s.top_margin = s.bottom_margin = Cm(1.8)
    return d

def P(container, text="", bold=False, italic=False, size=None, align=None, color=None, after=None, before=None, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p

def runs(p, *parts):
    """parts: (text, dict(bold=..., italic=..., size=...))"""
    for t, kw in parts:
        r = p.add_run(t)
        r.bold = kw.get("bold"); r.italic = kw.get("italic")
        if kw.get("size"): r.font.size = Pt(kw["size"])
        if kw.get("color"): r.font.color.rgb = RGBColor.from_string(kw["color"])
        if kw.get("caps"): r.font.all_caps = True
        if kw.get("smallcaps"): r.font.small_caps = True
    return p

PPR_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing",
    "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
    "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")

def bottom_border(p, color="444444", sz=8):
    pPr = p._p.get_or_add_pPr()
    b = parse_xml('<w:pBdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  f'<w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>')
    pPr.insert_element_before(b, *PPR_AFTER_PBDR)

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.insert_element_before(parse_xml('<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                          f'w:val="clear" w:color="auto" w:fill="{fill}"/>'),
        "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")

def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.insert_element_before(parse_xml('<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + "".join(f'<w:{e} w:val="nil"/>' for e in ("top","left","bottom","right","insideH","insideV")) + '</w:tblBorders>'),
        "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")

def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    p = cell.paragraphs[0]
    if p.text: p = cell.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    return p

def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

def save(d, base):
    d.save(os.path.join(OUT, base + ".docx"))

# ======================================================================= 17  Mexico CNC (Spanish, tables)
def r17():
    base = "w7_17_cnc_machinist_docx"
    d = base_doc("Arial", 10)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c0, c1 = t.rows[0].cells
    shade(c0, "1F3864"); shade(c1, "1F3864")
    cell_text(c0, "JOSÉ LUIS HERNÁNDEZ GARCÍA", bold=True, size=17, color="FFFFFF")
    cell_text(c0, "Operador y Programador de Máquinas CNC", size=11, color="D9E2F3")
    cell_text(c1, "Tel. cel.: 81 5555 3047", size=9, color="FFFFFF")
    cell_text(c1, "Correo: joseluis.hdz@example.com.mx", size=9, color="FFFFFF")
    cell_text(c1, "Col. Mitras Centro, Monterrey, N.L.", size=9, color="FFFFFF")
    set_col_widths(t, [Cm(10.5), Cm(6.5)])
    P(d, "Edad: 33 años  |  Estado civil: Casado  |  Nacionalidad: Mexicana  |  Disponibilidad para rolar turnos",
      size=9, italic=True, before=6)

    def sec(title):
        p = P(d, title, bold=True, size=11.5, color="1F3864", before=10, after=3); bottom_border(p, "1F3864")
    sec("OBJETIVO PROFESIONAL")
    P(d, "Técnico en máquinas-herramienta con 10 años de experiencia en la industria automotriz y metalmecánica. "
         "Busco integrarme a una empresa donde pueda aplicar mis conocimientos en programación y set-up de tornos y "
         "centros de maquinado, mejorando la calidad y reduciendo el scrap.")

    sec("EXPERIENCIA LABORAL")
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    h = t.rows[0].cells; cell_text(h[0], "Periodo", bold=True); cell_text(h[1], "Empresa / Puesto / Funciones", bold=True)
    shade(h[0], "D9E2F3"); shade(h[1], "D9E2F3")
    def row(period, company=None, puesto=None, funcs=()):
        c = t.add_row().cells
        cell_text(c[0], period)
        if company: cell_text(c[1], company, bold=True)
        if puesto: cell_text(c[1], puesto, italic=True)
        for f in funcs:
            p = c[1].add_paragraph("• " + f); p.paragraph_format.left_indent = Cm(0.3)
    row("Ene 2020 – Actual", "Precisión Metalmecánica del Norte, S.A. de C.V. (Escobedo, N.L.)",
        "Programador y Operador CNC (Torno y Centro de Maquinado)",
        ["Programación en Fanuc 0i-TF y Haas VF-2 para piezas de la industria oil & gas y agrícola",
         "Set-up, ajuste de offsets y liberación de primera pieza con calidad",
         "Reducción del tiempo de ciclo 18% en brida de 6\" mediante optimización de trayectorias",
         "Capacitación a 4 operadores de nuevo ingreso"])
    # employer with two positions: merged company row
    c = t.add_row().cells
    m = c[0].merge(c[1])
    cell_text(m, "Autopartes Regiomontanas, S.A. de C.V. — Apodaca, N.L. (planta de componentes de suspensión)", bold=True)
    shade(m, "F2F2F2")
    row("Mar 2016 – Dic 2019", None, 'Operador CNC "A"',
        ["Operación de tornos Okuma y Mazak en celda de 3 máquinas", "Control estadístico (SPC) y llenado de hojas de inspección",
         "Participación en eventos Kaizen (reconocimiento de planta 2018)"])
    row("Jul 2014 – Feb 2016", None, 'Operador CNC "C"',
        ["Carga/descarga, cambio de insertos, medición con vernier y micrómetro"])
    row("Feb 2013 – Jun 2013", "Talleres Industriales Garza", "Practicante (prácticas profesionales)",
        ["Apoyo en torno convencional y fresadora; mantenimiento básico"])
    set_col_widths(t, [Cm(3.4), Cm(13.6)])

    sec("ESCOLARIDAD")
    P(d, "2010 – 2013   Profesional Técnico Bachiller en Máquinas-Herramienta — CONALEP Plantel Monterrey II")
    sec("CURSOS Y CERTIFICACIONES")
    for x in ["Programación Fanuc 0i — Centro de Capacitación Técnica Haas (2019)", "GD&T básico — ASME Y14.5 (2021)",
              "Operación segura de montacargas — DC-3 STPS (2018)"]:
        P(d, x, style="List Bullet")
    sec("HABILIDADES")
    sk = ["Programación en código G y M (Fanuc, Haas)", "Lectura e interpretación de planos y GD&T",
          "Mastercam y SolidWorks (básico)", "Instrumentos de medición: vernier, micrómetro, calibradores pasa/no pasa",
          "Set-up de herramientas y ajuste de offsets", "5S, Kaizen y control estadístico (SPC)"]
    for x in sk: P(d, x, style="List Bullet")
    sec("IDIOMAS")
    P(d, "Español (nativo) · Inglés técnico (básico-intermedio)")
    P(d, "Referencias laborales disponibles a petición.", italic=True, before=8)
    save(d, base)
    write_truth(base, "José Luis Hernández García", "joseluis.hdz@example.com.mx", "81 5555 3047", [
        job("Precisión Metalmecánica del Norte, S.A. de C.V.", "Programador y Operador CNC (Torno y Centro de Maquinado)", "Ene 2020", None),
        job("Autopartes Regiomontanas, S.A. de C.V.", 'Operador CNC "A"', "Mar 2016", "Dic 2019"),
        job("Autopartes Regiomontanas, S.A. de C.V.", 'Operador CNC "C"', "Jul 2014", "Feb 2016"),
        job("Talleres Industriales Garza", "Practicante (prácticas profesionales)", "Feb 2013", "Jun 2013"),
    ], sk)

# ======================================================================= 18  UAE aircraft maintenance engineer (header contact, right tab dates)
def r18():
    base = "w7_18_aircraft_maintenance_engineer_docx"
    d = base_doc("Cambria", 10.5, Cm(2.2))
    sec0 = d.sections[0]
    sec0.header_distance = Cm(0.8)
    hdr = sec0.header
    hp = hdr.paragraphs[0]
    runs(hp, ("ANISH THOMAS VARGHESE", dict(bold=True, size=15)))
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    P(hdr, "B1 Licensed Aircraft Maintenance Engineer (GCAA Part-66)", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    hp3 = P(hdr, "Mob (UAE): +971 50 555 8142  |  Mob (India): +91 94470 55512  |  E-mail: anish.varghese@example.com  |  Al Qusais, Dubai",
            size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(hp3, "808080", 6)
    width = sec0.page_width - sec0.left_margin - sec0.right_margin

    def sec(title):
        p = P(d, title, bold=True, size=11, before=10, after=3)
        p.runs[0].font.all_caps = True
        bottom_border(p, "808080", 4)
    def role(title, dates):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_before = Pt(4)
        runs(p, (title, dict(bold=True)), ("\t" + dates, dict(bold=True)))
        return p
    def bullets(items):
        for x in items: P(d, x, style="List Bullet")

    sec("Career Objective")
    P(d, "To obtain a B1 certifying engineer position with a reputed MRO or airline in the GCC, utilising 14 years of "
         "line and base maintenance experience on Airbus A320 family and ATR 72 aircraft.")
    sec("Licences & Type Ratings")
    bullets(["GCAA Part-66 AML Category B1.1 – valid till 11/2027",
             "Type ratings: Airbus A318/A319/A320/A321 (CFM56 / IAE V2500 / PW1100G), ATR 42/72-600 (PW127M)",
             "Company authorisation: CRS for A-checks, daily & weekly checks; engine ground run; borescope (CFM56)"])
    sec("Professional Experience")
    role("Licensed Aircraft Maintenance Engineer – B1 (A320/A321neo)", "May 2019 – Present")
    P(d, "Desert Falcon Aviation Services LLC, Dubai International Airport (DXB)", italic=True)
    bullets(["Release to service for transit, daily and weekly checks for 6 foreign carriers; ~25 sectors per shift",
             "Defect rectification using AMM, TSM, IPC and MEL; AOG recovery support in the GCC",
             "Shift lead for 8 technicians; AMOS work-package close-out and tech-log audits"])
    role("B1 Certifying Technician (A320 family / ATR 72-600)", "Feb 2015 – Apr 2019")
    P(d, "Arabian Gulf Technics W.L.L., Bahrain International Airport", italic=True)
    bullets(["Line and hangar A-checks; wheel & brake changes, engine oil servicing, IDG replacements",
             "Holder of borescope and engine ground-run authorisations from 2017"])
    p = P(d, "Coastal Airways Engineering Pvt. Ltd., Kochi, India", bold=True, italic=True, before=6)
    role("Aircraft Maintenance Technician", "Jun 2011 – Jan 2015")
    bullets(["ATR 72-500 line maintenance under DGCA CAR-145 approval"])
    role("Apprentice Technician (DGCA Trainee)", "Jun 2010 – May 2011")
    bullets(["12-month on-the-job training logbook completed (hangar and line)"])
    sec("Technical Skills")
    sk = ["AMOS and TRAX maintenance systems", "Troubleshooting with AMM, TSM, WDM, IPC", "Borescope inspection (CFM56, V2500)",
          "Engine ground run & taxi authorisation", "Human Factors and SMS", "MS Office, Airnav, Airbus WorldWide portal"]
    bullets(sk)
    sec("Education")
    P(d, "Diploma in Aircraft Maintenance Engineering (DGCA approved) – Kerala Institute of Aeronautics, Kochi – 2007 to 2010")
    P(d, "Higher Secondary (Science) – St. Joseph's HSS, Kottayam – 2007")
    sec("Personal Details")
    t = d.add_table(rows=0, cols=2); no_borders(t)
    for k, v in [("Date of Birth", "18-04-1989"), ("Nationality", "Indian"), ("Passport No.", "Z5551234 (valid till 2031)"),
                 ("Visa Status", "Employment visa (transferable)"), ("Marital Status", "Married"),
                 ("Languages", "English, Malayalam, Hindi, Tamil"), ("Driving Licence", "UAE light vehicle")]:
        c = t.add_row().cells; cell_text(c[0], k); cell_text(c[1], ": " + v)
    set_col_widths(t, [Cm(4), Cm(12)])
    sec("Declaration")
    P(d, "I hereby declare that the above-mentioned details are true to the best of my knowledge and belief.")
    p = P(d, "Place: Dubai\t\tANISH THOMAS VARGHESE", before=10)
    save(d, base)
    write_truth(base, "Anish Thomas Varghese", "anish.varghese@example.com", "+971 50 555 8142", [
        job("Desert Falcon Aviation Services LLC", "Licensed Aircraft Maintenance Engineer – B1 (A320/A321neo)", "May 2019", None),
        job("Arabian Gulf Technics W.L.L.", "B1 Certifying Technician (A320 family / ATR 72-600)", "Feb 2015", "Apr 2019"),
        job("Coastal Airways Engineering Pvt. Ltd.", "Aircraft Maintenance Technician", "Jun 2011", "Jan 2015"),
        job("Coastal Airways Engineering Pvt. Ltd.", "Apprentice Technician (DGCA Trainee)", "Jun 2010", "May 2011"),
    ], sk)

# ======================================================================= 19  Oman housekeeping (left tab date column)
def r19():
    base = "w7_19_housekeeping_supervisor_docx"
    d = base_doc("Times New Roman", 11, Cm(2.2))
    P(d, "MARICEL DELA CRUZ SANTOS", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(d, "Housekeeping Supervisor", italic=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(d, "Al Khuwair, Muscat, Sultanate of Oman", size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(d, "Mobile / WhatsApp: +968 9555 2174   •   Email: maricel.santos@example.com", size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    TAB = Cm(4.6)
    def sec(title):
        p = P(d, title.upper(), bold=True, size=11.5, before=10, after=4); bottom_border(p, "000000", 12)
    def entry(dates, line1, bold1=True, more=(), bullets=()):
        p = d.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(TAB)
        p.paragraph_format.left_indent = TAB; p.paragraph_format.first_line_indent = -TAB
        p.paragraph_format.space_before = Pt(5)
        runs(p, (dates, dict()), ("\t" + line1, dict(bold=bold1)))
        for m in more:
            q = d.add_paragraph(); q.paragraph_format.left_indent = TAB
            runs(q, (m, dict(italic=True)))
        for b in bullets:
            q = d.add_paragraph("–  " + b); q.paragraph_format.left_indent = TAB + Cm(0.3)
            q.paragraph_format.first_line_indent = -Cm(0.45); q.paragraph_format.space_after = Pt(0)
    sec("Career Profile")
    P(d, "Hardworking housekeeping professional with 12 years in 4- and 5-star hotels in Oman and the Philippines. "
         "Strong on room standards, team discipline and guest satisfaction (LQA housekeeping score 94%).")
    sec("Work Experience")
    entry("October 2019 – Present", "Housekeeping Supervisor", more=["Al Qurum Grand Hotel & Spa, Muscat (5-star, 310 keys)"],
          bullets=["Supervise 18 room attendants and 4 public-area cleaners per shift",
                   "Daily room inspections, VIP set-ups and lost & found log",
                   "Prepared team for 2022 and 2023 LQA audits; reduced room-ready time by 15 minutes"])
    p = d.add_paragraph(); p.paragraph_format.space_before = Pt(8)
    runs(p, ("Sur Beach Resort & Spa, Sur, Oman", dict(bold=True, italic=True)))
    entry("March 2017 – September 2019", "Senior Room Attendant", bold1=False,
          bullets=["Cleaned 14–16 rooms per shift; trained new joiners on resort standards"])
    entry("June 2015 – February 2017", "Room Attendant", bold1=False)
    entry("May 2012 – April 2015", "Housekeeping Attendant", more=["Manila Bayview Hotel, Ermita, Manila, Philippines"],
          bullets=["Rooms and public areas; turn-down service; minibar control"])
    entry("April 2011 – May 2011", "On-the-Job Trainee (Housekeeping)", more=["Baguio Pines Hotel, Baguio City (school OJT, 200 hours)"])
    sec("Educational Background")
    entry("2008 – 2012", "Bachelor of Science in Hotel and Restaurant Management", bold1=False,
          more=["University of Baguio, Baguio City"])
    entry("2012", "TESDA National Certificate II – Housekeeping", bold1=False)
    sec("Skills")
    sk = ["Opera PMS (Housekeeping module)", "HotSOS task management", "Room inspection & LQA standards",
          "Chemical handling (Ecolab, Diversey)", "Linen & inventory control", "Staff scheduling and training"]
    for x in sk: P(d, x, style="List Bullet")
    sec("Personal Information")
    for k, v in [("Date of Birth", "21 July 1990"), ("Nationality", "Filipino"), ("Civil Status", "Single"),
                 ("Passport No.", "P5552871B"), ("Visa Status", "Employment visa – NOC available"),
                 ("Languages", "English, Filipino, basic Arabic")]:
        p = d.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(TAB); p.paragraph_format.space_after = Pt(0)
        runs(p, (k, dict()), ("\t: " + v, dict()))
    P(d, "I hereby certify that the above information is true and correct to the best of my knowledge.", italic=True, before=10)
    save(d, base)
    write_truth(base, "Maricel Dela Cruz Santos", "maricel.santos@example.com", "+968 9555 2174", [
        job("Al Qurum Grand Hotel & Spa", "Housekeeping Supervisor", "October 2019", None),
        job("Sur Beach Resort & Spa", "Senior Room Attendant", "March 2017", "September 2019"),
        job("Sur Beach Resort & Spa", "Room Attendant", "June 2015", "February 2017"),
        job("Manila Bayview Hotel", "Housekeeping Attendant", "May 2012", "April 2015"),
        job("Baguio Pines Hotel", "On-the-Job Trainee (Housekeeping)", "April 2011", "May 2011"),
    ], sk)

# ======================================================================= 20  Zambia farm manager (text box sidebar)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def _txbx_paras(items):
    out = []
    for text, kind in items:
        if kind == "h":
            out.append(f'<w:p><w:pPr><w:spacing w:before="160" w:after="60"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="2E5E2E"/><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>')
        else:
            out.append(f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>')
    return "".join(out)

def textbox_run_xml(items, x_emu, y_emu, w_emu, h_emu):
    paras = _txbx_paras(items)
    return f'''<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:w10="urn:schemas-microsoft-com:office:word">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{y_emu}</wp:posOffset></wp:positionV>
<wp:extent cx="{w_emu}" cy="{h_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="10" name="Sidebar"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w_emu}" cy="{h_emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="EEF4EA"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="9DBB8E"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="91440" rIns="91440" bIns="91440" anchor="t"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Sidebar" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:{x_emu/12700:.1f}pt;margin-top:{y_emu/12700:.1f}pt;width:{w_emu/12700:.1f}pt;height:{h_emu/12700:.1f}pt;z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" fillcolor="#eef4ea" strokecolor="#9dbb8e" strokeweight=".5pt">
<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>'''

def r20():
    base = "w7_20_farm_manager_docx"
    d = base_doc("Calibri", 10.5, Cm(1.8))
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    RI = Cm(6.3)  # keep body clear of the sidebar
    def body(text="", **kw):
        p = P(d, text, **kw); p.paragraph_format.right_indent = RI; return p
    p = body("MWANSA CHILESHE PHIRI", bold=True, size=20, color="2E5E2E", after=0)
    sk = ["Centre-pivot & drip irrigation scheduling", "Crop planning & enterprise budgets",
          "Labour management (200+ staff)", "Tractor & combine fleet maintenance", "GlobalG.A.P. compliance",
          "Soil sampling & fertiliser programmes", "Farm software: Agrigistics, Excel, QGIS"]
    items = [("CONTACT", "h"), ("Plot 4512, Mkushi Farm Block", "t"), ("Central Province, Zambia", "t"),
             ("Cell: +260 97 555 3321", "t"), ("mwansa.phiri@example.co.zm", "t"), ("Driving licence: Class C", "t"),
             ("KEY SKILLS", "h")] + [(x, "t") for x in sk] + \
            [("LANGUAGES", "h"), ("English, Bemba, Nyanja, Tonga", "t"),
             ("MEMBERSHIPS", "h"), ("Zambia National Farmers' Union (ZNFU)", "t"), ("Mkushi Farmers Association", "t")]
    tb = parse_xml(textbox_run_xml(items, int(Cm(14.2)), int(Cm(1.8)), int(Cm(5.2)), int(Cm(17.5))))
    p._p.append(tb)
    body("Farm Manager – Commercial Crops & Irrigation", italic=True, size=12, after=8)
    def sec(t):
        q = body(t, bold=True, size=11.5, color="2E5E2E", before=10, after=3); bottom_border(q, "9DBB8E", 8)
    sec("PROFILE")
    body("Hands-on farm manager with 14 years on large-scale irrigated farms in Central and Eastern Province. "
         "Currently running 1,800 ha of maize, soya beans and winter wheat under 14 centre pivots, with a focus on "
         "yield, cost per tonne and safe, well-trained teams.")
    sec("WORK EXPERIENCE")
    def role(company, title, dates, bl):
        q = body(company, bold=True, before=6, after=0)
        body(f"{title}  |  {dates}", italic=True, after=2)
        for b in bl:
            x = d.add_paragraph(b, style="List Bullet"); x.paragraph_format.right_indent = RI
    role("Chisamba Valley Farms Ltd, Chisamba", "Farm Manager", "January 2018 – Present",
         ["Full P&L for 1,800 ha irrigated cropping; 2023 maize average 11.2 t/ha, wheat 7.4 t/ha",
          "Manage 38 permanent and up to 180 seasonal workers; introduced biometric time-keeping",
          "Commissioned 4 new pivots and a 2 MW solar pumping system (2022)"])
    role("Mkushi Agro Estates, Mkushi", "Assistant Farm Manager (Crops & Irrigation)", "March 2014 – December 2017",
         ["Irrigation scheduling with soil-moisture probes across 9 pivots; cut water use 12%",
          "Planting, spraying and harvest logistics; grain storage and marketing to millers"])
    role("Mkushi Agro Estates, Mkushi", "Section Supervisor", "February 2012 – February 2014",
         ["Supervised 60 workers on a 400 ha soya/maize section"])
    role("Eastern Cotton Company Ltd, Chipata", "Field Officer", "2010 – 2012",
         ["Extension support and input credit recovery for 1,200 out-grower cotton farmers"])
    sec("EDUCATION")
    body("Diploma in Agriculture – Natural Resources Development College (NRDC), Lusaka, 2007 – 2010")
    body("Certificate in Farm Business Management – Mkushi Farm College, 2015")
    sec("REFEREES")
    body("Mr. Pieter van Wyk – Director, Chisamba Valley Farms Ltd – +260 96 555 0210")
    body("Mrs. Chola Mumba – General Manager, Mkushi Agro Estates – chola.mumba@example.co.zm")
    save(d, base)
    write_truth(base, "Mwansa Chileshe Phiri", "mwansa.phiri@example.co.zm", "+260 97 555 3321", [
        job("Chisamba Valley Farms Ltd", "Farm Manager", "January 2018", None),
        job("Mkushi Agro Estates", "Assistant Farm Manager (Crops & Irrigation)", "March 2014", "December 2017"),
        job("Mkushi Agro Estates", "Section Supervisor", "February 2012", "February 2014"),
        job("Eastern Cotton Company Ltd", "Field Officer", "2010", "2012"),
    ], sk)

# ======================================================================= 21  Poland SAP consultant (multi-level lists)
def r21():
    base = "w7_21_sap_consultant_docx"
    d = base_doc("Segoe UI", 9.5, Cm(2))
    P(d, "Katarzyna Nowak-Wiśniewska", bold=True, size=20, color="0B5394", after=0)
    P(d, "SAP FI/CO Consultant  ·  S/4HANA Finance", size=12, color="555555", after=2)
    P(d, "Kraków, Poland  ·  +48 600 555 214  ·  k.nowak.wisniewska@example.pl  ·  linkedin.com/in/knowak-sap", size=9, after=8)
    def h(t):
        p = d.add_paragraph(t, style="Heading 2")
    h("Summary")
    P(d, "SAP FI/CO consultant with 9 years in SAP finance — from accounts payable in a shared services centre to leading "
         "S/4HANA Finance workstreams for international clients. 4 full-cycle implementations, 2 conversions.")
    h("Core competencies")
    sk = ["SAP S/4HANA Finance (FI-GL, AA, AP, AR, Bank Accounting)", "SAP CO (CCA, PCA, CO-PA, Product Costing)",
          "Data migration (Migration Cockpit / LTMC)", "Integration FI-MM / FI-SD", "Fiori apps configuration",
          "SAP Activate & Solution Manager", "ABAP debugging (basic)"]
    for x in sk: d.add_paragraph(x, style="List Number")
    h("Professional experience")
    def role(company, title, dates):
        p = d.add_paragraph(); p.paragraph_format.space_before = Pt(6)
        runs(p, (company, dict(bold=True, size=10.5)))
        q = d.add_paragraph(); runs(q, (title, dict(italic=True)), ("   |   " + dates, dict(color="555555")))
    def L1(t): d.add_paragraph(t, style="List Bullet")
    def L2(t): d.add_paragraph(t, style="List Bullet 2")
    def L3(t): d.add_paragraph(t, style="List Bullet 3")
    role("Vistula Digital Consulting Sp. z o.o.", "Senior SAP FI/CO Consultant", "03.2020 – present")
    L1("S/4HANA greenfield implementation — Nordic retail group (2023 – present)")
    L2("Workstream lead FI-AA and Bank Accounting; team of 3 consultants (PL/IN)")
    L2("Designed new asset classes and depreciation areas for IFRS 16 and local GAAP")
    L3("Parallel ledgers 0L / 2L, 14 company codes in 5 countries")
    L1("System conversion ECC → S/4HANA 2021 — German automotive supplier (2021 – 2022)")
    L2("Custom code / simplification item analysis for FI-CO; cutover and hypercare")
    L2("Reduced month-end close by 2 days with Fiori Financial Close apps")
    L1("Pre-sales and estimations for 6 finance-transformation proposals")
    role("Baltic Nexus IT Services", "SAP FI/CO Consultant (B2B contract)", "01.2018 – 02.2020")
    L1("AMS support (L2/L3) for 3 clients; ~40 tickets / month, SLA 98%")
    L1("Roll-out of a SAP template to Czech and Slovak subsidiaries")
    L2("Local tax reporting (VAT control statement, SAF-T) and electronic bank statements")
    role("Nordhaven Group Business Services Sp. z o.o.", "Junior SAP FI Consultant", "07.2015 – 12.2017")
    L1("Internal SAP finance team for 20 European entities; GL and AP configuration, user training")
    role("Nordhaven Group Business Services Sp. z o.o.", "Accounts Payable Specialist", "09.2013 – 06.2015")
    L1("Invoice processing and vendor reconciliation for Nordic entities; super-user for SAP MM-FI")
    h("Education & certifications")
    d.add_paragraph("MSc Finance and Accounting — Cracow University of Economics, 2013", style="List Bullet")
    d.add_paragraph("SAP Certified Application Associate — SAP S/4HANA for Financial Accounting (2021)", style="List Bullet")
    d.add_paragraph("SAP Certified Application Associate — Management Accounting (CO) (2018)", style="List Bullet")
    h("Languages")
    P(d, "Polish — native  ·  English — C1  ·  German — B2")
    p = P(d, "I hereby consent to the processing of my personal data for the purposes of the recruitment process, in accordance "
          "with Regulation (EU) 2016/679 (GDPR). / Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb "
          "niezbędnych do realizacji procesu rekrutacji.", italic=True, size=7.5, color="777777", before=14)
    save(d, base)
    write_truth(base, "Katarzyna Nowak-Wiśniewska", "k.nowak.wisniewska@example.pl", "+48 600 555 214", [
        job("Vistula Digital Consulting Sp. z o.o.", "Senior SAP FI/CO Consultant", "03.2020", None),
        job("Baltic Nexus IT Services", "SAP FI/CO Consultant (B2B contract)", "01.2018", "02.2020"),
        job("Nordhaven Group Business Services Sp. z o.o.", "Junior SAP FI Consultant", "07.2015", "12.2017"),
        job("Nordhaven Group Business Services Sp. z o.o.", "Accounts Payable Specialist", "09.2013", "06.2015"),
    ], sk)

# ======================================================================= 22  Ghana epidemiologist (heading styles, plain paragraphs)
def r22():
    base = "w7_22_epidemiologist_docx"
    d = base_doc("Georgia", 10.5, Cm(2.3))
    d.add_paragraph("Abena Owusu-Ansah", style="Title")
    P(d, "MPH, MPhil (Applied Epidemiology)", italic=True, after=2)
    P(d, "Tel: +233 24 555 7391  •  Email: abena.owusuansah@example.com.gh  •  East Legon, Accra, Ghana", after=8)
    def H(t): d.add_paragraph(t, style="Heading 1")
    H("Professional Summary")
    P(d, "Field epidemiologist with over ten years in Ghana's public health system, covering district disease control, "
         "outbreak investigation (cholera, meningitis, mpox, COVID-19) and national surveillance data systems.")
    H("Work Experience")
    def role(title, org, dates, bl):
        p = P(d, title, bold=True, before=6, after=0)
        runs(P(d, after=2), (org, dict(italic=True)), ("  —  " + dates, dict()))
        for b in bl: P(d, b, style="List Bullet")
    role("Epidemiologist (Disease Surveillance)", "Ghana Health Service, Accra", "January 2020 – present",
         ["Analyse weekly IDSR data for 16 regions in DHIS2; produce the national epidemiological bulletin",
          "Deployed with rapid response teams to 9 outbreaks incl. mpox (2022) and cholera (2023/24)",
          "Trained 140 district officers on SORMAS case-based surveillance"])
    role("Field Epidemiology Resident", "Ghana Field Epidemiology and Laboratory Training Programme (GFELTP), Accra",
         "September 2017 – December 2019",
         ["Two-year competency-based residency; 6 field investigations, 2 surveillance evaluations",
          "Evaluated the meningitis surveillance system in the Upper West Region"])
    role("District Disease Control Officer", "Ghana Health Service, Ejisu", "October 2013 – August 2017",
         ["Coordinated immunisation campaigns and AFP / measles surveillance for a population of 180,000"])
    role("National Service Personnel (Public Health Unit)", "Asante Regional Hospital, Kumasi", "September 2012 – August 2013", [])
    H("Education")
    P(d, "MPhil Applied Epidemiology and Disease Control — University of Ghana, School of Public Health, 2019")
    P(d, "Master of Public Health — Kwame Nkrumah University of Science and Technology, 2016")
    P(d, "BSc Human Biology — University for Development Studies, Tamale, 2012")
    H("Skills")
    sk = ["Stata and R", "Epi Info 7", "DHIS2 and SORMAS", "QGIS and ArcGIS", "Outbreak investigation and rapid response",
          "Surveillance system evaluation", "Scientific writing"]
    P(d, ";  ".join(sk))
    H("Selected Publications")
    P(d, "Owusu-Ansah A, Mensah K, Boateng E. Evaluation of meningitis surveillance, Upper West Region, Ghana, 2018. "
         "Pan African Medical Journal. 2020;35(2):14.")
    P(d, "Owusu-Ansah A, et al. Cholera outbreak investigation in a fishing community, Central Region, 2023. Ghana Medical Journal (in press).")
    H("Referees")
    P(d, "Dr. Kwame Asiedu-Boateng, Deputy Director, Disease Surveillance, Ghana Health Service — k.asiedu@example.com.gh — +233 20 555 1184")
    P(d, "Prof. Efua Mensah, Programme Coordinator, GFELTP, University of Ghana — +233 30 555 2297")
    save(d, base)
    write_truth(base, "Abena Owusu-Ansah", "abena.owusuansah@example.com.gh", "+233 24 555 7391", [
        job("Ghana Health Service", "Epidemiologist (Disease Surveillance)", "January 2020", None),
        job("Ghana Field Epidemiology and Laboratory Training Programme (GFELTP)", "Field Epidemiology Resident", "September 2017", "December 2019"),
        job("Ghana Health Service", "District Disease Control Officer", "October 2013", "August 2017"),
        job("Asante Regional Hospital", "National Service Personnel (Public Health Unit)", "September 2012", "August 2013"),
    ], sk)

# ======================================================================= 23  Colombia football coach (2-col table, contact in footer)
def r23():
    base = "w7_23_football_coach_docx"
    d = base_doc("Calibri", 10.5, Cm(2))
    s = d.sections[0]
    fp = s.footer.paragraphs[0]
    runs(fp, ("Andrés Felipe Restrepo Gómez  ·  +57 310 555 8264  ·  andres.restrepo.coach@example.com  ·  Medellín, Colombia",
              dict(size=8.5, color="555555")))
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    P(d, "ANDRÉS FELIPE RESTREPO GÓMEZ", bold=True, size=19, after=0)
    P(d, "Football Coach · CONMEBOL A Licence · Youth Development & Performance", size=11, color="C00000", after=2)
    P(d, "Medellín, Colombia · open to relocation (USA / Canada / Mexico) · contact details below", size=9, italic=True, after=8)
    t = d.add_table(rows=0, cols=2); no_borders(t)
    def hdr(title):
        c = t.add_row().cells; m = c[0].merge(c[1])
        p = cell_text(m, title.upper(), bold=True, size=11, color="C00000"); p.paragraph_format.space_before = Pt(8)
        bottom_border(p, "C00000", 6)
    def row(left, lines, bl=()):
        c = t.add_row().cells
        cell_text(c[0], left, size=9.5, color="555555")
        for i, (txt, kw) in enumerate(lines):
            cell_text(c[1], txt, **kw)
        for b in bl:
            p = c[1].add_paragraph("▪ " + b); p.paragraph_format.left_indent = Cm(0.3)
    hdr("Profile")
    row("", [("Former professional midfielder (7 seasons) turned coach. Eight years developing youth players, three in a "
              "professional academy; 11 academy players signed first-team contracts since 2021.", {})])
    hdr("Coaching Experience")
    row("2021 – Present", [("Head Coach, U-17", dict(bold=True)), ("Club Atlético Valle de Aburrá, Itagüí", dict(italic=True))],
        ["National U-17 championship runners-up 2023", "Designed the academy's game model and weekly periodisation",
         "Individual development plans for 26 players; GPS load monitoring (Catapult)"])
    row("2019 – 2020", [("Assistant Coach, First Team", dict(bold=True)), ("Club Atlético Valle de Aburrá, Itagüí", dict(italic=True))],
        ["Set-piece coach and opposition analysis (Primera B promotion season 2019)"])
    row("2015 – 2018", [("Youth Coach (U-12 / U-13)", dict(bold=True)), ("Escuela de Fútbol Los Cóndores, Envigado", dict(italic=True))],
        ["Grassroots and competitive squads; 3 regional titles"])
    hdr("Playing Career")
    row("2008 – 2014", [("Professional Footballer (Central Midfielder)", dict(bold=True)), ("Cafeteros FC, Armenia", dict(italic=True))],
        ["148 league appearances, 12 goals; captain 2013–14"])
    hdr("Licences & Education")
    row("2020", [("CONMEBOL A Licence — Colombian Football Federation", {})])
    row("2016", [("CONMEBOL B Licence", {})])
    row("2017 – 2021", [("Professional in Sports Science (Profesional en Ciencias del Deporte) — Politécnico Colombiano JIC", {})])
    hdr("Coaching Skills")
    sk = ["Periodisation & training load (GPS – Catapult)", "Video analysis (Hudl, LongoMatch)", "Positional play & pressing systems",
          "Individual development plans (IDP)", "Spanish (native) / English (B2)"]
    row("", [(x, {}) for x in sk])
    set_col_widths(t, [Cm(3.2), Cm(13.8)])
    save(d, base)
    write_truth(base, "Andrés Felipe Restrepo Gómez", "andres.restrepo.coach@example.com", "+57 310 555 8264", [
        job("Club Atlético Valle de Aburrá", "Head Coach, U-17", "2021", None),
        job("Club Atlético Valle de Aburrá", "Assistant Coach, First Team", "2019", "2020"),
        job("Escuela de Fútbol Los Cóndores", "Youth Coach (U-12 / U-13)", "2015", "2018"),
        job("Cafeteros FC", "Professional Footballer (Central Midfielder)", "2008", "2014"),
    ], sk)

for f in (r17, r18, r19, r20, r21, r22, r23):
    f()
print("docx: 7")

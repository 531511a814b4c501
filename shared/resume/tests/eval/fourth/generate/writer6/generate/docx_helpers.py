"""Small python-docx helpers (borders, shading, tab stops, text boxes, lists)."""
import docx
from xml.sax.saxutils import escape
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Inches, Cm, RGBColor


def new_doc(font="Calibri", size=10.5, margins_cm=2.0, a4=True):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        if a4:
            s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        else:
            s.page_width, s.page_height = Inches(8.5), Inches(11)
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm)
    return d


def runs(p, parts):
    """parts: list of str or (text, dict(b=,i=,size=,color=,caps=,font=))"""
    for part in parts:
        if isinstance(part, str):
            part = (part, {})
        text, fmt = part
        r = p.add_run(text)
        r.bold = fmt.get("b")
        r.italic = fmt.get("i")
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
        if fmt.get("color"):
            r.font.color.rgb = RGBColor.from_string(fmt["color"])
        if fmt.get("caps"):
            r.font.small_caps = True
        if fmt.get("allcaps"):
            r.font.all_caps = True
        if fmt.get("font"):
            r.font.name = fmt["font"]
    return p


def para(container, parts=(), style=None, align=None, before=None, after=None, indent_cm=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    runs(p, parts if not isinstance(parts, str) else [parts])
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    return p


def right_tab(p, pos_cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)
    return p


def left_tab(p, pos_cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.LEFT)
    return p


def bottom_border(p, color="444444", sz=8):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>'))
    return p


def shade_para(p, fill="D9D9D9"):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
    return p


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def cell_text(cell, parts, first=True, style=None):
    """Write into a cell; first=True reuses the empty first paragraph."""
    if first and len(cell.paragraphs) == 1 and not cell.paragraphs[0].text:
        p = cell.paragraphs[0]
        if style:
            p.style = style
        return runs(p, parts if not isinstance(parts, str) else [parts])
    return para(cell, parts, style=style)


def add_textbox(doc, lines, width_pt=481, height_pt=78, fill="1F3B57"):
    """Inline VML text box at the current end of the body. lines: list of (text, size, bold, color)."""
    ps = []
    for text, size, bold, color in lines:
        b = "<w:b/>" if bold else ""
        ps.append(
            f'<w:p><w:pPr><w:spacing w:after="20"/></w:pPr><w:r><w:rPr>{b}<w:color w:val="{color}"/>'
            f'<w:sz w:val="{int(size * 2)}"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    xml = (
        f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:r><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="ContactBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" stroked="f">'
        f'<v:textbox inset="10pt,6pt,10pt,6pt"><w:txbxContent>{"".join(ps)}</w:txbxContent></v:textbox>'
        f'</v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    doc.element.body.insert(len(doc.element.body) - 1, el)  # before sectPr
    return el


def add_multilevel(doc, glyphs=("•", "o", "–"), indents=(360, 720, 1080)):
    """Create a 3-level bullet list definition; returns numId."""
    numbering = doc.part.numbering_part.element
    abs_id, num_id = 77, 77
    lvls = []
    for i, (g, ind) in enumerate(zip(glyphs, indents)):
        lvls.append(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="{g}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{ind}" w:hanging="270"/></w:pPr></w:lvl>')
    absn = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(lvls)}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>'))
    return num_id


def list_para(doc, parts, num_id, level, after=1):
    p = para(doc, parts, after=after)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def table_borders(table, val="single", sz=4, color="999999", inside=True):
    tblPr = table._tbl.tblPr
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    xml = "".join(f'<w:{e} w:val="{val}" w:sz="{sz}" w:space="0" w:color="{color}"/>' for e in edges)
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{xml}</w:tblBorders>'))

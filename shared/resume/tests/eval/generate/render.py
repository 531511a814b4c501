"""Renderers for the evaluation resumes.

Every resume is a dict written by hand in data_*.py.  Quantities that count as
metrics are wrapped in {{...}} inside summary/bullet text; the markers are
stripped when the file is written and collected into the truth file.

Formats: txt, md, pdf-onecol, pdf-twocol, pdf-smallcaps, pdf-allcaps,
pdf-table, docx-plain, docx-table, docx-textbox, docx-header.
"""
import copy
import re
from xml.sax.saxutils import escape as xesc

MARK = re.compile(r"\{\{(.+?)\}\}")


def strip(s):
    return MARK.sub(lambda m: m.group(1), s) if s else s


def metrics_of(s):
    return MARK.findall(s or "")


# ---------------------------------------------------------------- helpers
def dates(R, job):
    if job.get("dates_text"):
        return job["dates_text"]
    sep = R["style"].get("date_sep", " – ")
    if job.get("end_text"):
        return f"{job['start']}{sep}{job['end_text']}"
    return job["start"]


def contact_items(R):
    items = []
    if R.get("location"):
        items.append(R["location"])
    if R.get("phone"):
        items.append(R["phone"])
    if R.get("email"):
        items.append(R["email"])
    items += R.get("links", [])
    order = R["style"].get("contact_order")
    if order:
        m = {"loc": R.get("location"), "phone": R.get("phone"), "email": R.get("email")}
        items = [m[k] if k in m else k for k in order]
        items += [l for l in R.get("links", []) if l not in items]
        items = [i for i in items if i]
    return items


def job_header(R, job):
    """Return a list of header rows for a job.

    Row kinds: ("line", text, fmt) with fmt in {"b","i","",'bi'} or
    ("pair", left, right, lfmt, rfmt)."""
    lay = R["style"].get("job_layout", "A")
    t, c, loc, d = job["title"], job["company"], job.get("loc"), dates(R, job)
    cl = f"{c}, {loc}" if loc else c
    if lay == "A":  # Title ........ dates / Company, City
        return [("pair", t, d, "b", ""), ("line", cl, "i")]
    if lay == "B":  # Company ...... City / Title ...... dates
        return [("pair", c, loc or "", "b", ""), ("pair", t, d, "i", "i")]
    if lay == "C":  # dates / Title / Company
        return [("line", d, ""), ("line", t, "b"), ("line", cl, "")]
    if lay == "D":  # Title | Company | dates
        parts = [t, c] + ([loc] if loc else []) + [d]
        return [("line", " | ".join(parts), "b")]
    if lay == "E":  # Company, City (dates) / Title
        return [("line", f"{cl} ({d})", "b"), ("line", t, "i")]
    if lay == "F":  # Title, Company / dates
        return [("line", f"{t}, {cl}", "b"), ("line", d, "i")]
    if lay == "G":  # dates  Title — Company  (dates before title on one line)
        return [("line", f"{d}  {t} — {cl}", "b")]
    if lay == "H":  # Company — dates / Title
        return [("pair", c, d, "b", ""), ("line", t + (f" · {loc}" if loc else ""), "i")]
    raise ValueError(lay)


def skill_groups(R):
    return R["skills"]["groups"]


def flat_skills(R):
    out = []
    for _, items in skill_groups(R):
        out += items
    return out


def skills_lines(R, style=None):
    """Skills rendered as plain text lines (no bullets) for linear formats."""
    sk = R["skills"]
    style = style or sk["style"]
    sep = {"comma": ", ", "pipe": " | ", "semicolon": "; ", "dot": " · "}
    out = []
    for cat, items in sk["groups"]:
        if style in sep:
            line = sep[style].join(items)
            out.append((f"{cat}: " if cat else "") + line)
        elif style == "cats":
            inner = sk.get("inner", ", ")
            out.append(f"{cat}: " + inner.join(items) if cat else inner.join(items))
        elif style == "bullets":
            if cat:
                out.append(("cat", cat))
            out += [("bullet", i) for i in items]
        else:
            raise ValueError(style)
    return out


def truth(R):
    t = {
        "profession": R["profession"],
        "format": R["format"],
        "name": R["name"],
        "email": R.get("email"),
        "phone": R.get("phone"),
        "skills": flat_skills(R),
        "experience": [
            {"company": j["company"], "title": j["title"], "start": j["start"], "end": j.get("end")}
            for j in R["jobs"]
        ],
        "metrics": [],
    }
    t["metrics"] += metrics_of(R.get("summary"))
    for j in R["jobs"]:
        for b in j.get("bullets", []):
            t["metrics"] += metrics_of(b)
    for extra in R.get("summary_bullets", []):
        t["metrics"] += metrics_of(extra)
    if R.get("notes"):
        t["notes"] = R["notes"]
    return t


def section_title(R, key):
    return R.get("headings", {}).get(key, {
        "summary": "Summary", "experience": "Experience", "skills": "Skills",
        "education": "Education", "certs": "Certifications"}.get(key, key))


def extra_sections(R):
    return R.get("extra", {})


# ---------------------------------------------------------------- TXT
def render_txt(R):
    st = R["style"]
    hs = st.get("txt_heading", "underline")
    bullet = st.get("bullet", "-")
    width = st.get("width", 78)
    L = []

    def heading(h):
        L.append("")
        if hs == "underline":
            L.append(h.upper() if st.get("caps") else h)
            L.append("=" * len(h))
        elif hs == "dash":
            L.append(h.upper())
            L.append("-" * len(h))
        elif hs == "colon":
            L.append(h.upper() + ":" if st.get("caps") else h + ":")
        elif hs == "caps":
            L.append(h.upper())
        elif hs == "rule":
            L.append("-" * width)
            L.append(h.upper())
            L.append("-" * width)
        L.append("")

    # header
    if st.get("contact_first"):
        L.append(st.get("contact_sep", " | ").join(contact_items(R)))
        L.append("")
    L.append(R.get("name_line", R["name"]))
    if R.get("headline"):
        L.append(R["headline"])
    if not st.get("contact_first"):
        if st.get("contact_lines"):
            L += contact_items(R)
        else:
            L.append(st.get("contact_sep", " | ").join(contact_items(R)))

    for key in R["order"]:
        if key == "summary" and R.get("summary"):
            heading(section_title(R, key))
            L += wrap(strip(R["summary"]), width)
            for b in R.get("summary_bullets", []):
                L += wrap(strip(b), width, f"{bullet} ")
        elif key == "experience":
            heading(section_title(R, key))
            for j in R["jobs"]:
                for row in job_header(R, j):
                    if row[0] == "line":
                        L.append(row[1])
                    else:
                        left, right = row[1], row[2]
                        if right:
                            pad = max(2, width - len(left) - len(right))
                            L.append(left + " " * pad + right)
                        else:
                            L.append(left)
                for b in j.get("bullets", []):
                    L += wrap(strip(b), width, f"{bullet} ")
                if j.get("para"):
                    L += wrap(strip(j["para"]), width)
                L.append("")
            if L[-1] == "":
                L.pop()
        elif key == "skills":
            heading(section_title(R, key))
            for x in skills_lines(R):
                if isinstance(x, tuple):
                    if x[0] == "cat":
                        L.append(x[1] + ":")
                    else:
                        L.append(f"{bullet} {x[1]}")
                else:
                    L += wrap(x, width) if st.get("wrap_skills") else [x]
        elif key in ("education", "certs") or key in extra_sections(R):
            lines = R.get(key) if key in ("education", "certs") else extra_sections(R)[key]
            if not lines:
                continue
            heading(section_title(R, key))
            for ln in lines:
                if ln.startswith("- "):
                    L += wrap(ln[2:], width, f"{bullet} ")
                else:
                    L.append(ln)
    return "\n".join(L).rstrip() + "\n"


def wrap(text, width, first=""):
    import textwrap
    if not first:
        return textwrap.wrap(text, width, break_on_hyphens=False) or [""]
    return textwrap.wrap(text, width, initial_indent=first,
                         subsequent_indent=" " * len(first), break_on_hyphens=False) or [first]


# ---------------------------------------------------------------- Markdown
def md_inline(row):
    def f(text, fmt):
        if not text:
            return ""
        if fmt == "b":
            return f"**{text}**"
        if fmt == "i":
            return f"*{text}*"
        if fmt == "bi":
            return f"***{text}***"
        return text
    if row[0] == "line":
        return f(row[1], row[2])
    left, right = f(row[1], row[3]), f(row[2], row[4])
    return f"{left} — {right}" if right else left


def render_md(R):
    st = R["style"]
    L = []
    h2 = st.get("md_h2", "##")
    h3 = st.get("md_h3", "###")
    csep = st.get("contact_sep", " | ")
    if st.get("contact_first"):
        L.append(csep.join(contact_items(R)))
        L.append("")
    L.append(f"# {R.get('name_line', R['name'])}")
    L.append("")
    if R.get("headline"):
        L.append(f"**{R['headline']}**" if st.get("md_bold_headline") else f"*{R['headline']}*")
        L.append("")
    if not st.get("contact_first"):
        if st.get("contact_lines"):
            for c in contact_items(R):
                L.append(c + "  ")
        else:
            L.append(csep.join(contact_items(R)))
        L.append("")
    if st.get("md_rule"):
        L.append("---")
        L.append("")
    for key in R["order"]:
        title = section_title(R, key)
        if key == "summary" and R.get("summary"):
            L += [f"{h2} {title}", "", strip(R["summary"]), ""]
            if R.get("summary_bullets"):
                L += [f"- {strip(b)}" for b in R["summary_bullets"]] + [""]
        elif key == "experience":
            L += [f"{h2} {title}", ""]
            for j in R["jobs"]:
                rows = job_header(R, j)
                if st.get("md_job_h3", True):
                    first = rows[0]
                    txt = first[1] if first[0] == "line" else (
                        f"{first[1]} — {first[2]}" if first[2] else first[1])
                    L.append(f"{h3} {txt}")
                    rest = rows[1:]
                else:
                    rest = rows
                for r in rest:
                    L.append(md_inline(r) + "  ")
                if rest:
                    L[-1] = L[-1].rstrip()
                L.append("")
                for b in j.get("bullets", []):
                    L.append(f"{st.get('bullet_md', '-')} {strip(b)}")
                if j.get("para"):
                    L.append(strip(j["para"]))
                L.append("")
        elif key == "skills":
            L += [f"{h2} {title}", ""]
            for x in skills_lines(R):
                if isinstance(x, tuple):
                    if x[0] == "cat":
                        L.append(f"**{x[1]}**")
                    else:
                        L.append(f"- {x[1]}")
                else:
                    if ": " in x and R["skills"]["style"] == "cats":
                        cat, rest = x.split(": ", 1)
                        L.append(f"- **{cat}:** {rest}")
                    else:
                        L.append(x)
                        L.append("")
            L.append("")
        elif key in ("education", "certs") or key in extra_sections(R):
            lines = R.get(key) if key in ("education", "certs") else extra_sections(R)[key]
            if not lines:
                continue
            L += [f"{h2} {title}", ""]
            for ln in lines:
                L.append(ln if ln.startswith("- ") else ln + "  ")
            L.append("")
    out = "\n".join(L)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.rstrip() + "\n"


# ---------------------------------------------------------------- PDF
def render_pdf(R, path):
    from reportlab.lib.pagesizes import LETTER, A4
    from reportlab.lib.units import inch
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle, FrameBreak,
                                    NextPageTemplate, KeepTogether)
    st = R["style"]
    fmt = R["format"]
    serif = st.get("serif", False)
    F = "Times-Roman" if serif else "Helvetica"
    FB = "Times-Bold" if serif else "Helvetica-Bold"
    FI = "Times-Italic" if serif else "Helvetica-Oblique"
    base = st.get("size", 10)
    page = A4 if st.get("a4") else LETTER
    W, H = page
    accent = colors.HexColor(st.get("accent", "#1f3a5f"))

    S = lambda name, **kw: ParagraphStyle(name, fontName=kw.pop("font", F), fontSize=kw.pop("size", base),
                                          leading=kw.pop("leading", base * 1.25), **kw)
    body = S("body")
    small = S("small", size=base - 1)
    bul = S("bul", leftIndent=12, bulletIndent=2, spaceAfter=1)
    nameS = S("name", font=FB, size=base + 12, leading=base + 16, alignment=st.get("name_align", 0),
              textColor=accent)
    headS = S("head", font=FB, size=base + 1.5, leading=base + 5, spaceBefore=8, spaceAfter=3,
              textColor=accent)
    hlS = S("hl", size=base + 1, leading=base + 4, alignment=st.get("name_align", 0))
    ctS = S("ct", size=base - 0.5, alignment=st.get("name_align", 0))

    def e(s):
        return xesc(s)

    def smallcaps(text, size):
        out = []
        for word in re.split(r"(\s+)", text):
            if not word.strip():
                out.append(word)
                continue
            buf = ""
            for ch in word:
                if ch.islower():
                    buf += f'<font size="{size * 0.78:.1f}">{e(ch.upper())}</font>'
                else:
                    buf += e(ch)
            out.append(buf)
        return "".join(out)

    def heading_text(h):
        if fmt == "pdf-smallcaps":
            return smallcaps(h, headS.fontSize)
        if fmt == "pdf-allcaps" or st.get("caps"):
            return e(h.upper())
        return e(h)

    def hrule():
        t = Table([[""]], colWidths=["100%"], rowHeights=[2])
        t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.6, accent)]))
        return t

    def heading(h, story, width=None):
        story.append(Paragraph(heading_text(h), headS))
        if st.get("rule", True):
            story.append(hrule())
            story.append(Spacer(1, 2))

    def fmt_text(text, f):
        text = e(text)
        if f == "b":
            return f"<b>{text}</b>"
        if f == "i":
            return f"<i>{text}</i>"
        if f == "bi":
            return f"<b><i>{text}</i></b>"
        return text

    def job_flow(j, width):
        out = []
        for row in job_header(R, j):
            if row[0] == "line":
                out.append(Paragraph(fmt_text(row[1], row[2]), body))
            else:
                rs = ParagraphStyle("r", parent=body, alignment=2)
                t = Table([[Paragraph(fmt_text(row[1], row[3]), body),
                            Paragraph(fmt_text(row[2], row[4]), rs)]],
                          colWidths=[width * 0.68, width * 0.32])
                t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                out.append(t)
        for b in j.get("bullets", []):
            out.append(Paragraph(e(strip(b)), bul, bulletText=st.get("pdf_bullet", "•")))
        if j.get("para"):
            out.append(Paragraph(e(strip(j["para"])), body))
        out.append(Spacer(1, 5))
        return out

    def skills_flow(story, width, force=None):
        style = force or R["skills"]["style"]
        if style == "table" or (fmt == "pdf-table" and R["skills"].get("table", True) and force is None):
            rows = [[Paragraph(f"<b>{e(c)}</b>", small), Paragraph(e(", ".join(items)), small)]
                    for c, items in skill_groups(R)]
            t = Table(rows, colWidths=[width * 0.28, width * 0.72])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f7"))]))
            story.append(t)
            return
        if style == "grid":
            items = flat_skills(R)
            ncol = R["skills"].get("ncol", 3)
            rows = [items[i:i + ncol] for i in range(0, len(items), ncol)]
            rows[-1] += [""] * (ncol - len(rows[-1]))
            rows = [[Paragraph(("• " + e(x)) if x else "", small) for x in r] for r in rows]
            t = Table(rows, colWidths=[width / ncol] * ncol)
            t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            return
        for x in skills_lines(R, style):
            if isinstance(x, tuple):
                if x[0] == "cat":
                    story.append(Paragraph(f"<b>{e(x[1])}</b>", small))
                else:
                    story.append(Paragraph(e(x[1]), ParagraphStyle("sb", parent=small, leftIndent=10,
                                                                    bulletIndent=0),
                                           bulletText="•"))
            else:
                if ": " in x and style == "cats":
                    c, rest = x.split(": ", 1)
                    story.append(Paragraph(f"<b>{e(c)}:</b> {e(rest)}", body))
                else:
                    story.append(Paragraph(e(x), body))

    def lines_flow(lines, story):
        for ln in lines:
            if ln.startswith("- "):
                story.append(Paragraph(e(ln[2:]), bul, bulletText="•"))
            else:
                story.append(Paragraph(e(ln), body))

    def exp_table(story, width):
        # experience as a 2-column table: dates | title, company, bullets
        for j in R["jobs"]:
            cell = [Paragraph(f"<b>{e(j['title'])}</b>", body),
                    Paragraph(f"<i>{e(j['company'])}{', ' + e(j['loc']) if j.get('loc') else ''}</i>", body)]
            cell += [Paragraph(e(strip(b)), bul, bulletText="•") for b in j.get("bullets", [])]
            t = Table([[Paragraph(e(dates(R, j)), small), cell]], colWidths=[width * 0.2, width * 0.8])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                                   ("LEFTPADDING", (0, 0), (0, -1), 0)]))
            story.append(t)

    def header_flow(story, with_contact=True):
        name = R.get("name_line", R["name"])
        if fmt == "pdf-smallcaps":
            story.append(Paragraph(smallcaps(name, nameS.fontSize), nameS))
        elif fmt == "pdf-allcaps" or st.get("name_caps"):
            story.append(Paragraph(e(name.upper()), nameS))
        else:
            story.append(Paragraph(e(name), nameS))
        if R.get("headline"):
            story.append(Paragraph(e(R["headline"]), hlS))
        if with_contact:
            story.append(Paragraph(e(st.get("contact_sep", "  |  ").join(contact_items(R))), ctS))
        story.append(Spacer(1, 6))

    def main_sections(story, width, skip=()):
        for key in R["order"]:
            if key in skip:
                continue
            title = section_title(R, key)
            if key == "summary" and R.get("summary"):
                heading(title, story)
                story.append(Paragraph(e(strip(R["summary"])), body))
                for b in R.get("summary_bullets", []):
                    story.append(Paragraph(e(strip(b)), bul, bulletText="•"))
            elif key == "experience":
                heading(title, story)
                if fmt == "pdf-table" and st.get("exp_table"):
                    exp_table(story, width)
                else:
                    for j in R["jobs"]:
                        story += job_flow(j, width)
            elif key == "skills":
                heading(title, story)
                skills_flow(story, width)
            elif key in ("education", "certs") or key in extra_sections(R):
                lines = R.get(key) if key in ("education", "certs") else extra_sections(R)[key]
                if lines:
                    heading(title, story)
                    lines_flow(lines, story)

    margin = st.get("margin", 0.7) * inch
    meta = dict(title=f"{R['name']} - Resume", author=R["name"])
    if fmt != "pdf-twocol":
        doc = BaseDocTemplate(path, pagesize=page, leftMargin=margin, rightMargin=margin,
                              topMargin=margin, bottomMargin=margin, **meta)
        fw = W - 2 * margin
        doc.addPageTemplates([PageTemplate("one", [Frame(margin, margin, fw, H - 2 * margin, id="f")])])
        story = []
        header_flow(story)
        main_sections(story, fw)
        doc.build(story)
        return

    # two columns: sidebar (contact + skills + extras) then main column
    side_w = st.get("side_w", 2.3) * inch
    gap = 0.25 * inch
    sidebar_keys = st.get("sidebar", ["skills", "education"])
    side_bg = colors.HexColor(st.get("side_bg", "#eef2f7"))

    def draw_bg(canvas, doc):
        canvas.saveState()
        canvas.setFillColor(side_bg)
        x = 0 if st.get("side_left", True) else W - side_w - margin * 0.5
        canvas.rect(x, 0, side_w + margin * 0.5, H, stroke=0, fill=1)
        canvas.restoreState()

    if st.get("side_left", True):
        sx, mx = margin * 0.5, margin * 0.5 + side_w + gap
    else:
        mx, sx = margin, W - side_w - margin * 0.25
    mw = W - mx - margin if st.get("side_left", True) else W - side_w - margin * 1.5 - gap
    side = Frame(sx, margin, side_w, H - 2 * margin, id="side")
    main = Frame(mx, margin, mw, H - 2 * margin, id="main")
    doc = BaseDocTemplate(path, pagesize=page, **meta)
    later = Frame(mx, margin, mw, H - 2 * margin, id="later")
    doc.addPageTemplates([PageTemplate("first", [side, main], onPage=draw_bg),
                          PageTemplate("rest", [later], onPage=draw_bg)])
    story = [NextPageTemplate("rest")]
    sstyle = ParagraphStyle("sct", parent=small)
    # sidebar
    sideS = ParagraphStyle("sn", parent=nameS, fontSize=base + 8, leading=base + 11)
    if st.get("name_in_sidebar", True):
        story.append(Paragraph(e(R.get("name_line", R["name"])), sideS))
        if R.get("headline"):
            story.append(Paragraph(e(R["headline"]), sstyle))
        story.append(Spacer(1, 8))
    story.append(Paragraph(heading_text(st.get("contact_heading", "Contact")), headS))
    for c in contact_items(R):
        story.append(Paragraph(e(c), sstyle))
    for key in sidebar_keys:
        title = section_title(R, key)
        if key == "skills":
            story.append(Paragraph(heading_text(title), headS))
            skills_flow(story, side_w)
        else:
            lines = R.get(key) if key in ("education", "certs") else extra_sections(R)[key]
            story.append(Paragraph(heading_text(title), headS))
            for ln in lines:
                story.append(Paragraph(e(ln.lstrip("- ")), sstyle))
                story.append(Spacer(1, 2))
    story.append(FrameBreak())
    if not st.get("name_in_sidebar", True):
        story.append(Paragraph(e(R.get("name_line", R["name"])), nameS))
        if R.get("headline"):
            story.append(Paragraph(e(R["headline"]), hlS))
    main_sections(story, mw, skip=sidebar_keys)
    doc.build(story)


# ---------------------------------------------------------------- DOCX
def render_docx(R, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor, Emu
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import parse_xml

    st = R["style"]
    fmt = R["format"]
    d = docx.Document()
    d.core_properties.author = R["name"]
    d.core_properties.title = "Resume"
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(st.get("margin", 0.8))
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    normal = d.styles["Normal"]
    normal.font.name = st.get("font", "Calibri")
    normal.font.size = Pt(st.get("size", 10.5))
    text_w = sec.page_width - sec.left_margin - sec.right_margin

    def para(text="", style=None, bold=False, italic=False, size=None, align=None, space_after=2):
        p = d.add_paragraph(style=style) if style else d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(space_after)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def heading(text):
        if st.get("docx_heading_style", True):
            h = d.add_heading(text.upper() if st.get("caps") else text, level=st.get("hlevel", 2))
        else:
            h = para(text.upper(), bold=True, size=11.5)
            h.paragraph_format.space_before = Pt(10)
        return h

    def bullet(text, container=None):
        if container is None:
            p = d.add_paragraph(style="List Bullet")
            p.add_run(text)
            p.paragraph_format.space_after = Pt(1)
            return p
        p = container.add_paragraph(style="List Bullet")
        p.add_run(text)
        return p

    def job_rows(j, container=None):
        add = (lambda **k: para(**k)) if container is None else None
        for row in job_header(R, j):
            p = (d.add_paragraph() if container is None else container.add_paragraph())
            p.paragraph_format.space_after = Pt(0)
            if row[0] == "line":
                r = p.add_run(row[1])
                r.bold, r.italic = "b" in row[2], "i" in row[2]
            else:
                p.paragraph_format.tab_stops.add_tab_stop(text_w if container is None else Inches(4.6),
                                                          WD_TAB_ALIGNMENT.RIGHT)
                r = p.add_run(row[1])
                r.bold, r.italic = "b" in row[3], "i" in row[3]
                if row[2]:
                    p.add_run("\t")
                    r2 = p.add_run(row[2])
                    r2.bold, r2.italic = "b" in row[4], "i" in row[4]
        for b in j.get("bullets", []):
            bullet(strip(b), container)
        if j.get("para"):
            (d if container is None else container).add_paragraph(strip(j["para"]))

    def skills_block(container=None, force=None):
        style = force or R["skills"]["style"]
        tgt = d if container is None else container
        if style == "table":
            t = tgt.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for c, items in skill_groups(R):
                cells = t.add_row().cells
                cells[0].text = c
                cells[0].paragraphs[0].runs[0].bold = True
                cells[1].text = R["skills"].get("inner", ", ").join(items)
            return
        if style == "grid":
            items = flat_skills(R)
            ncol = R["skills"].get("ncol", 3)
            t = tgt.add_table(rows=0, cols=ncol)
            for i in range(0, len(items), ncol):
                cells = t.add_row().cells
                for k, it in enumerate(items[i:i + ncol]):
                    cells[k].text = it
            return
        for x in skills_lines(R, style):
            if isinstance(x, tuple):
                if x[0] == "cat":
                    p = tgt.add_paragraph()
                    p.add_run(x[1]).bold = True
                else:
                    bullet(x[1], container)
            else:
                p = tgt.add_paragraph()
                if ": " in x and style == "cats":
                    c, rest = x.split(": ", 1)
                    p.add_run(c + ": ").bold = True
                    p.add_run(rest)
                else:
                    p.add_run(x)
                p.paragraph_format.space_after = Pt(1)

    def lines_block(lines, container=None):
        tgt = d if container is None else container
        for ln in lines:
            if ln.startswith("- "):
                bullet(ln[2:], container)
            else:
                p = tgt.add_paragraph(ln)
                p.paragraph_format.space_after = Pt(1)

    # ---- header / name block
    contacts = contact_items(R)
    csep = st.get("contact_sep", " | ")
    if fmt == "docx-header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        if st.get("name_in_header"):
            r = hp.add_run(R.get("name_line", R["name"]))
            r.bold = True
            r.font.size = Pt(14)
            hp = hdr.add_paragraph()
        hp.add_run(csep.join(contacts)).font.size = Pt(9)
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER if st.get("center") else None
        if not st.get("name_in_header"):
            p = para(R.get("name_line", R["name"]), bold=True, size=20,
                     align="center" if st.get("center") else None)
        if R.get("headline"):
            para(R["headline"], italic=True, size=11, align="center" if st.get("center") else None)
    elif fmt != "docx-textbox":
        if st.get("name_style_title"):
            d.add_heading(R.get("name_line", R["name"]), level=0)
        else:
            para(R.get("name_line", R["name"]), bold=True, size=20, align="center" if st.get("center") else None)
        if R.get("headline"):
            para(R["headline"], italic=True, size=11, align="center" if st.get("center") else None)
        if st.get("contact_lines"):
            for c in contacts:
                para(c, space_after=0, align="center" if st.get("center") else None)
        else:
            para(csep.join(contacts), size=9.5, align="center" if st.get("center") else None)

    side_keys = st.get("sidebar", ["skills"]) if fmt == "docx-textbox" else []

    if fmt == "docx-textbox":
        para(R.get("name_line", R["name"]), bold=True, size=22)
        if R.get("headline"):
            para(R["headline"], italic=True, size=11)
        # build the sidebar content in a throwaway document, then move its XML
        tmp = docx.Document()
        tmp.styles["Normal"].font.size = Pt(9.5)
        def tpara(text, bold=False):
            p = tmp.add_paragraph()
            r = p.add_run(text)
            r.bold = bold
            return p
        tpara(st.get("contact_heading", "CONTACT"), True)
        for c in contacts:
            tpara(c)
        for key in side_keys:
            tpara(section_title(R, key).upper(), True)
            if key == "skills":
                for x in skills_lines(R, "bullets" if R["skills"]["style"] in ("table", "grid") else None):
                    if isinstance(x, tuple):
                        tpara(("• " + x[1]) if x[0] == "bullet" else x[1], x[0] == "cat")
                    else:
                        tpara(x)
            else:
                lines = R.get(key) if key in ("education", "certs") else extra_sections(R)[key]
                for ln in lines:
                    tpara(ln.lstrip("- "))
        inner = "".join(p._p.xml.replace(' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"', "")
                        for p in tmp.paragraphs if p.text)
        # strip all namespace declarations python-docx adds to each fragment
        inner = re.sub(r' xmlns:\w+="[^"]+"', "", inner)
        bw, bh = Emu(Inches(2.2)), Emu(Inches(8.6))
        xml = f'''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{Emu(Inches(6.0))}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{Emu(Inches(1.3))}</wp:posOffset></wp:positionV>
<wp:extent cx="{bw}" cy="{bh}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="1" name="Sidebar Text Box"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{bw}" cy="{bh}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EEF2F7"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>'''
        p = d.add_paragraph()
        p._p.append(parse_xml(xml))
        sec.right_margin = Inches(2.7)
        text_w = sec.page_width - sec.left_margin - sec.right_margin

    for key in R["order"]:
        if key in side_keys:
            continue
        title = section_title(R, key)
        if key == "summary" and R.get("summary"):
            heading(title)
            para(strip(R["summary"]), space_after=4)
            for b in R.get("summary_bullets", []):
                bullet(strip(b))
        elif key == "experience":
            heading(title)
            if fmt == "docx-table" and st.get("exp_table", True):
                t = d.add_table(rows=0, cols=2)
                if st.get("grid"):
                    t.style = "Table Grid"
                for j in R["jobs"]:
                    cells = t.add_row().cells
                    cells[0].width = Inches(1.4)
                    cells[1].width = Inches(5.3)
                    cells[0].text = dates(R, j)
                    c = cells[1]
                    c.paragraphs[0].add_run(j["title"]).bold = True
                    c.add_paragraph().add_run(j["company"] + (f", {j['loc']}" if j.get("loc") else "")).italic = True
                    for b in j.get("bullets", []):
                        bullet(strip(b), c)
            else:
                for j in R["jobs"]:
                    job_rows(j)
                    para("", space_after=2)
        elif key == "skills":
            heading(title)
            skills_block()
        elif key in ("education", "certs") or key in extra_sections(R):
            lines = R.get(key) if key in ("education", "certs") else extra_sections(R)[key]
            if lines:
                heading(title)
                lines_block(lines)
    d.save(path)


def render(R, outdir):
    import os
    import json
    fmt = R["format"]
    ext = {"txt": "txt", "md": "md"}.get(fmt, fmt.split("-")[0])
    fn = os.path.join(outdir, R["half"], f"{R['id']}.{ext}")
    if fmt == "txt":
        open(fn, "w", encoding="utf-8").write(render_txt(R))
    elif fmt == "md":
        open(fn, "w", encoding="utf-8").write(render_md(R))
    elif fmt.startswith("pdf"):
        render_pdf(R, fn)
    elif fmt.startswith("docx"):
        render_docx(R, fn)
    else:
        raise ValueError(fmt)
    tr = os.path.join(outdir, R["half"], f"{R['id']}.truth.json")
    with open(tr, "w", encoding="utf-8") as f:
        json.dump(truth(R), f, ensure_ascii=False, indent=2)
        f.write("\n")
    return fn


def J(company, title, start, end_text=None, loc=None, bullets=(), **kw):
    """A job. end_text is what the file shows; the truth end is null for
    Present/Current and for single-date jobs."""
    end = None
    if end_text and end_text.strip().lower() not in ("present", "current", "now", "today"):
        end = end_text
    j = dict(company=company, title=title, start=start, end_text=end_text, end=end,
             loc=loc, bullets=list(bullets))
    j.update(kw)
    return j

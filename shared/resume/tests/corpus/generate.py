"""Generates the resume-parser test corpus and its ground truth.

Run from anywhere with reportlab and python-docx installed, e.g.
    python3 -m venv /tmp/corpus-venv && /tmp/corpus-venv/bin/pip install reportlab python-docx
    /tmp/corpus-venv/bin/python shared/resume/tests/corpus/generate.py
Output is deterministic. The expected JSON comes from content.py, never from the parser.
"""

import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas
from reportlab import rl_config

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import INDUSTRIES, RESUMES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "fixtures")
rl_config.invariant = 1  # reproducible PDFs: fixed IDs and dates

SKILL = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")
METRIC = re.compile(r"\{\{(.+?)\}\}")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


class Truth:
    """Collects skills and metrics as marked text is rendered."""

    def __init__(self):
        self.skills = []
        self.metrics = []

    def render(self, text):
        def skill(match):
            written, canonical = match.group(1), match.group(2) or match.group(1)
            canonical = CANONICAL.get(canonical.lower(), canonical)
            if canonical not in self.skills:
                self.skills.append(canonical)
            return written

        def metric(match):
            if match.group(1) not in self.metrics:
                self.metrics.append(match.group(1))
            return match.group(1)

        return METRIC.sub(metric, SKILL.sub(skill, text))


def load_canonical():
    path = os.path.join(HERE, "..", "..", "..", "..", "data", "skills.json")
    with open(path, encoding="utf-8") as f:
        skills = json.load(f)["skills"]
    table = {}
    for entry in skills:
        table[entry["canonical"].lower()] = entry["canonical"]
        for alias in entry["aliases"]:
            table.setdefault(alias.lower(), entry["canonical"])
    return table


CANONICAL = load_canonical()


def fmt_date(date, style):
    if date is None:
        return {"full_to": "Current", "num_slash": "Now"}.get(style, "Present")
    year, month = date
    return {
        "mon": f"{MONTHS[month - 1]} {year}",
        "full_to": f"{FULL_MONTHS[month - 1]} {year}",
        "num_slash": f"{month:02d}/{year}",
        "year": f"{year}",
        "dot": f"{year}.{month:02d}",
        "iso": f"{year}-{month:02d}",
    }[style]


def fmt_range(start, end, style):
    sep = {"full_to": " to ", "year": "–", "num_slash": " - ", "dot": " - ", "iso": " to "}.get(style, " – ")
    return fmt_date(start, style) + sep + fmt_date(end, style)


def norm_date(date, style):
    if date is None:
        return None
    return str(date[0]) if style == "year" else f"{date[0]}-{date[1]:02d}"


def heading_text(title, style):
    return {
        "caps": title.upper(),
        "title": title,
        "colon": title + ":",
        "title_colon": title + ":",
        "underline": title,
        "spaced": "  ".join(" ".join(word.upper()) for word in title.split()),
        "heading_style": title,
    }[style]


def build(spec):
    """The resume as a list of blocks, plus its expected parse."""
    industry = INDUSTRIES[spec["industry"]]
    rng = random.Random(spec["stem"])
    truth = Truth()
    blocks = []
    titles_expected = []

    headline = truth_free(industry["headline"])
    blocks.append(("name", spec["name"]))
    blocks.append(("headline", headline))
    titles_expected.append(headline)
    contact = [spec["email"], spec["phone"]] + spec["links"]
    blocks.append(("contact", contact))

    summary = truth.render(industry["summary"])
    if spec.get("unlabelled_summary"):
        blocks.append(("paragraph", summary))
    else:
        blocks.append(("heading", "Professional Summary" if spec["stem"] < "10" else "Summary"))
        blocks.append(("paragraph", summary))

    experience_heading = ["Work Experience", "Professional Experience", "Experience", "Employment History"][rng.randrange(4)]
    experience_blocks = [("heading", experience_heading)]
    experience_expected = []
    bullets_per_job = 5 if spec.get("long") else 3
    for index, (title_index, company_index, start, end) in enumerate(spec["jobs"]):
        title = truth.render(industry["titles"][title_index])
        company, location = industry["companies"][company_index]
        pool = industry["bullets"][:]
        rng.shuffle(pool)
        bullets = [truth.render(b) for b in pool[:bullets_per_job]]
        experience_blocks.append(("job", {
            "title": title, "company": company, "location": location,
            "dates": fmt_range(start, end, spec["dates"]), "bullets": bullets,
        }))
        if title not in titles_expected:
            titles_expected.append(title)
        experience_expected.append({
            "company": company, "title": title,
            "start": norm_date(start, spec["dates"]), "end": norm_date(end, spec["dates"]),
            "bullets": bullets,
        })

    education_blocks = [("heading", "Education")]
    education_expected = []
    for institution, degree, start, end in industry["education"]:
        degree = truth.render(degree)
        education_blocks.append(("school", {"institution": institution, "degree": degree, "dates": f"{start} – {end}"}))
        education_expected.append({"institution": institution, "degree": degree, "start": start, "end": end})

    # The skills section's items as written: the parser reports a resume's own list in the
    # seeker's words (the dictionary's canonical names only when there is no such section).
    section_skills = [truth.render(s) for s in industry["skills"]]
    skills_blocks = [("heading", "Skills"), ("skills", section_skills)]
    extra_blocks = []
    if rng.random() < 0.4:
        extra_blocks = [("heading", "Languages"), ("paragraph", truth.render("English (native), [[Spanish]] (professional)"))]

    if spec["layout"] in ("two_left", "two_right", "two_table"):
        sidebar = skills_blocks + education_blocks + extra_blocks
        main = blocks[3:] + experience_blocks
        layout = {"top": blocks[:3], "sidebar": sidebar, "main": main}
    else:
        layout = {"top": [], "sidebar": [], "main": blocks + experience_blocks + education_blocks + skills_blocks + extra_blocks}

    expected = {
        "name": spec["name"].title() if spec["name"].isupper() else spec["name"],
        "email": spec["email"],
        "phone": spec["phone"],
        "links": [link if link.startswith("http") else "https://" + link for link in spec["links"]],
        "summary": summary,
        "skills": list(dict.fromkeys(section_skills)),
        "titles": titles_expected,
        "experience": experience_expected,
        "education": education_expected,
        "metrics": truth.metrics,
    }
    return layout, expected


def truth_free(text):
    """Headlines sit in the header, which is not searched for skills; strip any markup."""
    return SKILL.sub(lambda m: m.group(1), text)


def job_lines(job, style, date_style):
    """Header lines of a job as (left, right) pairs; right is right-aligned or tabbed."""
    t, c, loc, d = job["title"], job["company"], job["location"], job["dates"]
    return {
        "title_dash_company": [(f"{t} — {c}", d)],
        "company_then_title": [(c, loc), (t, d)],
        "title_at_company": [(f"{t} at {c}, {loc}", ""), (d, "")],
        "pipe": [(f"{c} | {t} | {d}", "")],
        "dates_first": [(d, ""), (t, ""), (f"{c}, {loc}", "")],
        "title_comma_company": [(f"{t}, {c}", ""), (f"{d} | {loc}", "")],
        "title_then_company": [(t, ""), (f"{c}, {loc}", d)],
    }[style]


# ---------------------------------------------------------------- PDF

class PdfWriter:
    """A tiny layout engine. Draw calls are buffered per page and emitted sorted by
    position, so two-column pages interleave the columns line by line in the stream."""

    def __init__(self, path):
        self.canvas = canvas.Canvas(path, pagesize=letter, invariant=1)
        self.pages = [[]]
        self.width, self.height = letter

    def text(self, page, x, y, string, font="Helvetica", size=10, align="left"):
        self.pages[page].append((y, x, string, font, size, align))

    def save(self):
        for index, ops in enumerate(self.pages):
            for y, x, string, font, size, align in sorted(ops, key=lambda op: (-op[0], op[1])):
                self.canvas.setFont(font, size)
                if align == "right":
                    self.canvas.drawRightString(x, y, string)
                else:
                    self.canvas.drawString(x, y, string)
            self.canvas.showPage()
        self.canvas.save()


class Column:
    def __init__(self, writer, x, width, top, spec):
        self.w, self.x, self.width, self.y, self.page = writer, x, width, top, 0
        self.spec = spec

    def need(self, height):
        if self.y - height < 50:
            self.page += 1
            if len(self.w.pages) <= self.page:
                self.w.pages.append([])
            self.y = self.w.height - 50

    def line(self, text, font="Helvetica", size=10, indent=0, right=None, gap=13):
        self.need(gap)
        self.w.text(self.page, self.x + indent, self.y, text, font, size)
        if right:
            self.w.text(self.page, self.x + self.width, self.y, right, "Helvetica", size, "right")
        self.y -= gap

    def wrapped(self, text, indent=0, bullet=False, size=10):
        width = self.width - indent - (10 if bullet else 0)
        lines = simpleSplit(text, "Helvetica", size, width)
        for i, part in enumerate(lines):
            if bullet and i == 0:
                self.need(13)
                self.w.text(self.page, self.x + indent, self.y, "•", "Helvetica", size)
            self.line(part, size=size, indent=indent + (10 if bullet else 0))

    def block(self, kind, value):
        spec = self.spec
        if kind == "name":
            self.line(value, "Helvetica-Bold", 20, gap=24)
        elif kind == "headline":
            self.line(value, "Helvetica", 12, gap=16)
        elif kind == "contact":
            self.line("  |  ".join(value), size=9, gap=18)
        elif kind == "heading":
            self.y -= 6
            self.line(heading_text(value, spec["headings"]), "Helvetica-Bold", 12, gap=16)
        elif kind == "paragraph":
            self.wrapped(value)
        elif kind == "job":
            self.y -= 4
            for i, (left, right) in enumerate(job_lines(value, spec["exp"], spec["dates"])):
                self.line(left, "Helvetica-Bold" if i == 0 else "Helvetica", 10, right=right or None)
            for bullet in value["bullets"]:
                self.wrapped(bullet, indent=6, bullet=True)
        elif kind == "school":
            self.line(value["institution"], "Helvetica-Bold", 10)
            self.line(value["degree"])
            self.line(value["dates"])
        elif kind == "skills":
            if self.width < 250:
                for skill in value:
                    self.line(skill)
            else:
                self.wrapped(", ".join(value))


def write_pdf(path, layout, spec):
    writer = PdfWriter(path)
    margin = 50
    top = writer.height - 50
    if layout["top"]:
        full = Column(writer, margin, writer.width - 2 * margin, top, spec)
        for block in layout["top"]:
            full.block(*block)
        top = full.y - 6
        sidebar_width, gutter = 160, 30
        main_width = writer.width - 2 * margin - sidebar_width - gutter
        if spec["layout"] == "two_left":
            side = Column(writer, margin, sidebar_width, top, spec)
            main = Column(writer, margin + sidebar_width + gutter, main_width, top, spec)
        else:
            main = Column(writer, margin, main_width, top, spec)
            side = Column(writer, margin + main_width + gutter, sidebar_width, top, spec)
        for block in layout["sidebar"]:
            side.block(*block)
        for block in layout["main"]:
            main.block(*block)
    else:
        column = Column(writer, margin, writer.width - 2 * margin, top, spec)
        for block in layout["main"]:
            column.block(*block)
    writer.save()


# ---------------------------------------------------------------- DOCX

def docx_heading(container, text, spec, document):
    rendered = heading_text(text, spec["headings"])
    if spec["headings"] == "heading_style" and container is document:
        document.add_heading(rendered, level=2)
    else:
        run = container.add_paragraph().add_run(rendered)
        run.bold = True
        run.font.size = Pt(12)


def docx_blocks(container, blocks, spec, document, tab_at):
    for kind, value in blocks:
        if kind == "name":
            run = container.add_paragraph().add_run(value)
            run.bold = True
            run.font.size = Pt(20)
        elif kind in ("headline", "paragraph"):
            container.add_paragraph(value)
        elif kind == "contact":
            container.add_paragraph(" | ".join(value))
        elif kind == "heading":
            docx_heading(container, value, spec, document)
        elif kind == "job":
            for i, (left, right) in enumerate(job_lines(value, spec["exp"], spec["dates"])):
                paragraph = container.add_paragraph()
                paragraph.paragraph_format.tab_stops.add_tab_stop(tab_at, WD_TAB_ALIGNMENT.RIGHT)
                run = paragraph.add_run(left)
                run.bold = i == 0
                if right:
                    paragraph.add_run("\t" + right)
            for bullet in value["bullets"]:
                container.add_paragraph(bullet, style="List Bullet")
        elif kind == "school":
            container.add_paragraph(value["institution"])
            container.add_paragraph(f"{value['degree']}\t{value['dates']}")
        elif kind == "skills":
            container.add_paragraph(", ".join(value))


def write_docx(path, layout, spec):
    document = Document()
    if spec["layout"] == "two_table":
        docx_blocks(document, layout["top"], spec, document, Inches(6.5))
        table = document.add_table(rows=1, cols=2)
        side, main = table.rows[0].cells
        side.paragraphs[0].text = ""
        main.paragraphs[0].text = ""
        docx_blocks(side, layout["sidebar"], spec, document, Inches(2))
        docx_blocks(main, layout["main"], spec, document, Inches(4.4))
    elif spec["layout"] == "header_part":
        header = document.sections[0].header
        header.paragraphs[0].text = spec["name"]
        docx_blocks(header, layout["main"][1:3], spec, document, Inches(6.5))
        docx_blocks(document, layout["main"][3:], spec, document, Inches(6.5))
    else:
        docx_blocks(document, layout["main"], spec, document, Inches(6.5))
    document.core_properties.created = __import__("datetime").datetime(2024, 1, 1)
    document.save(path)
    make_zip_deterministic(path)


def make_zip_deterministic(path):
    import zipfile
    with zipfile.ZipFile(path) as source:
        items = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)


# ---------------------------------------------------------------- TXT

def write_txt(path, layout, spec):
    out = []
    bullet = {"caps": "•", "underline": "-", "colon": "*"}.get(spec["headings"], "•")
    for kind, value in layout["main"]:
        if kind == "name":
            out.append(value)
        elif kind == "headline":
            out.append(value)
        elif kind == "contact":
            out.append(" | ".join(value))
        elif kind == "heading":
            out.append("")
            text = heading_text(value, spec["headings"])
            out.append(text)
            if spec["headings"] == "underline":
                out.append("-" * len(text))
        elif kind == "paragraph":
            out.extend(wrap(value, 90))
        elif kind == "job":
            out.append("")
            for left, right in job_lines(value, spec["exp"], spec["dates"]):
                out.append(f"{left:<64}{right}".rstrip() if right else left)
            for text in value["bullets"]:
                parts = wrap(text, 84)
                out.append(f"  {bullet} {parts[0]}")
                out.extend(f"    {p}" for p in parts[1:])
        elif kind == "school":
            out.append(f"{value['institution']}, {value['dates']}")
            out.append(value["degree"])
        elif kind == "skills":
            out.append(", ".join(value))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return lines + [current]


# ---------------------------------------------------------------- fixtures

def write_fixtures():
    os.makedirs(FIXTURES, exist_ok=True)
    from reportlab.lib import pdfencrypt

    path = os.path.join(FIXTURES, "encrypted.pdf")
    encryption = pdfencrypt.StandardEncryption("user-secret", ownerPassword="owner-secret", strength=128)
    c = canvas.Canvas(path, pagesize=letter, encrypt=encryption, invariant=1)
    c.drawString(72, 700, "Jane Doe - Software Engineer")
    c.showPage()
    c.save()

    from PIL import Image, ImageDraw
    image_path = "/tmp/resume-scan.png"
    image = Image.new("L", (600, 200), 255)
    ImageDraw.Draw(image).text((20, 80), "Jane Doe  Senior Engineer  jane@example.com", fill=0)
    image.save(image_path)
    path = os.path.join(FIXTURES, "image_only.pdf")
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.drawImage(image_path, 50, 500, width=500, height=170)
    c.showPage()
    c.save()

    with open(os.path.join(HERE, "01_software_onecol_caps.pdf"), "rb") as f:
        whole = f.read()
    with open(os.path.join(FIXTURES, "truncated.pdf"), "wb") as f:
        f.write(whole[: len(whole) // 3])
    with open(os.path.join(FIXTURES, "corrupt.pdf"), "wb") as f:
        f.write(b"%PDF-1.4\n" + random.Random(7).randbytes(4000))
    with open(os.path.join(FIXTURES, "random.bin"), "wb") as f:
        f.write(random.Random(11).randbytes(8192))
    with open(os.path.join(HERE, "03_product_docx_title_at.docx"), "rb") as f:
        whole = f.read()
    with open(os.path.join(FIXTURES, "truncated.docx"), "wb") as f:
        f.write(whole[: len(whole) // 2])


def main():
    # --expected-only rewrites the truth files and leaves the documents as they are (the
    # layout is drawn from a generator seeded by each stem, so it is the same either way).
    expected_only = "--expected-only" in sys.argv
    for spec in RESUMES:
        layout, expected = build(spec)
        path = os.path.join(HERE, f"{spec['stem']}.{spec['format']}")
        if not expected_only:
            {"pdf": write_pdf, "docx": write_docx, "txt": write_txt}[spec["format"]](path, layout, spec)
        with open(os.path.join(HERE, f"{spec['stem']}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, indent=2, ensure_ascii=False)
            f.write("\n")
    if not expected_only:
        write_fixtures()


if __name__ == "__main__":
    main()

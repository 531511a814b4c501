"""Check every w8 resume against its truth file.

For each out/NAME.truth.json:
  * the truth has exactly the required shape;
  * the resume text is extracted (txt/md: raw file; docx: python-docx body
    paragraphs, tables (nested too), headers/footers and text boxes; pdf: the
    work/NAME.strings.txt written by the generator, after verifying that every
    one of those strings really is drawn in the PDF's content streams);
  * every truth string appears verbatim (name words case-insensitively);
  * job titles appear in document order.
Also checks file naming, format counts and that the 30 professions differ.
"""
import base64
import collections
import json
import os
import re
import sys
import zlib

import docx
from docx.oxml.ns import qn

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(BASE, "out")
WORK = os.path.join(BASE, "work")
PREFIX = "w8"
FORMATS = {"txt": range(1, 11), "md": range(11, 17), "docx": range(17, 24), "pdf": range(24, 31)}
NAME_RE = re.compile(r"^%s_(\d\d)_([a-z_]+)_(txt|md|docx|pdf)\.(txt|md|docx|pdf)$" % PREFIX)

errors = []


def fail(msg):
    errors.append(msg)


# ----------------------------------------------------------------- extractors
def docx_text(path):
    d = docx.Document(path)
    out = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(cell._tc))
                    out.extend(p.text for p in cell.paragraphs)
                    tables(cell.tables)

    out.extend(p.text for p in d.paragraphs)
    tables(d.tables)
    for sec in d.sections:
        for part in (sec.header, sec.first_page_header, sec.even_page_header,
                     sec.footer, sec.first_page_footer, sec.even_page_footer):
            if part.is_linked_to_previous:  # no definition of its own
                continue
            out.extend(p.text for p in part.paragraphs)
            tables(part.tables)
    # text boxes (VML or DrawingML) are not reachable through python-docx's API
    for txbx in d.element.body.iter(qn("w:txbxContent")):
        for p in txbx.iter(qn("w:p")):
            out.append(docx.text.paragraph.Paragraph(p, d.part).text)
    return "\n".join(out)


def _pdf_literal(buf, i):
    """Parse a PDF literal string starting at buf[i] == '('. Returns (bytes, next index)."""
    assert buf[i:i + 1] == b"("
    i += 1
    depth, res = 1, bytearray()
    while True:
        c = buf[i:i + 1]
        if c == b"\\":
            n = buf[i + 1:i + 2]
            if n in b"01234567" and n:
                j = i + 1
                digits = b""
                while j < len(buf) and len(digits) < 3 and buf[j:j + 1] in b"01234567":
                    digits += buf[j:j + 1]
                    j += 1
                res.append(int(digits, 8) & 0xFF)
                i = j
                continue
            res.extend({b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(n, n))
            i += 2
            continue
        if c == b"(":
            depth += 1
        elif c == b")":
            depth -= 1
            if depth == 0:
                return bytes(res), i + 1
        res.extend(c)
        i += 1


def pdf_drawn_strings(path):
    data = open(path, "rb").read()
    found = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        head, raw = m.group(1), m.group(2).strip()
        if b"/ASCII85Decode" in head:
            raw = base64.a85decode(raw if raw.startswith(b"<~") else b"<~" + raw, adobe=True)
        if b"/FlateDecode" in head:
            raw = zlib.decompress(raw)
        if b"Tj" not in raw:
            continue
        i = 0
        while True:
            i = raw.find(b"(", i)
            if i < 0:
                break
            s, j = _pdf_literal(raw, i)
            if raw[j:j + 4].strip().startswith(b"Tj"):
                b = bytes(0x95 if ch == 0x7F else ch for ch in s)  # reportlab writes bullet as 0x7F
                found.append(b.decode("cp1252"))
            i = j
    return found


def pdf_text(stem, path):
    sp = os.path.join(WORK, stem + ".strings.txt")
    with open(sp, encoding="utf-8") as f:
        strings = f.read().split("\n")[:-1]
    drawn = collections.Counter(pdf_drawn_strings(path))
    want = collections.Counter(strings)
    missing = want - drawn
    if missing:
        fail("%s: strings.txt lines not drawn in the PDF: %r" % (stem, list(missing)[:5]))
    extra = drawn - want
    if extra:
        fail("%s: PDF draws strings missing from strings.txt: %r" % (stem, list(extra)[:5]))
    return "\n".join(strings)


# ---------------------------------------------------------------------- check
def check_one(stem, ext, t):
    path = os.path.join(OUT, stem + "." + ext)
    if ext in ("txt", "md"):
        text = open(path, encoding="utf-8").read()
    elif ext == "docx":
        text = docx_text(path)
    else:
        text = pdf_text(stem, path)

    # shape
    if list(t.keys()) != ["name", "email", "phone", "experience", "skills"]:
        fail("%s: bad keys %r" % (stem, list(t.keys())))
    for k in ("name", "email", "phone"):
        if not isinstance(t[k], str) or not t[k]:
            fail("%s: %s must be a non-empty string" % (stem, k))
    if not isinstance(t["experience"], list) or not t["experience"]:
        fail("%s: experience must be a non-empty list" % stem)
    if not isinstance(t["skills"], list):
        fail("%s: skills must be a list" % stem)

    low = text.lower()
    for w in t["name"].split():
        if w.lower() not in low:
            fail("%s: name word %r not found" % (stem, w))
    if re.search(r"\b(Dr|Mr|Mrs|Ms|Rev)\.? ", t["name"]) or re.search(r",|\b(PhD|RN|CPA|MSc|ACS|CCP)\b", t["name"]):
        fail("%s: name carries a title or credential: %r" % (stem, t["name"]))
    for k in ("email", "phone"):
        if t[k] not in text:
            fail("%s: %s %r not found" % (stem, k, t[k]))

    pos = 0
    for e in t["experience"]:
        if list(e.keys()) != ["company", "title", "start", "end"]:
            fail("%s: bad experience keys %r" % (stem, list(e.keys())))
            continue
        for k in ("company", "title", "start"):
            if not isinstance(e[k], str) or not e[k]:
                fail("%s: experience %s must be a non-empty string: %r" % (stem, k, e))
            elif e[k] not in text:
                fail("%s: %s %r not found" % (stem, k, e[k]))
        if e["end"] is not None:
            if not isinstance(e["end"], str) or e["end"] not in text:
                fail("%s: end %r not found" % (stem, e["end"]))
            if str(e["end"]).strip().lower() in ("present", "now", "current", "date", "till date", "to date"):
                fail("%s: end should be null for a current job: %r" % (stem, e))
        # document order, following titles
        i = text.find(e["title"], pos)
        if i < 0:
            fail("%s: title %r not found after position %d (order)" % (stem, e["title"], pos))
        else:
            pos = i + len(e["title"])
    for s in t["skills"]:
        if not isinstance(s, str) or s not in text:
            fail("%s: skill %r not found" % (stem, s))
    if len(set(t["skills"])) != len(t["skills"]):
        fail("%s: duplicate skills" % stem)
    return len(t["experience"]), len(t["skills"])


def main():
    files = sorted(os.listdir(OUT))
    resumes = [f for f in files if not f.endswith(".truth.json")]
    truths = [f for f in files if f.endswith(".truth.json")]
    if len(files) != 60 or len(resumes) != 30 or len(truths) != 30:
        fail("expected 30 resumes + 30 truth files, got %d/%d (%d files)" % (len(resumes), len(truths), len(files)))
    professions = set()
    seen_nn = set()
    for f in resumes:
        m = NAME_RE.match(f)
        if not m or m.group(3) != m.group(4):
            fail("bad file name %s" % f)
            continue
        nn, prof, fmt = int(m.group(1)), m.group(2), m.group(3)
        seen_nn.add(nn)
        if nn not in FORMATS[fmt]:
            fail("%s: number %02d not in the %s range" % (f, nn, fmt))
        if prof in professions:
            fail("duplicate profession %s" % prof)
        professions.add(prof)
        stem = f.rsplit(".", 1)[0]
        if stem + ".truth.json" not in truths:
            fail("%s: missing truth file" % f)
    if seen_nn != set(range(1, 31)):
        fail("numbers 01..30 not all present: %s" % sorted(set(range(1, 31)) - seen_nn))

    total_jobs = total_skills = 0
    for tf in truths:
        stem = tf[: -len(".truth.json")]
        ext = stem.rsplit("_", 1)[1]
        with open(os.path.join(OUT, tf), encoding="utf-8") as f:
            t = json.load(f)
        nj, ns = check_one(stem, ext, t)
        total_jobs += nj
        total_skills += ns
        print("%-40s %2d jobs %2d skills" % (stem, nj, ns))

    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: 30 resumes, %d jobs, %d skills, %d professions - every truth string found."
          % (total_jobs, total_skills, len(professions)))


if __name__ == "__main__":
    main()

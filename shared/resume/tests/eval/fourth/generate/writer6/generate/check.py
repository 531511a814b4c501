"""Check every truth string of the w6 evaluation set against the text of its resume.

txt/md: raw file text.  docx: python-docx (body incl. tables and text boxes, headers, footers).
pdf: work/NAME.strings.txt written by the generator; additionally cross-checked against the
text operators decoded from the PDF content streams.
"""
import base64
import glob
import json
import os
import re
import sys
import zlib

import docx
from docx.oxml.ns import qn

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "out")
WORK = os.path.join(ROOT, "work")
PREFIX = "w6"
FORMAT_RANGES = {"txt": range(1, 11), "md": range(11, 17), "docx": range(17, 24), "pdf": range(24, 31)}
NAME_RE = re.compile(rf"^{PREFIX}_(\d\d)_([a-z_]+)_(txt|md|docx|pdf)$")

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def para_text(p_el):
    out = []
    for el in p_el.iter():
        if el.tag == qn("w:t"):
            out.append(el.text or "")
        elif el.tag == qn("w:tab") and el.getparent().tag == qn("w:r"):  # not tab-stop definitions
            out.append("\t")
        elif el.tag in (qn("w:br"), qn("w:cr")):
            out.append("\n")
    return "".join(out)


def docx_text(path):
    d = docx.Document(path)
    parts = []
    for sec in d.sections:
        for hf in (sec.header, sec.first_page_header, sec.even_page_header):
            for p in hf._element.iter(qn("w:p")):
                parts.append(para_text(p))
    # body: every paragraph, including those in tables and text boxes (w:txbxContent)
    for p in d.element.body.iter(qn("w:p")):
        # skip outer paragraphs that merely wrap a text box, to avoid duplicating its text
        if p.find(".//" + qn("w:txbxContent")) is not None:
            continue
        parts.append(para_text(p))
    for sec in d.sections:
        for hf in (sec.footer, sec.first_page_footer, sec.even_page_footer):
            for p in hf._element.iter(qn("w:p")):
                parts.append(para_text(p))
    return "\n".join(parts)


def pdf_drawn_text(path):
    """Decode the (string) Tj operators of a reportlab PDF (ASCII85 + Flate streams)."""
    data = open(path, "rb").read()
    out = []
    for m in re.finditer(rb"/Filter \[ /ASCII85Decode /FlateDecode \] /Length (\d+)\s*>>\s*stream\r?\n", data):
        raw = data[m.end():m.end() + int(m.group(1))].strip()
        if raw.endswith(b"~>"):
            raw = raw[:-2]
        try:
            stream = zlib.decompress(base64.a85decode(raw))
        except Exception:
            continue
        for sm in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", stream, re.S):
            s = sm.group(1)
            s = re.sub(rb"\\([0-7]{1,3})", lambda x: bytes([int(x.group(1), 8)]), s)
            s = re.sub(rb"\\(.)", lambda x: {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(x.group(1), x.group(1)), s)
            # reportlab (WinAnsiEncoding) emits the bullet as code 0x7F
            out.append(s.decode("cp1252").replace("\x7f", "•"))
    return out


def resume_text(base, ext):
    path = os.path.join(OUT, f"{base}.{ext}")
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "docx":
        return docx_text(path)
    if ext == "pdf":
        strings_path = os.path.join(WORK, base + ".strings.txt")
        drawn = open(strings_path, encoding="utf-8").read()
        # cross-check: the strings file must equal what is really in the PDF (ignoring whitespace;
        # small caps headings are drawn as several fragments)
        in_pdf = re.sub(r"\s+", "", "".join(pdf_drawn_text(path)))
        if re.sub(r"\s+", "", drawn) != in_pdf:
            err(f"{base}: strings file does not match PDF text operators")
        if not open(path, "rb").read(5) == b"%PDF-":
            err(f"{base}: not a PDF")
        return drawn
    raise ValueError(ext)


def check_schema(base, t):
    if set(t) != {"name", "email", "phone", "experience", "skills"}:
        err(f"{base}: bad top-level keys {sorted(t)}")
        return False
    for k in ("name", "email", "phone"):
        if not isinstance(t[k], str) or not t[k].strip():
            err(f"{base}: {k} must be a non-empty string")
    if not isinstance(t["experience"], list) or not t["experience"]:
        err(f"{base}: experience must be a non-empty list")
    for i, e in enumerate(t["experience"]):
        if set(e) != {"company", "title", "start", "end"}:
            err(f"{base}: experience[{i}] bad keys {sorted(e)}")
            continue
        for k in ("company", "title", "start"):
            if not isinstance(e[k], str) or not e[k].strip():
                err(f"{base}: experience[{i}].{k} must be a non-empty string")
        if e["end"] is not None and (not isinstance(e["end"], str) or not e["end"].strip()):
            err(f"{base}: experience[{i}].end must be null or a non-empty string")
    if not isinstance(t["skills"], list) or not all(isinstance(s, str) and s.strip() for s in t["skills"]):
        err(f"{base}: skills must be a list of non-empty strings")
    if len(set(t["skills"])) != len(t["skills"]):
        err(f"{base}: duplicate skills")
    if t["name"].split()[0].rstrip(".").lower() in ("dr", "mr", "mrs", "ms", "prof", "capt"):
        err(f"{base}: name carries a title")
    return True


def main():
    files = sorted(os.listdir(OUT))
    truths = [f for f in files if f.endswith(".truth.json")]
    resumes = [f for f in files if not f.endswith(".truth.json")]
    if len(files) != 60 or len(truths) != 30 or len(resumes) != 30:
        err(f"expected 60 files (30+30), got {len(files)} ({len(resumes)} resumes, {len(truths)} truths)")
    seen_nn, professions = set(), set()
    for r in resumes:
        base, ext = os.path.splitext(r)
        ext = ext[1:]
        m = NAME_RE.match(base)
        if not m or m.group(3) != ext:
            err(f"{r}: bad file name")
            continue
        nn = int(m.group(1))
        seen_nn.add(nn)
        professions.add(m.group(2))
        if nn not in FORMAT_RANGES[ext]:
            err(f"{r}: number {nn} outside the range for .{ext}")
        if base + ".truth.json" not in truths:
            err(f"{r}: missing truth file")
    if seen_nn != set(range(1, 31)):
        err(f"numbers missing: {sorted(set(range(1, 31)) - seen_nn)}")
    if len(professions) != 30:
        err(f"professions not distinct: {len(professions)}")

    n_checked = 0
    for tf in truths:
        base = tf[: -len(".truth.json")]
        ext = base.rsplit("_", 1)[1]
        if base + "." + ext not in resumes:
            err(f"{tf}: no resume beside it")
            continue
        t = json.load(open(os.path.join(OUT, tf), encoding="utf-8"))
        if not check_schema(base, t):
            continue
        text = norm(resume_text(base, ext))
        low = text.lower()

        def need(label, s, case=True):
            nonlocal n_checked
            n_checked += 1
            s = norm(s)
            if (s not in text) if case else (s.lower() not in low):
                err(f"{base}: {label} not found: {s!r}")

        for w in t["name"].split():
            need("name word", w, case=False)
        need("email", t["email"])
        need("phone", t["phone"])
        for i, e in enumerate(t["experience"]):
            for k in ("company", "title", "start", "end"):
                if e[k] is not None:
                    need(f"experience[{i}].{k}", e[k])
        for s in t["skills"]:
            need("skill", s)

    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(truths)} truth files, {n_checked} strings checked, all found.")


if __name__ == "__main__":
    main()

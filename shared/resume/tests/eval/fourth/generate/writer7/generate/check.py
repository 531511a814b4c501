#!/usr/bin/env python3
"""Checks every resume in ../out against its truth file.

- file set: 30 resumes named w7_NN_profession_FORMAT.ext (01-10 txt, 11-16 md, 17-23 docx, 24-30 pdf),
  each with NAME.truth.json beside it, and nothing else in out/
- truth shape: exactly name/email/phone/experience/skills; experience items exactly company/title/start/end
- every truth string (each name word, email, phone, company, title, start, end, skills) occurs in the
  resume text. TXT/MD: raw file. DOCX: python-docx, all paragraphs of body (incl. tables and text
  boxes), headers and footers. PDF: ../work/NAME.strings.txt written by the generator, which is in
  turn verified against the text literals decoded from the PDF's own content streams.
"""
import base64, json, os, re, sys, unicodedata, zlib, glob
import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "out")
WORK = os.path.join(os.path.dirname(HERE), "work")
PREFIX = "w7"
EXPECT = {"txt": range(1, 11), "md": range(11, 17), "docx": range(17, 24), "pdf": range(24, 31)}

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("&nbsp;", " ")
    return re.sub(r"\s+", " ", s).strip()

def docx_text(path):
    d = docx.Document(path)
    parts = []
    def grab(el, parent):
        for p in el.iter(qn("w:p")):
            parts.append(Paragraph(p, parent).text)
    grab(d.element.body, d)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header, s.even_page_footer):
            if hf is not None and not hf.is_linked_to_previous:
                grab(hf._element, hf)
    return "\n".join(parts)

def pdf_literals(path):
    data = open(path, "rb").read()
    out = []
    for m in re.finditer(rb"<<((?:(?!>>).)*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        head, raw = m.group(1), m.group(2).strip()
        if b"ASCII85Decode" in head:
            if raw.startswith(b"<~"): raw = raw[2:]
            if raw.endswith(b"~>"): raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b"FlateDecode" in head:
            raw = zlib.decompress(raw)
        for lit in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            b = lit.group(1)
            b = re.sub(rb"\\([0-7]{1,3})", lambda x: bytes([int(x.group(1), 8)]), b)
            b = re.sub(rb"\\(.)", lambda x: {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(x.group(1), x.group(1)), b)
            out.append(b.decode("cp1252").replace("\x7f", "\u2022"))  # reportlab puts the bullet at 0x7F
    return out

def main():
    errors = []
    files = sorted(os.listdir(OUT))
    resumes = [f for f in files if not f.endswith(".truth.json")]
    truths = [f for f in files if f.endswith(".truth.json")]
    if len(resumes) != 30 or len(truths) != 30 or len(files) != 60:
        errors.append(f"expected 30 resumes + 30 truth files, got {len(resumes)} + {len(truths)} ({len(files)} files)")
    pat = re.compile(rf"^{PREFIX}_(\d\d)_([a-z0-9_]+)_(txt|md|docx|pdf)\.(txt|md|docx|pdf)$")
    seen_nn, professions = set(), set()
    for f in resumes:
        m = pat.match(f)
        if not m or m.group(3) != m.group(4):
            errors.append(f"bad file name {f}"); continue
        nn, prof, fmt = int(m.group(1)), m.group(2), m.group(3)
        if nn not in EXPECT[fmt]: errors.append(f"{f}: number {nn} outside range for {fmt}")
        if nn in seen_nn: errors.append(f"duplicate number {nn}")
        if prof in professions: errors.append(f"duplicate profession {prof}")
        seen_nn.add(nn); professions.add(prof)
    if seen_nn != set(range(1, 31)): errors.append(f"numbers missing: {sorted(set(range(1,31)) - seen_nn)}")

    n_checked = 0
    for f in resumes:
        base, ext = os.path.splitext(f)
        tpath = os.path.join(OUT, base + ".truth.json")
        if not os.path.exists(tpath):
            errors.append(f"{f}: no truth file"); continue
        t = json.load(open(tpath, encoding="utf-8"))
        if list(t.keys()) != ["name", "email", "phone", "experience", "skills"]:
            errors.append(f"{f}: truth keys {list(t.keys())}")
        if not isinstance(t["experience"], list) or not t["experience"]:
            errors.append(f"{f}: empty experience")
        if not isinstance(t["skills"], list):
            errors.append(f"{f}: skills not a list")
        path = os.path.join(OUT, f)
        if ext in (".txt", ".md"):
            text = open(path, encoding="utf-8").read()
        elif ext == ".docx":
            text = docx_text(path)
        else:
            sp = os.path.join(WORK, base + ".strings.txt")
            lines = open(sp, encoding="utf-8").read().splitlines()
            lits = pdf_literals(path)
            joined = re.sub(r"\s", "", "".join(lits))
            missing = [ln for ln in lines if re.sub(r"\s", "", ln) not in joined]
            if missing:
                errors.append(f"{f}: {len(missing)} generator strings not found in PDF, e.g. {missing[:2]}")
            text = "\n".join(lines)
        nt = norm(text)
        low = nt.casefold()

        def need(label, s, ci=False):
            nonlocal n_checked
            n_checked += 1
            if not isinstance(s, str) or not s.strip():
                errors.append(f"{f}: {label} empty/not a string: {s!r}"); return
            ns = norm(s)
            if (ns.casefold() not in low) if ci else (ns not in nt):
                errors.append(f"{f}: {label} not found: {s!r}")

        for w in t["name"].split():
            need("name word", w, ci=True)
        for bad in ("Dr.", "Mr.", "Mrs.", "Ms.", "Eng.", "PhD", "RN", "CPT"):
            if bad in t["name"].split():
                errors.append(f"{f}: name contains title/credential {bad}")
        need("email", t["email"]); need("phone", t["phone"])
        for i, e in enumerate(t["experience"]):
            if list(e.keys()) != ["company", "title", "start", "end"]:
                errors.append(f"{f}: experience[{i}] keys {list(e.keys())}")
            need(f"exp[{i}].company", e["company"]); need(f"exp[{i}].title", e["title"])
            need(f"exp[{i}].start", e["start"])
            if e["end"] is not None: need(f"exp[{i}].end", e["end"])
        for s in t["skills"]:
            need("skill", s)

    if errors:
        print("FAIL"); print("\n".join(errors)); sys.exit(1)
    print(f"OK: {len(resumes)} resumes, {len(truths)} truth files, {n_checked} truth strings found")

if __name__ == "__main__":
    main()

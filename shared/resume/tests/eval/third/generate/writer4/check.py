# -*- coding: utf-8 -*-
"""Check every truth string against the text of its resume.

txt/md : raw file text
docx   : python-docx (body paragraphs, tables, text boxes, headers, footers)
pdf    : work/NAME.strings.txt written by gen_pdf.py (every string the generator drew)
"""
import glob, json, os, re, sys
import docx
from docx.oxml.ns import qn

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "out")
WORK = os.path.join(ROOT, "work")
NAME_RE = re.compile(r"^w4_(\d\d)_([a-z]+)_(txt|md|docx|pdf)\.(txt|md|docx|pdf)$")


def para_text(p):
    parts = []
    for el in p.iterchildren():
        runs = [el] if el.tag == qn("w:r") else list(el.iter(qn("w:r"))) if el.tag == qn("w:hyperlink") else []
        for r in runs:
            for c in r.iterchildren():
                if c.tag == qn("w:t"):
                    parts.append(c.text or "")
                elif c.tag == qn("w:tab"):
                    parts.append("\t")
                elif c.tag in (qn("w:br"), qn("w:cr")):
                    parts.append("\n")
    return "".join(parts)


def docx_text(path):
    d = docx.Document(path)
    chunks = []
    # headers/footers first (that is where people put contact details)
    for s in d.sections:
        for part in (s.header, s.footer):
            for p in part._element.iter(qn("w:p")):
                chunks.append(para_text(p))
    # body: every paragraph, including those inside tables and text boxes (w:txbxContent)
    for p in d.element.body.iter(qn("w:p")):
        chunks.append(para_text(p))
    # sanity: python-docx's own view of tables must be contained in what we extracted
    api = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join(chunks), api


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "docx":
        text, api = docx_text(path)
        norm_t = norm(text)
        for cell in api:
            for line in cell.split("\n"):
                assert norm(line) in norm_t, f"table cell text missing from extraction: {line!r}"
        return text
    if ext == "pdf":
        base = os.path.basename(path)[:-4]
        with open(os.path.join(WORK, base + ".strings.txt"), encoding="utf-8") as f:
            return f.read()
    raise ValueError(path)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def near(text, a, b, window):
    """True if some occurrence of a and some occurrence of b lie within `window` chars."""
    ia = [m.start() for m in re.finditer(re.escape(a), text)]
    ib = [m.start() for m in re.finditer(re.escape(b), text)]
    return any(abs(x - y) <= window for x in ia for y in ib)


def main():
    errors = []
    resumes = sorted(f for f in os.listdir(OUT) if not f.endswith(".truth.json"))
    truths = sorted(f for f in os.listdir(OUT) if f.endswith(".truth.json"))
    if len(resumes) != 30 or len(truths) != 30:
        errors.append(f"expected 30+30 files, got {len(resumes)} resumes / {len(truths)} truths")
    fmt_count = {}
    professions = []
    for f in resumes:
        m = NAME_RE.match(f)
        if not m or m.group(3) != m.group(4):
            errors.append(f"bad file name {f}")
            continue
        nn, prof, fmt = int(m.group(1)), m.group(2), m.group(3)
        expected = "txt" if nn <= 10 else "md" if nn <= 16 else "docx" if nn <= 23 else "pdf"
        if fmt != expected:
            errors.append(f"{f}: number {nn} should be {expected}")
        fmt_count[fmt] = fmt_count.get(fmt, 0) + 1
        professions.append(prof)
    if fmt_count != {"txt": 10, "md": 6, "docx": 7, "pdf": 7}:
        errors.append(f"format counts {fmt_count}")
    if len(set(professions)) != len(professions):
        errors.append("duplicate profession")

    n_checked = 0
    for f in resumes:
        base = f.rsplit(".", 1)[0]
        tpath = os.path.join(OUT, base + ".truth.json")
        if not os.path.exists(tpath):
            errors.append(f"{f}: no truth file")
            continue
        with open(tpath, encoding="utf-8") as fh:
            t = json.load(fh)
        if list(t.keys()) != ["name", "email", "phone", "experience", "skills"]:
            errors.append(f"{base}: truth keys {list(t.keys())}")
        text = norm(extract(os.path.join(OUT, f)))
        low = text.lower()

        def need(s, what, case=True):
            nonlocal n_checked
            n_checked += 1
            if not isinstance(s, str) or not s:
                errors.append(f"{base}: {what} empty/not a string: {s!r}")
                return
            s2 = norm(s)
            ok = (s2 in text) if case else (s2.lower() in low)
            if not ok:
                errors.append(f"{base}: {what} not found: {s!r}")

        if re.search(r"\b(Dr|Mr|Mrs|Ms|Engr)\.?\s|,\s*(PhD|RN|CPA|FSA|MLIS|MBBS)\b", t["name"]):
            errors.append(f"{base}: name carries a title/credential: {t['name']}")
        for w in t["name"].split():
            need(w, "name word", case=False)
        need(t["email"], "email")
        need(t["phone"], "phone")
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t["email"]):
            errors.append(f"{base}: odd email {t['email']}")
        if not t["experience"]:
            errors.append(f"{base}: no experience")
        for i, e in enumerate(t["experience"]):
            if list(e.keys()) != ["company", "title", "start", "end"]:
                errors.append(f"{base}: exp {i} keys {list(e.keys())}")
            for k in ("company", "title", "start"):
                need(e[k], f"exp[{i}].{k}")
            if e["end"] is not None:
                need(e["end"], f"exp[{i}].end")
            # the role's title should sit close to its dates and employer in the document
            if not near(text, e["title"], e["start"], 260):
                errors.append(f"{base}: exp[{i}] title {e['title']!r} not near start {e['start']!r}")
            if e["end"] is not None and not near(text, e["start"], e["end"], 40):
                errors.append(f"{base}: exp[{i}] start {e['start']!r} not near end {e['end']!r}")
            if not near(text, e["company"], e["title"], 1600):
                errors.append(f"{base}: exp[{i}] company {e['company']!r} far from title {e['title']!r}")
        # order of roles in document = order in truth (first occurrence of title+start pair)
        pos = []
        for e in t["experience"]:
            ia = [m.start() for m in re.finditer(re.escape(norm(e["start"])), text)]
            ib = [m.start() for m in re.finditer(re.escape(norm(e["title"])), text)]
            cands = [max(x, y) for x in ia for y in ib if abs(x - y) <= 260]
            pos.append(min(cands) if cands else -1)
        if pos != sorted(pos):
            errors.append(f"{base}: experience order differs from document: {pos}")
        for s in t["skills"]:
            need(s, "skill")

    for e in errors:
        print("FAIL", e)
    print(f"{len(resumes)} resumes, {n_checked} strings checked, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

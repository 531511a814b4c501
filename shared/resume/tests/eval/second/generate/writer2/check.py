# Verifies every resume: extracts text (own PDF content-stream reader, python-docx for DOCX)
# and checks that each truth field is present in the resume text.
import json, os, re, zlib, glob, sys
from common import OUT

def pdf_text(fn):
    data = open(fn, "rb").read()
    out, pages = [], 0
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            import base64
            a = raw.strip()
            if a.endswith(b"~>"): a = a[:-2]
            raw = base64.a85decode(a)
        if b"FlateDecode" in d:
            try: raw = zlib.decompress(raw)
            except Exception: continue
        if b" Tj" not in raw and b"TJ" not in raw: continue
        pages += 1
        for s in re.finditer(rb"\((?:\\.|[^\\)])*\)\s*Tj", raw):
            lit = s.group(0)[1:].rsplit(b")", 1)[0]
            b = bytearray(); i = 0
            while i < len(lit):
                ch = lit[i]
                if ch == 0x5c:
                    nx = lit[i + 1]
                    if 0x30 <= nx <= 0x37:
                        j = i + 1; oc = b""
                        while j < len(lit) and len(oc) < 3 and 0x30 <= lit[j] <= 0x37: oc += bytes([lit[j]]); j += 1
                        b.append(int(oc, 8)); i = j; continue
                    b.append({ord('n'): 10, ord('r'): 13, ord('t'): 9}.get(nx, nx)); i += 2; continue
                b.append(ch); i += 1
            out.append(bytes(b).decode("cp1252", "replace"))
    return "\n".join(out), pages

def docx_text(fn):
    import docx
    d = docx.Document(fn)
    parts = []
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs]
    def walk(container):
        for p in container.paragraphs: parts.append(p.text)
        for t in container.tables:
            for row in t.rows:
                for c in row.cells: walk(c)
    walk(d)
    return "\n".join(parts)

norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
problems = 0
counts = {}
for tf in sorted(glob.glob(os.path.join(OUT, "*.truth.json"))):
    stem = os.path.basename(tf)[:-len(".truth.json")]
    files = [f for f in glob.glob(os.path.join(OUT, stem + ".*")) if not f.endswith(".truth.json")]
    assert len(files) == 1, files
    fn = files[0]; ext = fn.rsplit(".", 1)[1]
    counts[ext] = counts.get(ext, 0) + 1
    t = json.load(open(tf, encoding="utf-8"))
    assert set(t) == {"name", "email", "phone", "experience"}, t.keys()
    assert 2 <= len({(j["company"]) for j in t["experience"]}) <= 5 or len(t["experience"]) >= 2
    for j in t["experience"]:
        assert set(j) == {"company", "title", "start", "end"}
        assert all(isinstance(j[k], str) and j[k] for k in ("company", "title", "start"))
        assert j["end"] is None or isinstance(j["end"], str)
    note = ""
    if ext == "pdf":
        text, pages = pdf_text(fn); note = f"{pages} page(s)"
    elif ext == "docx":
        text = docx_text(fn)
    else:
        text = open(fn, encoding="utf-8").read()
    T = norm(text)
    missing = []
    for tok in t["name"].replace(".", " ").split():
        if norm(tok) not in T: missing.append("name:" + tok)
    for k in ("email", "phone"):
        if norm(t[k]) not in T: missing.append(k + ":" + t[k])
    for j in t["experience"]:
        for k in ("company", "title", "start", "end"):
            if j[k] and norm(j[k]) not in T: missing.append(f"{k}:{j[k]}")
    if "skill" not in T.replace(" ", ""): missing.append("no skills section")
    if not re.search(r"education|qualification|training|licen", T): missing.append("no education section")
    status = "OK " if not missing else "BAD"
    if missing: problems += 1
    print(f"{status} {stem:38s} {ext:4s} jobs={len(t['experience'])} {note} {'; '.join(missing)}")
print(counts, "problems:", problems)
sys.exit(1 if problems else 0)

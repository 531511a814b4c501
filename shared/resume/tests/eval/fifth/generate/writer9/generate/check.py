# Checks every truth file against the text of its resume.
#  .txt/.md : file text
#  .docx    : python-docx document body + headers/footers, walking the XML so that tables and
#             text boxes (w:txbxContent) are included
#  .pdf     : reportlab cannot read PDFs, so we check against work/NAME.strings.txt, the log of
#             every string the generator drew on the canvas
import glob, json, os, re, sys
from docx import Document
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "out")
WORK = os.path.join(HERE, "work")

W_P, W_T, W_TAB, W_BR, W_CR = qn("w:p"), qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")


def xml_text(el):
    parts = []
    for e in el.iter():
        if e.tag == W_P:
            parts.append("\n")
        elif e.tag == W_T:
            parts.append(e.text or "")
        elif e.tag == W_TAB:
            parts.append("\t")
        elif e.tag in (W_BR, W_CR):
            parts.append("\n")
    return "".join(parts)


def docx_text(path):
    d = Document(path)
    chunks = []
    for s in d.sections:
        for hf in (s.header, s.first_page_header, s.even_page_header):
            if not hf.is_linked_to_previous or hf is s.header:
                chunks.append(xml_text(hf._element))
    chunks.append(xml_text(d.element.body))
    for s in d.sections:
        chunks.append(xml_text(s.footer._element))
    return "\n".join(chunks)


def pdf_text(path):
    base = os.path.splitext(os.path.basename(path))[0]
    sp = os.path.join(WORK, base + ".strings.txt")
    with open(path, "rb") as f:
        assert f.read(5) == b"%PDF-", "not a PDF: " + path
    with open(sp, encoding="utf-8") as f:
        return "\n".join(line.rstrip("\n").split("\t", 1)[1] for line in f)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def found(needle, text):
    """needle occurs in text as a whole token run (not glued to letters/digits on either side)."""
    n = norm(needle)
    pat = r"(?<![0-9A-Za-zÀ-ɏ])" + re.escape(n) + r"(?![0-9A-Za-zÀ-ɏ])"
    return re.search(pat, text) is not None


def resume_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "docx":
        return docx_text(path)
    if ext == "pdf":
        return pdf_text(path)
    raise ValueError(path)


TITLES = re.compile(r"\b(Dr|Mr|Mrs|Ms|Miss|Prof|RN|PhD|CPA|MBA)\b\.?")


def check_one(path, truth_path):
    errs = []
    text = norm(resume_text(path))
    low = text.lower()
    with open(truth_path, encoding="utf-8") as f:
        t = json.load(f)
    if list(t.keys()) != ["name", "email", "phone", "experience", "skills"]:
        errs.append("bad keys %s" % list(t.keys()))
    if TITLES.search(t["name"]):
        errs.append("title/credential in name: %r" % t["name"])
    for w in t["name"].split():
        if w.lower() not in low:
            errs.append("name word missing: %r" % w)
    for k in ("email", "phone"):
        if not t[k] or not found(t[k], text):
            errs.append("%s missing: %r" % (k, t[k]))
    if not t["experience"]:
        errs.append("no experience")
    for i, j in enumerate(t["experience"]):
        if list(j.keys()) != ["company", "title", "start", "end"]:
            errs.append("job %d bad keys" % i)
        for k in ("company", "title", "start"):
            if not isinstance(j[k], str) or not j[k] or not found(j[k], text):
                errs.append("job %d %s missing: %r" % (i, k, j[k]))
        if j["end"] is not None and not found(j["end"], text):
            errs.append("job %d end missing: %r" % (i, j["end"]))
    for s in t["skills"]:
        if not found(s, text):
            errs.append("skill missing: %r" % s)
    return errs


def main():
    files = sorted(p for p in glob.glob(os.path.join(OUT, "*")) if not p.endswith(".truth.json"))
    truths = sorted(glob.glob(os.path.join(OUT, "*.truth.json")))
    problems = 0
    assert len(files) == 30, "expected 30 resumes, found %d" % len(files)
    assert len(truths) == 30, "expected 30 truth files, found %d" % len(truths)
    counts = {}
    for n, path in enumerate(files, 1):
        name = os.path.basename(path)
        m = re.match(r"w9_(\d\d)_([a-z0-9_]+)_(txt|md|docx|pdf)\.(txt|md|docx|pdf)$", name)
        assert m and m.group(3) == m.group(4), "bad name " + name
        assert int(m.group(1)) == n, "numbering gap at " + name
        counts[m.group(4)] = counts.get(m.group(4), 0) + 1
        tp = path.rsplit(".", 1)[0] + ".truth.json"
        assert os.path.exists(tp), "missing truth for " + name
        errs = check_one(path, tp)
        with open(tp, encoding="utf-8") as f:
            nj = len(json.load(f)["experience"])
        print("%-45s %s  (%d jobs)" % (name, "OK" if not errs else "FAIL", nj))
        for e in errs:
            print("    -", e)
        problems += len(errs)
    assert counts == {"txt": 10, "md": 6, "docx": 7, "pdf": 7}, counts
    # ordering: txt 01-10, md 11-16, docx 17-23, pdf 24-30
    order = [os.path.basename(p).rsplit(".", 1)[1] for p in files]
    assert order == ["txt"] * 10 + ["md"] * 6 + ["docx"] * 7 + ["pdf"] * 7, order
    print("\n%d problem(s)" % problems)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

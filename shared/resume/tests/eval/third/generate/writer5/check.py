"""Check every truth string of every w5 resume against the text of the file itself.

  .txt/.md : raw file text
  .docx    : python-docx; every w:p in body (incl. tables and VML/DrawingML text boxes),
             headers and footers of all sections
  .pdf     : work/NAME.strings.txt (strings the generator drew), each of which is also
             verified to be present in the PDF's (uncompressed) content streams.

A field passes when it appears inside a single line/paragraph/drawn string (whitespace
normalised). Name words are matched case-insensitively; everything else is case-sensitive.
start and end of a role must also sit on one common line.
"""
import glob
import json
import os
import re
import sys

import docx
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = HERE
OUT = os.path.join(BASE, "out")
WORK = os.path.join(BASE, "work")
PREFIX = "w5"

EXPECTED_FORMATS = {range(1, 11): "txt", range(11, 17): "md", range(17, 24): "docx", range(24, 31): "pdf"}
SOFTWARE_IT = {"network_engineer", "qa_test_analyst", "cybersecurity_analyst"}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


# ---------------------------------------------------------------- extractors
def lines_txt(path):
    with open(path, encoding="utf-8") as f:
        return [norm(l) for l in f.read().splitlines()]


def _para_text(p):
    """Text of one w:p, excluding paragraphs nested in it (text boxes are visited separately)."""
    out = []
    for el in p.iter():
        if el is p:
            continue
        if el.tag in (qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")):
            anc = el.getparent()
            while anc is not None and anc.tag != qn("w:p"):
                anc = anc.getparent()
            if anc is not p:
                continue
            if el.tag == qn("w:t"):
                out.append(el.text or "")
            elif el.tag == qn("w:tab"):
                out.append("\t")
            else:
                out.append("\n")
    return "".join(out)


def lines_docx(path):
    d = docx.Document(path)
    roots = [d.element.body]
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                   s.even_page_header, s.even_page_footer):
            if not hf.is_linked_to_previous:
                roots.append(hf._element)
    out = []
    for root in roots:
        for p in root.iter(qn("w:p")):
            t = _para_text(p)
            out.extend(norm(x) for x in t.split("\n"))
    # sanity: python-docx's own view of the body paragraphs + table cells is covered too
    seen = set(out)
    for p in d.paragraphs:
        assert norm(p.text) in seen or not norm(p.text), p.text
    for tb in d.tables:
        for row in tb.rows:
            for c in row.cells:
                for p in c.paragraphs:
                    assert norm(p.text) in seen or not norm(p.text), p.text
    return out


_ESC = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "(": "(", ")": ")", "\\": "\\"}


def _pdf_literal(raw):
    out, i = bytearray(), 0
    while i < len(raw):
        ch = raw[i:i + 1]
        if ch == b"\\":
            nxt = raw[i + 1:i + 2].decode("latin-1")
            if nxt.isdigit():
                m = re.match(rb"[0-7]{1,3}", raw[i + 1:i + 4])
                out.append(int(m.group(0), 8))
                i += 1 + len(m.group(0))
                continue
            out.extend(_ESC.get(nxt, nxt).encode("latin-1"))
            i += 2
            continue
        out.extend(ch)
        i += 1
    # PDF WinAnsiEncoding puts "bullet" on otherwise unused codes; reportlab emits 0x7F for it
    return out.decode("cp1252").replace("\x7f", "\u2022")


def pdf_drawn_strings(path):
    data = open(path, "rb").read()
    found = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        body = m.group(1)
        for lit in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", body, re.S):
            found.append(_pdf_literal(lit.group(1)))
    return found


def lines_pdf(path, base):
    sp = os.path.join(WORK, base + ".strings.txt")
    with open(sp, encoding="utf-8") as f:
        recorded = [l.rstrip("\n") for l in f]
    drawn = set(pdf_drawn_strings(path))
    missing = [s for s in recorded if s not in drawn]
    assert not missing, "%s: recorded strings not found in PDF: %r" % (base, missing[:5])
    for s in recorded:
        s.encode("cp1252")  # standard-14 fonts: must be WinAnsi-encodable
    return [norm(s) for s in recorded]


# ---------------------------------------------------------------- checks
def check_shape(t, base):
    assert list(t.keys()) == ["name", "email", "phone", "experience", "skills"], (base, list(t))
    for k in ("name", "email", "phone"):
        assert isinstance(t[k], str) and t[k].strip(), (base, k)
    assert isinstance(t["experience"], list) and t["experience"], base
    for e in t["experience"]:
        assert list(e.keys()) == ["company", "title", "start", "end"], (base, e)
        for k in ("company", "title", "start"):
            assert isinstance(e[k], str) and e[k].strip(), (base, e)
        assert e["end"] is None or (isinstance(e["end"], str) and e["end"].strip()), (base, e)
    assert isinstance(t["skills"], list) and all(isinstance(s, str) and s for s in t["skills"]), base
    assert len(set(t["skills"])) == len(t["skills"]), (base, "duplicate skills")
    for bad in ("Dr.", "Mr.", "Ms.", "Mrs.", ", RN", "PhD", "CPA", ", OD", "FSA"):
        assert bad not in t["name"], (base, t["name"])


def check_file(path):
    fname = os.path.basename(path)
    base, ext = os.path.splitext(fname)
    ext = ext[1:]
    with open(os.path.join(OUT, base + ".truth.json"), encoding="utf-8") as f:
        t = json.load(f)
    check_shape(t, base)
    if ext in ("txt", "md"):
        lines = lines_txt(path)
    elif ext == "docx":
        lines = lines_docx(path)
    else:
        lines = lines_pdf(path, base)
    errors = []

    def has(s, ci=False):
        s = norm(s)
        if ci:
            return any(s.lower() in l.lower() for l in lines)
        return any(s in l for l in lines)

    for w in t["name"].split():
        if not has(w, ci=True):
            errors.append("name word %r" % w)
    for k in ("email", "phone"):
        if not has(t[k]):
            errors.append("%s %r" % (k, t[k]))
    for e in t["experience"]:
        for k in ("company", "title", "start", "end"):
            if e[k] is not None and not has(e[k]):
                errors.append("experience.%s %r" % (k, e[k]))
        s, en = norm(e["start"]), norm(e["end"]) if e["end"] else ""
        if not any(s in l and en in l for l in lines):
            errors.append("start/end not on one line: %r / %r" % (e["start"], e["end"]))
    for sk in t["skills"]:
        if not has(sk):
            errors.append("skill %r" % sk)
    return base, t, errors


def main():
    files = sorted(f for f in glob.glob(os.path.join(OUT, PREFIX + "_*"))
                   if not f.endswith(".truth.json"))
    truths = sorted(glob.glob(os.path.join(OUT, "*.truth.json")))
    everything = sorted(os.listdir(OUT))
    assert len(files) == 30, len(files)
    assert len(truths) == 30, len(truths)
    assert len(everything) == 60, len(everything)
    professions, nn_seen = [], set()
    for f in files:
        m = re.fullmatch(PREFIX + r"_(\d\d)_([a-z_]+)_(txt|md|docx|pdf)\.(txt|md|docx|pdf)", os.path.basename(f))
        assert m, f
        nn, prof, fmt, ext = int(m.group(1)), m.group(2), m.group(3), m.group(4)
        assert fmt == ext, f
        assert nn not in nn_seen, f
        nn_seen.add(nn)
        assert [v for r, v in EXPECTED_FORMATS.items() if nn in r] == [ext], f
        professions.append(prof)
    assert nn_seen == set(range(1, 31))
    assert len(set(professions)) == 30, professions
    assert sum(p in SOFTWARE_IT for p in professions) <= 3
    # the truth files must pair with the resumes
    assert {os.path.basename(t)[:-len(".truth.json")] for t in truths} == \
           {os.path.splitext(os.path.basename(f))[0] for f in files}

    failed = 0
    n_fields = 0
    for f in files:
        base, t, errors = check_file(f)
        n_fields += 3 + 4 * len(t["experience"]) + len(t["skills"])
        status = "OK  " if not errors else "FAIL"
        print("%s %-40s roles=%d skills=%d" % (status, base, len(t["experience"]), len(t["skills"])))
        for e in errors:
            print("       -", e)
        failed += bool(errors)
    print("\n%d files, ~%d truth fields checked, %d failing" % (len(files), n_fields, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

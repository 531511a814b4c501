"""Checks every truth file and pair file against the text extracted back out
of the resume files (independently of how they were generated).

    /tmp/evalvenv/bin/python check_truth.py        (needs pypdf; uses pdftotext too if installed)

Text is compared after Unicode NFC normalisation and collapsing runs of
whitespace, because PDF extraction breaks wrapped lines.  Markdown is also
compared with emphasis markers removed.  A field that matches only when case
is ignored (e.g. a name set in small capitals) is reported as a layout note,
not a failure; the truth file's "notes" must then explain it.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree as ET

EVAL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def pdftotext(path):
    if not shutil.which("pdftotext"):
        return None
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True,
                          text=True).stdout


def docx_text(path):
    """All paragraphs of the body, headers, footers and text boxes."""
    z = zipfile.ZipFile(path)
    parts = sorted(n for n in z.namelist() if re.match(r"word/(header\d*|document|footer\d*)\.xml$", n))
    out = []
    for n in parts:
        root = ET.fromstring(z.read(n))
        parent = {c: p for p in root.iter() for c in p}
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag not in (W + "t", W + "tab"):
                    continue
                a = parent.get(el)
                while a is not None and a.tag != W + "p":
                    a = parent.get(a)
                if a is not p:
                    continue  # belongs to a paragraph nested in a text box
                buf.append(el.text or "" if el.tag == W + "t" else "\t")
            out.append("".join(buf))
    return "\n".join(out)


def md_plain(s):
    s = re.sub(r"\*\*\*|\*\*|__", "", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)([^*\n]+?)\*", r"\1", s)
    return s


def texts_for(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "pdf":
        t = [pdf_text(path)]
        alt = pdftotext(path)
        return t, alt
    if ext == "docx":
        return [docx_text(path)], None
    raw = open(path, encoding="utf-8").read()
    if ext == "md":
        return [raw, md_plain(raw)], None
    return [raw], None


def find(needle, hays):
    n = norm(needle)
    if any(n in h for h in hays):
        return "ok"
    if any(n.lower() in h.lower() for h in hays):
        return "case"
    return "missing"


def main():
    fails, notes, alt_fails = [], [], []
    counts = {}
    resume_text = {}
    for tf in sorted(glob.glob(os.path.join(EVAL, "*", "*.truth.json"))):
        half = os.path.basename(os.path.dirname(tf))
        base = tf[: -len(".truth.json")]
        files = [f for f in glob.glob(base + ".*") if not f.endswith(".truth.json")]
        rel = os.path.relpath(tf, EVAL)
        if len(files) != 1:
            fails.append(f"{rel}: expected one resume file, found {files}")
            continue
        path = files[0]
        t = json.load(open(tf, encoding="utf-8"))
        raw, alt = texts_for(path)
        hays = [norm(x) for x in raw]
        resume_text[os.path.relpath(path, EVAL)] = hays
        counts[half] = counts.get(half, 0) + 1
        for k in ("profession", "format", "name", "email", "phone", "skills", "experience", "metrics"):
            if k not in t:
                fails.append(f"{rel}: missing key {k}")
        fields = [("name", t["name"]), ("email", t["email"]), ("phone", t["phone"])]
        fields += [("skill", s) for s in t["skills"]]
        for i, e in enumerate(t["experience"]):
            for k in ("company", "title", "start", "end"):
                if e.get(k) is not None:
                    fields.append((f"experience[{i}].{k}", e[k]))
        fields += [("metric", m) for m in t["metrics"]]
        for label, val in fields:
            if val is None:
                continue
            r = find(val, hays)
            if r == "missing":
                fails.append(f"{rel}: {label} not found: {val!r}")
            elif r == "case":
                notes.append(f"{rel}: {label} {val!r} appears only in a different case")
                if not t.get("notes"):
                    fails.append(f"{rel}: case-only match for {label} but no notes in truth")
            if alt is not None and find(val, [norm(alt)]) == "missing":
                alt_fails.append(f"{rel}: {label} {val!r} not in pdftotext output")
        if not t["skills"] or not t["experience"] or not t["metrics"]:
            fails.append(f"{rel}: empty skills/experience/metrics")
    # pairs
    pair_counts = {}
    for half in ("dev", "holdout"):
        pf = os.path.join(EVAL, "pairs", f"{half}.json")
        if not os.path.exists(pf):
            fails.append(f"pairs/{half}.json missing")
            continue
        pairs = json.load(open(pf, encoding="utf-8"))
        pair_counts[half] = len(pairs)
        ids = set()
        for p in pairs:
            for k in ("id", "resume", "job_description", "best_evidence", "acceptable", "why"):
                if k not in p:
                    fails.append(f"pair {p.get('id')}: missing {k}")
            if p["id"] in ids:
                fails.append(f"pair {p['id']}: duplicate id")
            ids.add(p["id"])
            if not p["resume"].startswith(half + "/"):
                fails.append(f"pair {p['id']}: resume {p['resume']} is not in {half}/")
            hays = resume_text.get(p["resume"])
            if hays is None:
                fails.append(f"pair {p['id']}: resume file {p['resume']} not found")
                continue
            nw = len(p["job_description"].split())
            if not 150 <= nw <= 400:
                fails.append(f"pair {p['id']}: job description has {nw} words")
            if len(p["acceptable"]) > 1:
                fails.append(f"pair {p['id']}: more than one acceptable bullet")
            for b in [p["best_evidence"]] + p["acceptable"]:
                if find(b, hays) != "ok":
                    fails.append(f"pair {p['id']}: bullet not found verbatim: {b[:70]!r}")
            if p["best_evidence"] in p["acceptable"]:
                fails.append(f"pair {p['id']}: best_evidence repeated in acceptable")
    print("resumes per half:", counts)
    print("pairs per half:", pair_counts)
    for n in notes:
        print("NOTE", n)
    for a in alt_fails:
        print("PDFTOTEXT", a)
    for f in fails:
        print("FAIL", f)
    print(f"{'PASS' if not fails else 'FAIL'}: {len(fails)} failures, {len(notes)} layout notes, "
          f"{len(alt_fails)} pdftotext-only misses")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())

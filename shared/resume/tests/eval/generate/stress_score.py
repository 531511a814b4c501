"""Scores a stress set's experience as the eval test does (company, title, start and end).

    PEEK=path/to/peek python3 stress_score.py OUT_DIR
"""
import json, os, re, subprocess, sys, glob
PEEK = os.environ.get("PEEK") or os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "debug/examples/peek")
MONTHS = ["jan","feb","mar","apr","may","jun","jul","aug","sep","oct","nov","dec"]
def norm(t): return " ".join("".join(c if c.isalnum() else " " for c in (t or "").lower()).split())
def canon(t):
    if not t: return None
    words = [w for w in re.split(r"[^0-9a-zA-Z]+", t.lower()) if w]
    year = next((w for w in words if len(w) == 4 and w.isdigit()), None)
    short = re.search(r"['’](\d{2})\b", t)
    if not year and short:
        # "Jul'21": the year's last two digits after an apostrophe
        year = ("19" if int(short.group(1)) > 50 else "20") + short.group(1)
    if not year: return None
    month = next((i+1 for w in words for i, m in enumerate(MONTHS) if w.startswith(m)), None)
    full = re.fullmatch(r"\s*(\d{1,2})([-./])(\d{1,2})\2(\d{4})\s*", t)
    if month is None and full:
        # day and month as numbers: the one a day above 12 leaves, else month first with
        # slashes (US) and second with dots or dashes (Europe, South Asia)
        a, sep, b = int(full.group(1)), full.group(2), int(full.group(3))
        month = b if a > 12 else a if b > 12 else a if sep == "/" else b
    if month is None:
        month = next((int(w) for w in words if len(w) <= 2 and w.isdigit() and 1 <= int(w) <= 12), None)
    return f"{year}-{month:02d}" if month else year
def same(p, t, start=None):
    # an end written with its year's last two digits ("2011-13") takes the start's century
    if t and start and re.fullmatch(r"\s*\d{2}\s*", t):
        century = canon(start)
        if century: t = century[:2] + t.strip()
    p, t = canon(p), canon(t)
    if p is None and t is None: return True
    if p and t and len(t) == 4: return p.startswith(t)
    return p == t
tot = hit = 0
for path in sorted(glob.glob(sys.argv[1] + "/dev/*")):
    if path.endswith(".truth.json"): continue
    tp = re.sub(r"\.(pdf|docx|txt|md)$", ".truth.json", path)
    if not os.path.exists(tp): continue
    truth = json.load(open(tp))
    out = subprocess.run([PEEK, path], capture_output=True, text=True)
    if out.returncode: print("FAIL", path, out.stderr[-300:]); continue
    parsed = json.loads(out.stdout)["experience"] if out.stdout.strip().startswith("{") else []
    un = list(truth["experience"])
    for j in parsed:
        for w in un:
            if norm(j.get("company")) == norm(w["company"]) and norm(j.get("title")) == norm(w["title"]) and same(j.get("start"), w["start"]) and same(j.get("end"), w["end"], w["start"]):
                un.remove(w); break
    tot += len(truth["experience"]); hit += len(truth["experience"]) - len(un)
    for w in un:
        print(os.path.basename(path), "MISS", w, "| parsed:", [(j.get("title"), j.get("company"), j.get("start"), j.get("end")) for j in parsed])
print(f"experience {hit}/{tot} = {hit/max(tot,1):.3f}")

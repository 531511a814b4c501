"""Builds every resume file and truth file under eval/dev and eval/holdout,
and the pair files under eval/pairs, from the hand-written data modules here.

    /tmp/evalvenv/bin/python build.py      (needs reportlab and python-docx)
"""
import glob
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import render  # noqa: E402

MODULES = ["data_dev1", "data_dev2", "data_dev3", "data_hold1", "data_hold2", "data_hold3"]


def lint_numbers(R):
    """Warn about digits in summary/bullets that are not inside a {{metric}}."""
    texts = [R.get("summary") or ""] + list(R.get("summary_bullets", []))
    for j in R["jobs"]:
        texts += j.get("bullets", [])
    ok = R.get("ok_numbers", []) + ["B2B", "week-1", "Sev-1", "24/7"]
    for t in texts:
        rest = render.MARK.sub("", t)
        for w in ok:
            rest = rest.replace(w, "")
        if re.search(r"\d", rest):
            print(f"  lint {R['id']}: unmarked number in: {t[:90]}")


def main():
    resumes = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        resumes += mod.RESUMES
    ids = [r["id"] for r in resumes]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for half in ("dev", "holdout"):
        for f in glob.glob(os.path.join(EVAL, half, "*")):
            os.remove(f)
    for R in resumes:
        lint_numbers(R)
        fn = render.render(R, EVAL)
        print("wrote", os.path.relpath(fn, EVAL))
    try:
        pairs = importlib.import_module("pairs_data")
        later = importlib.import_module("pairs_data_dev2")
        for half in ("dev", "holdout"):
            ps = [p for p in pairs.PAIRS + later.PAIRS if p["resume"].startswith(half + "/")]
            with open(os.path.join(EVAL, "pairs", f"{half}.json"), "w", encoding="utf-8") as f:
                json.dump(ps, f, ensure_ascii=False, indent=2)
                f.write("\n")
            print(f"pairs/{half}.json: {len(ps)} pairs")
    except ModuleNotFoundError:
        pass
    print(len(resumes), "resumes")


if __name__ == "__main__":
    main()

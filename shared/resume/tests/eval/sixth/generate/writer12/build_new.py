"""Renders data_new.RESUMES into set/dev beside this script with the eval renderer."""
import os
import re
import sys

GEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "generate")
OUT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, GEN)
sys.path.insert(0, OUT)
import render  # noqa: E402
import data_new  # noqa: E402


def lint_numbers(R):
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
    dest = os.path.join(OUT, "set")
    os.makedirs(os.path.join(dest, "dev"), exist_ok=True)
    ids = [r["id"] for r in data_new.RESUMES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for f in os.listdir(os.path.join(dest, "dev")):
        os.remove(os.path.join(dest, "dev", f))
    for R in data_new.RESUMES:
        lint_numbers(R)
        fn = render.render(R, dest)
        print("wrote", os.path.relpath(fn, dest))
    print(len(data_new.RESUMES), "resumes")


if __name__ == "__main__":
    main()

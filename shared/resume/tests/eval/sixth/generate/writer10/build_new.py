"""Builds the w10 resumes into set/dev beside this script with the existing renderer."""
import os
import re
import sys

OUT = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "generate")
sys.path.insert(0, GEN)
sys.path.insert(0, OUT)
import render  # noqa: E402
import data_new  # noqa: E402


def lint_numbers(R):
    """Warn about digits in summary/bullets/paras that are not inside a {{metric}}."""
    texts = [R.get("summary") or ""] + list(R.get("summary_bullets", []))
    for j in R["jobs"]:
        texts += j.get("bullets", [])
        if j.get("para"):
            texts.append(j["para"])
    ok = R.get("ok_numbers", []) + ["B2B", "week-1", "Sev-1", "24/7"]
    for t in texts:
        rest = render.MARK.sub("", t)
        for w in ok:
            rest = rest.replace(w, "")
        if re.search(r"\d", rest):
            print(f"  lint {R['id']}: unmarked number in: {t[:90]}")
    for j in R["jobs"]:
        if j.get("para") and render.MARK.search(j["para"]):
            print(f"  lint {R['id']}: metric marker in para (not collected into truth)")


def main():
    outdir = os.path.join(OUT, "set")
    os.makedirs(os.path.join(outdir, "dev"), exist_ok=True)
    for f in os.listdir(os.path.join(outdir, "dev")):
        os.remove(os.path.join(outdir, "dev", f))
    ids = [R["id"] for R in data_new.RESUMES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for R in data_new.RESUMES:
        lint_numbers(R)
        fn = render.render(R, outdir)
        print("wrote", os.path.relpath(fn, outdir))
    print(len(data_new.RESUMES), "resumes")


if __name__ == "__main__":
    main()

"""Builds the w11 resumes into set/dev beside this script with the existing renderer."""
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
        if j.get("para") and re.search(r"\d", j["para"]):
            print(f"  lint {R['id']}: digit in para (para metrics are not collected): {j['para'][:80]}")
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
    for f in os.listdir(os.path.join(dest, "dev")):
        os.remove(os.path.join(dest, "dev", f))
    ids = [R["id"] for R in data_new.RESUMES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for R in data_new.RESUMES:
        assert R["id"].startswith("w11_") and R["half"] == "dev"
        lint_numbers(R)
        fn = render.render(R, dest)
        print("wrote", os.path.relpath(fn, dest))
    print(len(data_new.RESUMES), "resumes")


if __name__ == "__main__":
    main()

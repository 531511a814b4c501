"""Shared helpers for the w6 resume generators."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "out")
WORK = os.path.join(ROOT, "work")
os.makedirs(OUT, exist_ok=True)
os.makedirs(WORK, exist_ok=True)


def job(company, title, start, end=None):
    return {"company": company, "title": title, "start": start, "end": end}


def truth(name, email, phone, experience, skills):
    return {"name": name, "email": email, "phone": phone,
            "experience": experience, "skills": skills}


def write_truth(base, t):
    with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=2)
        f.write("\n")


def write_text(base, ext, text):
    # strip the leading newline that triple-quoted literals leave behind
    if text.startswith("\n"):
        text = text[1:]
    with open(os.path.join(OUT, base + "." + ext), "w", encoding="utf-8") as f:
        f.write(text)

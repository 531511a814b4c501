"""Shared helpers for the w8 resume generators."""
import json
import os

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(BASE, "out")
WORK = os.path.join(BASE, "work")
os.makedirs(OUT, exist_ok=True)
os.makedirs(WORK, exist_ok=True)


def job(company, title, start, end=None):
    return {"company": company, "title": title, "start": start, "end": end}


def truth(name, email, phone, experience, skills):
    return {
        "name": name,
        "email": email,
        "phone": phone,
        "experience": experience,
        "skills": skills,
    }


def save_truth(stem, t):
    path = os.path.join(OUT, stem + ".truth.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path


def save_text(stem, ext, text):
    path = os.path.join(OUT, stem + "." + ext)
    # strip the leading newline that triple-quoted literals leave behind
    if text.startswith("\n"):
        text = text[1:]
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path

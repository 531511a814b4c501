import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "out")
os.makedirs(OUT, exist_ok=True)

def truth(stem, name, email, phone, jobs):
    """jobs: list of (company, title, start, end_or_None)"""
    d = {"name": name, "email": email, "phone": phone,
         "experience": [{"company": c, "title": t, "start": s, "end": e} for c, t, s, e in jobs]}
    with open(os.path.join(OUT, stem + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")

def path(stem, ext):
    return os.path.join(OUT, stem + "." + ext)

import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "out")
os.makedirs(OUT, exist_ok=True)

def J(company, title, start, end=None):
    return {"company": company, "title": title, "start": start, "end": end}

def write_truth(stem, name, email, phone, skills, exp):
    t = {"name": name, "email": email, "phone": phone, "skills": skills, "experience": exp}
    with open(os.path.join(OUT, stem + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=2)

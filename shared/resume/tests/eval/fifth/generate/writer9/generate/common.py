import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "out")
WORK = os.path.join(HERE, "work")
os.makedirs(OUT, exist_ok=True)
os.makedirs(WORK, exist_ok=True)

def job(company, title, start, end):
    return {"company": company, "title": title, "start": start, "end": end}

def write_truth(base, name, email, phone, experience, skills):
    d = {"name": name, "email": email, "phone": phone,
         "experience": experience, "skills": skills}
    with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")

def write_text(base, ext, text):
    with open(os.path.join(OUT, base + "." + ext), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))

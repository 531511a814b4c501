import json, os, re, zlib, base64, zipfile, glob, sys
import xml.etree.ElementTree as ET
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "out")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def pdf_text(path):
    data = open(path, "rb").read()
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        hdr, raw = m.group(1), m.group(2)
        if b"/Subtype /Image" in hdr: continue
        if b"ASCII85Decode" in hdr:
            r2 = raw.strip()
            if r2.endswith(b"~>"): r2 = r2[:-2]
            if r2.startswith(b"<~"): r2 = r2[2:]
            raw = base64.a85decode(r2)
        if b"FlateDecode" in hdr:
            try: raw = zlib.decompress(raw.strip() if b"ASCII85Decode" not in hdr else raw)
            except Exception: continue
        if b"BT" not in raw: continue
        out.append(decode_strings(raw))
    return "\n".join(out)

def decode_strings(s):
    res, i, n = [], 0, len(s)
    while i < n:
        if s[i:i+1] == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                ch = s[j:j+1]
                if ch == b"\\":
                    nx = s[j+1:j+2]
                    if nx in b"01234567" and nx:
                        k = j + 1; oc = b""
                        while k < n and len(oc) < 3 and s[k:k+1] in b"01234567": oc += s[k:k+1]; k += 1
                        buf.append(int(oc, 8)); j = k; continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nx, nx); j += 2; continue
                if ch == b"(": depth += 1
                elif ch == b")":
                    depth -= 1
                    if depth == 0: break
                buf += ch; j += 1
            res.append(bytes(buf).decode("cp1252", errors="replace")); i = j + 1
        else:
            i += 1
    return "\n".join(res)

def docx_text(path):
    z = zipfile.ZipFile(path); parts = []
    for nm in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*)\.xml$", nm):
            root = ET.fromstring(z.read(nm))
            for p in root.iter(W + "p"):
                t = []
                for el in p.iter():
                    if el.tag == W + "t": t.append(el.text or "")
                    elif el.tag == W + "tab": t.append("\t")
                    elif el.tag in (W + "br", W + "cr"): t.append("\n")
                parts.append("".join(t))
    return "\n".join(parts)

def norm(s): return re.sub(r"[ \t]+", " ", s)

bad = 0; counts = {}
files = sorted(f for f in glob.glob(OUT + "/*") if not f.endswith(".truth.json"))
for f in files:
    ext = f.rsplit(".", 1)[1]; counts[ext] = counts.get(ext, 0) + 1
    stem = f.rsplit(".", 1)[0]
    truth = json.load(open(stem + ".truth.json", encoding="utf-8"))
    assert list(truth) == ["name", "email", "phone", "skills", "experience"], f
    assert 2 <= len(truth["experience"]) <= 5 and truth["skills"], f
    for e in truth["experience"]:
        assert list(e) == ["company", "title", "start", "end"], f
    text = pdf_text(f) if ext == "pdf" else docx_text(f) if ext == "docx" else open(f, encoding="utf-8").read()
    T = norm(text)
    need = [("name", truth["name"]), ("email", truth["email"]), ("phone", truth["phone"])]
    need += [("skill", s) for s in truth["skills"]]
    for e in truth["experience"]:
        need += [(k, e[k]) for k in ("company", "title", "start", "end") if e[k]]
    miss = []
    for k, v in need:
        if norm(v) in T: continue
        if k == "name" and norm(v).lower() in T.lower(): continue
        miss.append((k, v))
    if miss:
        bad += 1; print("MISSING", os.path.basename(f), miss)
print("files:", counts, "total", len(files), "problems:", bad)

"""Regenerate all 30 resumes + truth files, then run check.py."""
import glob, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = HERE
for d in ("out", "work"):
    for f in glob.glob(os.path.join(ROOT, d, "*")):
        os.remove(f)
for g in ("gen_txt.py", "gen_md.py", "gen_docx.py", "gen_pdf.py", "check.py"):
    subprocess.run([sys.executable, os.path.join(HERE, g)], cwd=HERE, check=True)

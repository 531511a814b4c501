"""Regenerate all 30 resumes + truth files, then run check.py."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for g in ("gen_txt.py", "gen_md.py", "gen_docx.py", "gen_pdf.py", "check.py"):
    r = subprocess.run([sys.executable, os.path.join(HERE, g)], cwd=HERE)
    if r.returncode:
        sys.exit(r.returncode)

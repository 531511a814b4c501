"""Regenerate all 30 w8 resumes + truth files, then run check.py."""
import subprocess
import sys
import os

HERE = os.path.dirname(os.path.abspath(__file__))
for script in ("gen_txt.py", "gen_md.py", "gen_docx.py", "gen_pdf.py", "check.py"):
    print("==>", script, flush=True)
    subprocess.run([sys.executable, os.path.join(HERE, script)], cwd=HERE, check=True)

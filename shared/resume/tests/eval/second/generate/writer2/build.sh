#!/bin/sh
# Rebuild all resumes + truth files and verify them.
set -e
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
rm -rf out && mkdir out
$PY gen_text.py && $PY gen_docx.py && $PY gen_pdf.py && $PY check.py

"""Renders the sixth set from each writer's data with the first set's renderer
(`../../generate/render.py`).

    /tmp/evalvenv/bin/python build.py [OUT]      (needs reportlab and python-docx)

Writers 10 and 11 are rendered into OUT/dev and writers 12 and 13 into OUT/holdout (OUT is
`out/` here by default, git-ignored), to be compared with or copied over `../dev` and
`../holdout`.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "generate"))
import render  # noqa: E402
from build import lint_numbers  # noqa: E402

HALF_OF_WRITER = {"writer10": "dev", "writer11": "dev", "writer12": "holdout", "writer13": "holdout"}


def writer_data(writer):
    path = os.path.join(HERE, writer, "data_new.py")
    spec = importlib.util.spec_from_file_location(f"{writer}_data", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.RESUMES


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
    for half in set(HALF_OF_WRITER.values()):
        os.makedirs(os.path.join(out, half), exist_ok=True)
    for writer, half in HALF_OF_WRITER.items():
        for resume in writer_data(writer):
            lint_numbers(resume)
            path = render.render(dict(resume, half=half), out)
            print("wrote", os.path.relpath(path, out))


if __name__ == "__main__":
    main()

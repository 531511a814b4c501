"""Hooks for the API fuzzer (schemathesis loads this module through SCHEMATHESIS_HOOKS).

`POST /resume/upload` takes the file itself as the body, with the file's own media type. A
body of `application/pdf` is a PDF by definition of the media type, which a JSON schema of
bytes cannot say; this teaches the fuzzer what the API checks a PDF by (the `%PDF-` header near
the start, as readers accept), with arbitrary bytes around it, through schemathesis' documented
media-type hook. A DOCX body is sent as raw bytes.

Every signed-in `POST` takes an `Idempotency-Key`; a key sent again with another request is a 422
by design (IETF httpapi idempotency-key draft), which no schema can state. The fuzzer draws keys
from the documented pattern and would reuse its favourite ones across unrelated requests, so a
valid drawn key is replaced by a fresh one per request, as a real client makes them. Keys that
do not match the pattern (negative tests) are sent as drawn and must be refused with a 400.
"""

import itertools
import json
import pathlib
import re
import uuid

import schemathesis
from hypothesis import strategies as st


def _documented_key_pattern():
    """The pattern the committed document gives the header (one rule, stated by the API)."""
    document = json.loads((pathlib.Path(__file__).parents[2] / "openapi.json").read_text())
    for item in document["paths"].values():
        for parameter in item.get("post", {}).get("parameters", []):
            if parameter["name"] == "Idempotency-Key":
                return re.compile(parameter["schema"]["pattern"])
    raise LookupError("no operation documents an Idempotency-Key")


_IDEMPOTENCY_KEY = _documented_key_pattern()
_RUN = uuid.uuid4().hex
_KEYS = itertools.count()


@schemathesis.hook
def map_headers(ctx, headers):
    if headers:
        for name in list(headers):
            value = headers[name]
            if (
                name.lower() == "idempotency-key"
                and isinstance(value, str)
                and _IDEMPOTENCY_KEY.match(value)
            ):
                headers[name] = f"fuzz-{_RUN}-{next(_KEYS)}"
    return headers

schemathesis.openapi.media_type(
    "application/pdf",
    st.builds(
        lambda junk, version, rest: junk + b"%PDF-1." + version + rest,
        st.binary(max_size=16),
        st.sampled_from([b"4", b"5", b"7"]),
        st.binary(max_size=2048),
    ),
)
schemathesis.serializer.alias(
    ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    "application/octet-stream",
)

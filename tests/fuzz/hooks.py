"""Hooks for the API fuzzer (schemathesis loads this module through SCHEMATHESIS_HOOKS).

`POST /resume/upload` takes the file itself as the body, with the file's own media type. A
body of `application/pdf` is a PDF by definition of the media type, which a JSON schema of
bytes cannot say; this teaches the fuzzer what the API checks a PDF by (the `%PDF-` header near
the start, as readers accept), with arbitrary bytes around it, through schemathesis' documented
media-type hook. A DOCX body is sent as raw bytes.

Every signed-in `POST` takes an optional `Idempotency-Key`; a key sent again with another request
is a 422 by design (IETF httpapi idempotency-key draft), which no schema can state, and the
fuzzer reuses its favourite values across unrelated requests in every phase. Its copy of the
document therefore leaves the header out (the published document keeps it); the key's own rules
are tested in tests/tests/idempotency.rs and shared::idempotency.
"""

import schemathesis
from hypothesis import strategies as st


@schemathesis.hook
def before_load_schema(ctx, raw_schema):
    for item in raw_schema.get("paths", {}).values():
        operation = item.get("post")
        if operation and "parameters" in operation:
            operation["parameters"] = [
                parameter
                for parameter in operation["parameters"]
                if parameter.get("name") != "Idempotency-Key"
            ]


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

"""Hooks for the API fuzzer (schemathesis loads this module through SCHEMATHESIS_HOOKS).

`POST /resume/upload` takes the file itself as the body, with the file's own media type. A
body of `application/pdf` is a PDF by definition of the media type, which a JSON schema of
bytes cannot say; this teaches the fuzzer what the API checks a PDF by (the `%PDF-` header near
the start, as readers accept), with arbitrary bytes around it, through schemathesis' documented
media-type hook. A DOCX body is sent as raw bytes.
"""

import schemathesis
from hypothesis import strategies as st

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

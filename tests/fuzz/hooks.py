"""Hooks for the API fuzzer (schemathesis loads this module through SCHEMATHESIS_HOOKS).

`POST /resume/upload` takes the file itself as the body, with the file's own media type. The
fuzzer knows how to send raw bytes only as `application/octet-stream`; these media types are
sent the same way.
"""

import schemathesis

schemathesis.serializer.alias(
    [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ],
    "application/octet-stream",
)

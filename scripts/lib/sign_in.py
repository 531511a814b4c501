"""Signs in through the running stack as a person would and prints the session token.

Asks for a magic link, reads the mail the emulator accepted, redeems the sign-in token it
carries. Standard library only, so it runs with the system Python.

Usage: python3 scripts/lib/sign_in.py API_BASE_URL AWS_ENDPOINT_URL EMAIL
"""

import email
import email.policy
import json
import re
import sys
import time
import urllib.request

SIGN_IN_TOKEN = re.compile(r"rfl_[A-Za-z0-9_-]+")


def post_json(url, body):
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        headers={"content-type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        text = response.read().decode()
        return response.status, json.loads(text) if text else None


def sign_in_tokens(endpoint, recipient):
    with urllib.request.urlopen(f"{endpoint}/moto-api/data.json", timeout=30) as response:
        data = json.load(response)
    tokens = []
    for sent in data.get("ses", {}).get("RawMessage", []):
        if recipient not in sent.get("destinations", []):
            continue
        message = email.message_from_string(sent["raw_data"], policy=email.policy.default)
        body = message.get_body(preferencelist=("plain", "html"))
        tokens += SIGN_IN_TOKEN.findall(body.get_content() if body else "")
    return tokens


def main():
    api, endpoint, address = sys.argv[1].rstrip("/"), sys.argv[2].rstrip("/"), sys.argv[3]
    known = set(sign_in_tokens(endpoint, address))
    status, _ = post_json(f"{api}/auth/magic-link", {"email": address})
    if status != 202:
        sys.exit(f"POST /auth/magic-link answered {status}")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        fresh = [token for token in sign_in_tokens(endpoint, address) if token not in known]
        if fresh:
            _, session = post_json(f"{api}/auth/session", {"token": fresh[-1]})
            print(session["session_token"])
            return
        time.sleep(0.5)
    sys.exit(f"no sign-in mail reached {address} within 60 s")


if __name__ == "__main__":
    main()

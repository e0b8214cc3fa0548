#!/usr/bin/env python3
"""Sends a fixed number of requests of one kind over keep-alive connections, one at a time: the
load for a profile (callgrind counts instructions, so a fixed count gives a figure per request
that does not depend on how busy the machine is). Tokens come from the bench seed's clients.

usage: profile_requests.py PORT getCurrent|token|me|users [COUNT]
"""
import base64
import http.client
import re
import sys

PATHS = {
    "getCurrent": "/api/v2/admin/users/getCurrent",
    "me": "/multipass/api/me",
    "users": "/api/v2/admin/users?pageSize=100",
}


def basic(c):
    return "Basic " + base64.b64encode(f"bench-{c:03d}:secret-{c:03d}".encode()).decode()


def main():
    port, kind = int(sys.argv[1]), sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    form = "grant_type=client_credentials&scope=api%3Aadmin-read"
    form_headers = {"Content-Type": "application/x-www-form-urlencoded"}
    tokens = []
    for c in range(20):
        conn.request("POST", "/multipass/api/oauth2/token", body=form,
                     headers={**form_headers, "Authorization": basic(c)})
        body = conn.getresponse().read()
        tokens.append(re.search(rb'"access_token":"([^"]+)"', body).group(1).decode())
    failures = 0
    for i in range(count):
        if kind == "token":
            conn.request("POST", "/multipass/api/oauth2/token", body=form,
                         headers={**form_headers, "Authorization": basic(i % 200)})
        else:
            conn.request("GET", PATHS[kind],
                         headers={"Authorization": f"Bearer {tokens[i % len(tokens)]}"})
        response = conn.getresponse()
        response.read()
        failures += response.status != 200
    print(f"{count} {kind} requests, {failures} failed")


if __name__ == "__main__":
    main()

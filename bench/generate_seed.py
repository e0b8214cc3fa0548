#!/usr/bin/env python3
"""Writes a large seed for the benchmarks: N users, and C confidential clients each with its own
service principal, so that a load test can rotate through C tokens of C different principals.

usage: generate_seed.py OUT.yaml [--users N] [--clients C]
"""
import argparse
import uuid

ORG = "ri.organization.main.organization.default"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out")
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=200)
    args = parser.parse_args()
    rng = uuid.UUID(int=0x5EED)  # fixed ids: the same file every time
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("foundry:\n  users:\n")
        for i in range(args.users):
            uid = uuid.uuid5(rng, f"user{i}")
            out.write(
                f"    - username: user{i:06d}\n"
                f"      id: {uid}\n"
                f"      display_name: User {i}\n"
                f"      email: user{i:06d}@bench.example\n"
                f"      given_name: Given{i % 997}\n"
                f"      family_name: Family{i % 991}\n"
                f"      attributes:\n        team: [team{i % 50}]\n")
        for c in range(args.clients):
            uid = uuid.uuid5(rng, f"svc{c}")
            out.write(
                f"    - username: svc-bench-{c:03d}\n"
                f"      id: {uid}\n"
                f"      principal_type: service\n"
                f"      oauth_client_id: bench-{c:03d}\n")
        out.write("  oauth_clients:\n")
        for c in range(args.clients):
            out.write(
                f"    - client_id: bench-{c:03d}\n"
                f"      client_secret: secret-{c:03d}\n"
                f"      grant_types: [client_credentials]\n"
                f"      allowed_scopes: [api:admin-read]\n")
        out.write("  role_assignments:\n"
                  "    - {principal: admin, role: enrollment-administrator, resource: enrollment}\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Runs the benchmarks against a Release build and prints one Markdown table of figures.

Everything runs on this machine, on 127.0.0.1 only: the emulator, nginx (the practical limit for
an HTTP server here, serving a static file as large as the getCurrent answer) and wrk.

usage: bench.py BUILD_DIR [--duration SECONDS] [--quick]
"""
import argparse
import base64
import http.client
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def raise_fd_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 65536)), hard))


class Emulator:
    """foundry-console --headless on a free port; the URL is read from its first line."""

    def __init__(self, binary, seed, *extra):
        self.started = time.perf_counter()
        self.proc = subprocess.Popen([binary, "--headless", "--seed", seed, "--port", "0", *extra],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        match = re.search(r"listening on (http://[\d.]+):(\d+)", line)
        if not match:
            raise RuntimeError(f"emulator did not start: {line!r} {self.proc.stderr.read()}")
        self.url = f"{match.group(1)}:{match.group(2)}"
        self.port = int(match.group(2))

    def request(self, method, path, body=None, headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        data = response.read()
        conn.close()
        return response.status, data

    def rss_mb(self):
        with open(f"/proc/{self.proc.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)


def startup_ms(binary, seed, runs):
    """Process start to the first answered request, median of `runs`."""
    times = []
    for _ in range(runs):
        emulator = Emulator(binary, seed)
        while True:
            try:
                status, _ = emulator.request("GET", "/")
                if status == 200:
                    break
            except OSError:
                pass
        times.append((time.perf_counter() - emulator.started) * 1000)
        emulator.stop()
    return statistics.median(times)


def issue_tokens(emulator, clients):
    tokens = []
    for c in range(clients):
        basic = base64.b64encode(f"bench-{c:03d}:secret-{c:03d}".encode()).decode()
        status, body = emulator.request(
            "POST", "/multipass/api/oauth2/token",
            body="grant_type=client_credentials&scope=api%3Aadmin-read",
            headers={"Authorization": f"Basic {basic}",
                     "Content-Type": "application/x-www-form-urlencoded"})
        if status != 200:
            raise RuntimeError(f"token for bench-{c:03d}: {status} {body[:200]!r}")
        tokens.append(re.search(rb'"access_token":"([^"]+)"', body).group(1).decode())
    return tokens


def wrk(url, connections, duration, script=None, env=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "5s"]
    if script:
        command += ["-s", os.path.join(HERE, "wrk", script)]
    output = subprocess.run(command + [url], capture_output=True, text=True,
                            env={**os.environ, **(env or {})}, check=True).stdout

    def latency(percent):
        match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\b", output, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency(50), "p99": latency(99),
        "non2xx": int(errors.group(1)) if errors else 0,
        "socket_errors": sum(int(g) for g in socket.groups()) if socket else 0,
    }


class Nginx:
    """nginx-light on 127.0.0.1, one worker per core, serving one static file."""

    def __init__(self, body_size):
        self.dir = tempfile.mkdtemp(prefix="bench-nginx-")
        with open(os.path.join(self.dir, "static.json"), "wb") as static:
            static.write(b"x" * body_size)
        probe = __import__("socket").socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        conf = os.path.join(self.dir, "nginx.conf")
        with open(conf, "w") as out:
            out.write(f"""worker_processes {os.cpu_count()};
pid {self.dir}/nginx.pid;
error_log {self.dir}/error.log;
daemon off;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  keepalive_requests 1000000;
  server {{
    listen 127.0.0.1:{self.port};
    root {self.dir};
    location / {{ default_type application/json; }}
  }}
}}
""")
        self.proc = subprocess.Popen(["nginx", "-c", conf, "-p", self.dir],
                                     stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                conn.request("GET", "/static.json")
                if conn.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.05)
        self.url = f"http://127.0.0.1:{self.port}/static.json"

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("build_dir")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--quick", action="store_true", help="short runs, for trying the script")
    args = parser.parse_args()
    raise_fd_limit()
    duration = 2 if args.quick else args.duration
    startup_runs = 5 if args.quick else 20
    binary = os.path.join(args.build_dir, "app", "foundry-console")
    seed_io = os.path.join(args.build_dir, "bench", "seed_io_bench")
    demo = os.path.join(ROOT, "resources", "demo-seed.yaml")
    work = tempfile.mkdtemp(prefix="bench-")
    load_seed = os.path.join(work, "load.yaml")
    big_seed = os.path.join(work, "users-100k.yaml")
    generator = os.path.join(HERE, "generate_seed.py")
    subprocess.run([sys.executable, generator, load_seed, "--users", "1000"], check=True)
    subprocess.run([sys.executable, generator, big_seed, "--users", "100000"], check=True)

    rows = []  # (what, figure, unit, nginx ratio or "")

    def add(what, value, unit, ratio=""):
        rows.append((what, value, unit, ratio))

    add("start-up to first answer, demo seed (median of %d)" % startup_runs,
        startup_ms(binary, demo, startup_runs), "ms")
    add("start-up to first answer, 100,000 users (median of %d)" % max(3, startup_runs // 4),
        startup_ms(binary, big_seed, max(3, startup_runs // 4)), "ms")

    idle = Emulator(binary, demo)
    time.sleep(0.5)
    add("RSS idle, headless, demo seed", idle.rss_mb(), "MB")
    idle.stop()

    big = Emulator(binary, big_seed)
    add("RSS with 100,000 users", big.rss_mb(), "MB")
    big.stop()

    out = subprocess.run([seed_io, big_seed, "3"], capture_output=True, text=True, check=True).stdout
    load_ms, save_ms = map(float, re.search(r"load_ms ([\d.]+) save_ms ([\d.]+)", out).groups())
    add("seed load, 100,000 users (median of 3)", load_ms, "ms")
    add("seed save, 100,000 users (median of 3)", save_ms, "ms")

    emulator = Emulator(binary, load_seed)
    tokens = issue_tokens(emulator, 200)
    token_file = os.path.join(work, "tokens.txt")
    with open(token_file, "w") as out_tokens:
        out_tokens.write("\n".join(tokens) + "\n")
    status, current = emulator.request("GET", "/api/v2/admin/users/getCurrent",
                                       headers={"Authorization": f"Bearer {tokens[0]}"})
    nginx = Nginx(len(current) if status == 200 else 300)
    limit = wrk(nginx.url, 50, duration)
    add("nginx static file (%d B), 50 connections" % len(current), limit["rps"], "req/s", "1.00")
    add("  nginx p50 / p99", f"{limit['p50']:.2f} / {limit['p99']:.2f}", "ms")

    def load(what, path, connections, script, env=None):
        result = wrk(emulator.url + path, connections, duration, script, env)
        bad = result["non2xx"] + result["socket_errors"]
        add(f"{what}, {connections} connections", result["rps"], "req/s",
            f"{result['rps'] / limit['rps']:.2f}")
        add(f"  p50 / p99" + (f" ({bad} errors)" if bad else ""),
            f"{result['p50']:.2f} / {result['p99']:.2f}", "ms")

    bearer = {"TOKENS": token_file}
    if status == 200:
        load("GET users/getCurrent, 200 rotating tokens", "/api/v2/admin/users/getCurrent", 50,
             "rotating_bearer.lua", bearer)
    load("POST oauth2/token client credentials (Basic)", "/multipass/api/oauth2/token", 50,
         "client_credentials.lua", {"CLIENTS": "200"})
    users_status, _ = emulator.request("GET", "/api/v2/admin/users?pageSize=100",
                                       headers={"Authorization": f"Bearer {tokens[0]}"})
    if users_status == 200:
        load("GET users?pageSize=100", "/api/v2/admin/users?pageSize=100", 50,
             "rotating_bearer.lua", bearer)
    load("GET multipass/api/me", "/multipass/api/me", 50, "rotating_bearer.lua", bearer)
    if status == 200:
        load("GET users/getCurrent", "/api/v2/admin/users/getCurrent", 1000,
             "rotating_bearer.lua", bearer)
    add("RSS after the load runs", emulator.rss_mb(), "MB")
    emulator.stop()
    nginx.stop()
    shutil.rmtree(work, ignore_errors=True)

    print("| what | figure | unit | × nginx |")
    print("|---|---:|---|---:|")
    for what, value, unit, ratio in rows:
        shown = f"{value:,.1f}" if isinstance(value, float) else str(value)
        print(f"| {what} | {shown} | {unit} | {ratio} |")


if __name__ == "__main__":
    main()

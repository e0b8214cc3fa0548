#!/usr/bin/env python3
"""Runs the benchmarks against a Release build and prints one Markdown table of figures.

Everything runs on this machine, on 127.0.0.1 only: the emulator, nginx (the practical limit for
an HTTP server here, serving a static file as large as the getCurrent answer, in the same run)
and wrk. Every throughput figure is also given as a ratio to nginx's.

usage: bench.py BUILD_DIR [--duration SECONDS] [--quick]
"""
import argparse
import base64
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from processes import Emulator, Nginx, wrk

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}


def raise_fd_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 65536)), hard))


def load_average():
    return " ".join(open("/proc/loadavg").read().split()[:3])


def machine():
    model = "unknown CPU"
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} × {model}, {platform.system()} {platform.release()}"


def startup_ms(binary, seed, runs):
    """Process start to the first answered request, median of `runs`."""
    times = []
    for _ in range(runs):
        emulator = Emulator.headless(binary, seed)
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


class Table:
    def __init__(self):
        self.rows = []  # (what, figure, unit, ratio to nginx)

    def add(self, what, value, unit, ratio=""):
        self.rows.append((what, value, unit, ratio))
        shown = f"{value:,.1f}" if isinstance(value, float) else str(value)
        print(f"  {what}: {shown} {unit} {ratio}", file=sys.stderr, flush=True)

    def load(self, what, result, limit):
        ratio = f"{result['rps'] / limit:.2f}" if limit else ""
        self.add(what, result["rps"], "req/s", ratio)
        errors = f" ({result['errors']} errors)" if result["errors"] else ""
        self.add("  p50 / p99" + errors, f"{result['p50']:.2f} / {result['p99']:.2f}", "ms")

    def print(self):
        print("| what | figure | unit | × nginx |")
        print("|---|---:|---|---:|")
        for what, value, unit, ratio in self.rows:
            shown = f"{value:,.1f}" if isinstance(value, float) else str(value)
            print(f"| {what} | {shown} | {unit} | {ratio} |")


class Loads:
    """The HTTP load runs against one serving process (tokens issued on it first)."""

    def __init__(self, emulator, work, duration):
        self.emulator = emulator
        self.duration = duration
        tokens = issue_tokens(emulator, 200)
        self.token_file = os.path.join(work, f"tokens-{emulator.port}.txt")
        with open(self.token_file, "w") as out:
            out.write("\n".join(tokens) + "\n")
        self.first = tokens[0]

    def get(self, path, connections):
        return wrk(self.emulator.url + path, connections, self.duration, "rotating_bearer.lua",
                   {"TOKENS": self.token_file})

    def token(self, connections):
        return wrk(self.emulator.url + "/multipass/api/oauth2/token", connections, self.duration,
                   "client_credentials.lua", {"CLIENTS": "200"})

    def status(self, path):
        return self.emulator.request("GET", path,
                                     headers={"Authorization": f"Bearer {self.first}"})


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("build_dir")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--quick", action="store_true", help="2 s runs, 5 start-ups: a smoke run")
    args = parser.parse_args()
    raise_fd_limit()
    duration = 2 if args.quick else args.duration
    startups = 5 if args.quick else 20
    # Every start-up with the big seed costs its whole load time: fewer of them (and a smaller
    # seed in a smoke run) keep a full run under eight minutes.
    big_users = 20_000 if args.quick else 100_000
    big_startups = 1 if args.quick else 5
    big_label = f"{big_users:,} users"
    cores = os.cpu_count()
    binary = os.path.join(args.build_dir, "app", "foundry-console")
    seed_io = os.path.join(args.build_dir, "bench", "seed_io_bench")
    console = os.path.join(args.build_dir, "bench", "console_bench")
    demo = os.path.join(ROOT, "resources", "demo-seed.yaml")
    work = tempfile.mkdtemp(prefix="bench-")
    load_seed = os.path.join(work, "load.yaml")
    big_seed = os.path.join(work, "users-big.yaml")
    generator = os.path.join(HERE, "generate_seed.py")
    subprocess.run([sys.executable, generator, load_seed, "--users", "1000"], check=True)
    subprocess.run([sys.executable, generator, big_seed, "--users", str(big_users)], check=True)
    began = time.time()
    load_before = load_average()
    table = Table()

    # Start-up and memory
    table.add(f"start-up to first answer, demo seed (median of {startups})",
              startup_ms(binary, demo, startups), "ms")
    table.add(f"start-up to first answer, {big_label} (median of {big_startups})",
              startup_ms(binary, big_seed, big_startups), "ms")
    idle = Emulator.headless(binary, demo)
    time.sleep(1)  # let start-up allocations settle: the figure is the idle process
    table.add("RSS idle, headless, demo seed", idle.rss_mb(), "MB")
    idle.stop()
    big = Emulator.headless(binary, big_seed)
    table.add(f"RSS with {big_label}", big.rss_mb(), "MB")
    big.stop()

    # Seed I/O and the console
    io_runs = 1 if args.quick else 3
    out = subprocess.run([seed_io, big_seed, str(io_runs)], capture_output=True, text=True,
                         check=True).stdout
    load_ms, save_ms = map(float, re.search(r"load_ms ([\d.]+) save_ms ([\d.]+)", out).groups())
    table.add(f"seed load, {big_label} (median of {io_runs})", load_ms, "ms")
    table.add(f"seed save, {big_label} (median of {io_runs})", save_ms, "ms")
    out = subprocess.run([console, big_seed, "11"], capture_output=True, text=True, check=True,
                         env={**os.environ, **OFFSCREEN}).stdout
    figures = dict(zip(out.split()[::2], out.split()[1::2]))
    table.add(f"console: filter {big_label} by a prefix ({int(figures['matched']):,} match, "
              "median of 11)", float(figures["filter_ms"]), "ms")
    table.add(f"console: clear the filter ({big_label} back)", float(figures["clear_ms"]), "ms")
    table.add("console: toggle one user's Active box", float(figures["toggle_ms"]), "ms")

    # HTTP: the practical limit first, then the emulator in the same run
    emulator = Emulator.headless(binary, load_seed)
    loads = Loads(emulator, work, duration)
    status, current = loads.status("/api/v2/admin/users/getCurrent")
    if status != 200:
        raise RuntimeError(f"getCurrent answered {status}: {current[:200]!r}")
    nginx = Nginx(len(current))
    limit = wrk(nginx.url, 50, duration)
    table.load(f"nginx static file ({len(current)} B), 50 connections", limit, limit["rps"])
    limit_1000 = wrk(nginx.url, 1000, duration)
    table.load("nginx static file, 1,000 connections", limit_1000, limit_1000["rps"])
    nginx.stop()

    getcurrent = "/api/v2/admin/users/getCurrent"
    table.load(f"GET users/getCurrent, 200 rotating tokens, 50 connections, {cores} threads",
               loads.get(getcurrent, 50), limit["rps"])
    table.load("POST oauth2/token client credentials (Basic), 50 connections",
               loads.token(50), limit["rps"])
    if loads.status("/api/v2/admin/users?pageSize=100")[0] == 200:
        table.load("GET admin/users?pageSize=100, 50 connections",
                   loads.get("/api/v2/admin/users?pageSize=100", 50), limit["rps"])
    table.load("GET multipass/api/me, 50 connections", loads.get("/multipass/api/me", 50),
               limit["rps"])
    table.load("GET users/getCurrent, 1,000 connections", loads.get(getcurrent, 1000),
               limit_1000["rps"])
    table.add("RSS after the load runs (with every token issued)", emulator.rss_mb(), "MB")
    emulator.stop()

    # Scaling: the same server on one thread
    single = Emulator.headless(binary, load_seed, "--threads", "1")
    single_loads = Loads(single, work, duration)
    table.load("GET users/getCurrent, 50 connections, 1 server thread",
               single_loads.get(getcurrent, 50), limit["rps"])
    table.load("POST oauth2/token, 50 connections, 1 server thread", single_loads.token(50),
               limit["rps"])
    single.stop()

    # The console window (offscreen) with its live request log over the big seed, idle and then
    # busy re-filtering them all the time
    for busy in (False, True):
        command = [console, big_seed, "--serve"] + (["--busy"] if busy else [])
        shown = Emulator(command, OFFSCREEN)
        what = ("console busy re-filtering its users" if busy
                else "console showing the live request log")
        table.load(f"GET users/getCurrent, 50 connections, {what}",
                   Loads(shown, work, duration).get(getcurrent, 50), limit["rps"])
        shown.stop()

    shutil.rmtree(work, ignore_errors=True)
    print(f"Machine: {machine()}. Load average before / after: {load_before} / "
          f"{load_average()}. {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(began))}, "
          f"{duration} s per load run, wrk -t2.\n")
    table.print()


if __name__ == "__main__":
    main()

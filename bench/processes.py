"""The processes a benchmark run drives: the emulator (headless or the console offscreen), nginx
and wrk. Everything binds 127.0.0.1 only."""
import http.client
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


class Emulator:
    """A process that prints "listening on http://HOST:PORT" once it serves: foundry-console
    --headless, or console_bench --serve. The URL is read from its output."""

    def __init__(self, command, env=None):
        self.started = time.perf_counter()
        self.stderr = tempfile.TemporaryFile()  # a pipe nobody reads could fill and block it
        self.proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=self.stderr,
                                     text=True, env={**os.environ, **(env or {})})
        line = ""
        while "listening on" not in line:
            line = self.proc.stdout.readline()
            if not line:
                self.stderr.seek(0)
                raise RuntimeError(f"{command[0]} did not start: {self.stderr.read()[-2000:]!r}")
        match = re.search(r"listening on (http://[\d.]+):(\d+)", line)
        self.url = f"{match.group(1)}:{match.group(2)}"
        self.port = int(match.group(2))

    @classmethod
    def headless(cls, binary, seed, *extra):
        return cls([binary, "--headless", "--seed", seed, "--port", "0", *extra])

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
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.stderr.close()


class Nginx:
    """nginx-light on 127.0.0.1, one worker per core, serving one static file."""

    def __init__(self, body_size):
        self.dir = tempfile.mkdtemp(prefix="bench-nginx-")
        os.chmod(self.dir, 0o755)  # nginx's workers run as another user when started as root
        with open(os.path.join(self.dir, "static.json"), "wb") as static:
            static.write(b"x" * body_size)
        os.chmod(os.path.join(self.dir, "static.json"), 0o644)
        self.port = free_port()
        conf = os.path.join(self.dir, "nginx.conf")
        with open(conf, "w") as out:
            out.write(f"""worker_processes {os.cpu_count()};
pid {self.dir}/nginx.pid;
error_log {self.dir}/error.log;
daemon off;
worker_rlimit_nofile 65536;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  keepalive_requests 1000000;
  keepalive_timeout 60s;
  client_body_temp_path {self.dir}/body;
  server {{
    listen 127.0.0.1:{self.port};
    root {self.dir};
    location / {{ default_type application/json; }}
  }}
}}
""")
        self.proc = subprocess.Popen(["nginx", "-c", conf, "-p", self.dir],
                                     stderr=subprocess.DEVNULL)
        status = None
        for _ in range(200):
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                conn.request("GET", "/static.json")
                status = conn.getresponse().status
                break
            except OSError:
                time.sleep(0.05)
        if status != 200:
            self.stop()
            raise RuntimeError(f"nginx does not serve the static file: {status}")
        self.url = f"http://127.0.0.1:{self.port}/static.json"

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


def wrk(url, connections, duration, script=None, env=None):
    """One wrk run; requests/s, p50 and p99 in ms, and the count of failed requests."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "5s"]
    if script:
        command += ["-s", os.path.join(HERE, "wrk", script)]
    output = subprocess.run(command + [url], capture_output=True, text=True,
                            env={**os.environ, **(env or {})}, check=True).stdout

    def latency(percent):
        match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\b", output, re.M)
        if not match:
            return float("nan")
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)",
                        output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency(50), "p99": latency(99),
        "errors": (int(errors.group(1)) if errors else 0)
        + (sum(int(g) for g in sockets.groups()) if sockets else 0),
    }

// Shared helpers for the real-client tests: start/stop the foundry-console binary on a free port,
// write seeds to temporary files, find Chromium, and make small HTTP calls.
//
// Everything missing (the binary, node_modules, Chromium) is an error, never a skip:
// scripts/test.sh installs all of it, so a missing piece means the setup is broken.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { webcrypto } from "node:crypto";

export const clientsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = path.resolve(clientsDir, "..", "..");

// Node 18 (Debian 12's nodejs) does not expose these globals; oauth4webapi and @osdk/oauth need them.
globalThis.crypto ??= webcrypto;
globalThis.CustomEvent ??= class CustomEvent extends Event {
  #detail;
  constructor(type, options) {
    super(type, options);
    this.#detail = options?.detail ?? null;
  }
  get detail() {
    return this.#detail;
  }
};

/** Fails (throws) unless `npm ci` has been run in tests/clients. */
export function requireNodeModules(...packages) {
  for (const p of packages) {
    if (!existsSync(path.join(clientsDir, "node_modules", p, "package.json"))) {
      throw new Error(
        `tests/clients/node_modules/${p} is missing: run \`npm ci\` in tests/clients ` +
          "(scripts/test.sh does this before ctest)",
      );
    }
  }
}

/** Path of the foundry-console binary: $FOUNDRY_CONSOLE (set by CTest) or the dev build. */
export function consoleBinary() {
  const bin = process.env.FOUNDRY_CONSOLE || path.join(repoRoot, "build", "dev", "app", "foundry-console");
  if (!existsSync(bin)) {
    throw new Error(`foundry-console not found at ${bin}: build it (cmake --build --preset dev) or set FOUNDRY_CONSOLE`);
  }
  return bin;
}

/** Path of Debian's Chromium ($CHROMIUM overrides); throws when it is not installed. */
export function chromiumPath() {
  const bin = process.env.CHROMIUM || "/usr/bin/chromium";
  if (!existsSync(bin)) {
    throw new Error(`Chromium not found at ${bin}: install Debian's chromium package (scripts/deps.sh does)`);
  }
  return bin;
}

/** Flags that make Debian's Chromium work headless on this closed-network machine. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Folder for artefacts (screenshots): $FOUNDRY_TEST_ARTIFACTS (set by CTest) or a temp folder. */
export function artifactDir() {
  const dir = process.env.FOUNDRY_TEST_ARTIFACTS || path.join(tmpdir(), "foundry-client-test-artifacts");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes `yaml` to a fresh temporary folder; returns {file, dispose}. */
export function writeSeed(yaml) {
  const dir = mkdtempSync(path.join(tmpdir(), "foundry-client-seed-"));
  const file = path.join(dir, "seed.yaml");
  writeFileSync(file, yaml);
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Starts `foundry-console --headless --seed FILE --port 0` and waits for its first stdout line,
 * `Foundry emulator listening on http://127.0.0.1:PORT`. Resolves to {baseUrl, stop, output}.
 */
export async function startEmulator(seedFile, { extraArgs = [], timeoutMs = 15000 } = {}) {
  const bin = consoleBinary();
  const child = spawn(bin, ["--headless", "--seed", seedFile, "--port", "0", ...extraArgs], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, QT_QPA_PLATFORM: "offscreen" },
  });
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));

  const baseUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`foundry-console did not print its listening line within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.stdout.setEncoding("utf8").on("data", (d) => {
      const before = stdout;
      stdout += d;
      if (before.includes("\n")) return;
      const nl = stdout.indexOf("\n");
      if (nl < 0) return;
      clearTimeout(timer);
      const first = stdout.slice(0, nl).trim();
      const m = /^Foundry emulator listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(first);
      if (!m) reject(new Error(`unexpected first stdout line: ${JSON.stringify(first)}\nstderr: ${stderr}`));
      else resolve(m[1]);
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`foundry-console exited (code ${code}, signal ${signal}) before listening\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  });

  async function stop() {
    if (child.exitCode !== null || child.signalCode !== null) return exited;
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
    const result = await exited;
    clearTimeout(killer);
    return result;
  }
  return { baseUrl, stop, output: () => ({ stdout, stderr }), process: child };
}

/** Starts an emulator on a seed text; returns the emulator plus a dispose() that stops it and removes the seed. */
export async function startWithSeed(yaml, options) {
  const seed = writeSeed(yaml);
  try {
    const emu = await startEmulator(seed.file, options);
    return {
      ...emu,
      async dispose() {
        try {
          await emu.stop();
        } finally {
          seed.dispose();
        }
      },
    };
  } catch (e) {
    seed.dispose();
    throw e;
  }
}

/** GET /multipass/api/me with a bearer token; resolves to {status, body (parsed JSON or text), headers}. */
export async function getMe(baseUrl, token) {
  const res = await fetch(`${baseUrl}/multipass/api/me`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, body: await readBody(res) };
}

/** POSTs a form to the token endpoint the way a public client does; resolves to {status, body}. */
export async function postForm(url, fields, headers = {}) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded;charset=UTF-8", ...headers },
    body: new URLSearchParams(fields),
    redirect: "manual",
  });
  return { status: res.status, headers: res.headers, body: await readBody(res) };
}

async function readBody(res) {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Wraps fetch so a test can see exactly what a client library sent and got:
 * returns {fetchFn, calls}; each call is {method, url, headers (lower-case keys), body, status, responseText}.
 */
export function recordingFetch() {
  const calls = [];
  async function fetchFn(input, init = {}) {
    const headers = Object.fromEntries(new Headers(init.headers ?? {}).entries());
    const body = init.body === undefined || init.body === null ? undefined : String(init.body);
    const call = { method: init.method ?? "GET", url: String(input), headers, body };
    calls.push(call);
    const res = await fetch(input, init);
    call.status = res.status;
    call.responseText = await res.clone().text();
    return res;
  }
  return { fetchFn, calls };
}

/** The Foundry "Default:Unauthorized" envelope a refused bearer token must get. */
export function assertUnauthorizedEnvelope(assert, res, what) {
  assert.equal(res.status, 401, `${what}: expected 401, got ${res.status} ${JSON.stringify(res.body)}`);
  assert.equal(typeof res.body, "object", `${what}: 401 body is not JSON: ${JSON.stringify(res.body)}`);
  assert.equal(res.body.errorCode, "UNAUTHORIZED", `${what}: errorCode`);
  assert.equal(res.body.errorName, "Default:Unauthorized", `${what}: errorName`);
}

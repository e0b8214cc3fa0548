// A real browser sign-in: @osdk/oauth's public client (its browser build, createPublicOauthClient)
// runs in Node with window/localStorage/sessionStorage faked (lib/fake-browser.mjs), and a real
// headless Chromium does what the person and the browser do: show the emulator's sign-in page,
// click a user, follow the 302 to the application's redirect page (a tiny Node http server on
// 127.0.0.1). The library then exchanges the code (authorization code + PKCE S256) and refreshes,
// unchanged. The page is also checked for escaping (a user named <img src=x onerror=alert(1)>),
// keyboard use, 200% zoom, Cancel, and that it loads nothing from elsewhere.
// The last test runs the same library *inside* Chromium (served as ES modules by the app server),
// so real redirects, real localStorage and real cross-origin (CORS) calls to the emulator are used.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { existsSync, readFileSync } from "node:fs";
import {
  artifactDir,
  assertUnauthorizedEnvelope,
  chromiumArgs,
  chromiumPath,
  clientsDir,
  getMe,
  postForm,
  recordingFetch,
  requireNodeModules,
  startWithSeed,
} from "./lib/emulator.mjs";
import { installFakeBrowser } from "./lib/fake-browser.mjs";

requireNodeModules("@osdk/oauth", "playwright-core");
const executablePath = chromiumPath();
const { chromium } = await import("playwright-core");
// The browser build is what an OSDK web app bundles (the Node build keeps no refresh token).
const { createPublicOauthClient } = await import(
  pathToFileURL(path.join(clientsDir, "node_modules/@osdk/oauth/build/browser/index.js")).href
);

const XSS_USER = "<img src=x onerror=alert(1)>";
const XSS_DISPLAY = "<script>window.__xss = 1</script>Mallory";
const APP_NAME = `Harbor <Ops> & "Co"`;
const CLIENT_ID = "osdk-web";
const SCOPES = ["api:ontologies-read", "api:admin-read"];
const STORAGE_KEY = `@osdk/oauth : refresh : ${CLIENT_ID}`;

const seedFor = (redirectUri) => `
foundry:
  token_lifetime_seconds: 3600
  users:
    - username: alice
      display_name: Alice Archer
      email: alice@example.com
    - username: bob
      display_name: Bob Baker
      email: bob@example.com
    - username: ${JSON.stringify(XSS_USER)}
      display_name: ${JSON.stringify(XSS_DISPLAY)}
      email: mallory@example.com
    - username: carol.deactivated
      display_name: Carol Deactivated
      email: carol@example.com
      active: false
    - username: svc-batch
      display_name: Batch Service
      principal_type: service
      oauth_client_id: batch
  oauth_clients:
    - client_id: ${CLIENT_ID}
      name: ${JSON.stringify(APP_NAME)}
      redirect_uris: [${redirectUri}]
      grant_types: [authorization_code, refresh_token]
    - client_id: batch
      client_secret: batch-secret
      grant_types: [client_credentials]
`;

// Active human users in model order: the built-in admin comes first.
const EXPECTED_USERS = ["admin", "alice", "bob", XSS_USER];

/**
 * The OSDK web app, served by a tiny Node http server on 127.0.0.1:
 *  - /app/... and /callback serve the app page, which runs @osdk/oauth's browser build *inside
 *    Chromium* (ES modules through an import map, as a bundler would resolve them; a bundler also
 *    defines process.env.NODE_ENV, which tiny-invariant reads, so the page does the same);
 *  - /node_modules/... serves those modules;
 *  - every /callback hit is recorded (the browser's landing on the redirect URI).
 */
function startAppServer() {
  const hits = [];
  const modulesRoot = path.join(clientsDir, "node_modules");
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    if (url.pathname.startsWith("/node_modules/")) {
      const file = path.join(modulesRoot, decodeURIComponent(url.pathname.slice("/node_modules/".length)));
      if (!file.startsWith(modulesRoot + path.sep) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      res.end(readFileSync(file));
      return;
    }
    if (url.pathname === "/callback") hits.push(req.url);
    if (url.pathname === "/callback" || url.pathname.startsWith("/app/")) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(appPage(server.config));
      return;
    }
    res.writeHead(204).end(); // favicon and the like
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        hits,
        origin: `http://127.0.0.1:${port}`,
        redirectUri: `http://127.0.0.1:${port}/callback`,
        appUrl: `http://127.0.0.1:${port}/app/dashboard`,
        configure(config) {
          server.config = config;
        },
        close: () => new Promise((r) => server.close(r)),
      });
    }),
  );
}

/** The app page: creates the public client and exposes it (and a fetch log) on window. */
function appPage(config) {
  const importMap = {
    imports: {
      "@osdk/oauth": "/node_modules/@osdk/oauth/build/browser/index.js",
      "oauth4webapi": "/node_modules/oauth4webapi/build/index.js",
      "tiny-invariant": "/node_modules/tiny-invariant/dist/esm/tiny-invariant.js",
      "typescript-event-target": "/node_modules/typescript-event-target/dist/index.mjs",
    },
  };
  return `<!doctype html><html><head><meta charset="utf-8"><title>OSDK app</title>
<script>window.process = { env: { NODE_ENV: "production" } };</script>
<script type="importmap">${JSON.stringify(importMap)}</script>
<script type="module">
import { createPublicOauthClient } from "@osdk/oauth";
const config = ${JSON.stringify(config ?? {})};
window.__calls = [];
async function fetchFn(input, init = {}) {
  const call = { url: String(input), method: init.method ?? "GET", headers: Object.fromEntries(new Headers(init.headers ?? {}).entries()),
                 body: init.body == null ? undefined : String(init.body) };
  window.__calls.push(call);
  const res = await fetch(input, init);
  call.status = res.status;
  call.responseText = await res.clone().text();
  return res;
}
if (config.clientId) {
  window.__client = createPublicOauthClient(config.clientId, config.baseUrl, config.redirectUri, { scopes: config.scopes, fetchFn });
  window.__ready = true;
}
</script></head><body><p>OSDK app</p></body></html>`;
}

describe("real browser: authorization code + PKCE with @osdk/oauth's public client", { timeout: 60000 }, () => {
  let app, emu, browser, context, fake, client, rec;
  let authorizeUrl, state;
  const dialogs = [];
  const foreignRequests = [];

  async function newPage(ctx = context) {
    const page = await ctx.newPage();
    page.on("dialog", async (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      await d.dismiss().catch(() => {});
    });
    page.on("request", (r) => {
      const u = r.url();
      if (!u.startsWith(emu.baseUrl) && !u.startsWith(app.origin) && !u.startsWith("data:"))
        foreignRequests.push(u);
    });
    return page;
  }

  /** Waits until the browser lands on the redirect page; returns its URL. */
  async function landedOnRedirect(page) {
    await page.waitForURL((u) => u.href.startsWith(app.redirectUri), { timeout: 10000 });
    return new URL(page.url());
  }

  before(async () => {
    app = await startAppServer();
    emu = await startWithSeed(seedFor(app.redirectUri));
    app.configure({ clientId: CLIENT_ID, baseUrl: emu.baseUrl, redirectUri: app.redirectUri, scopes: SCOPES });
    browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs });
    context = await browser.newContext({ viewport: { width: 1000, height: 760 } });
    fake = installFakeBrowser(app.appUrl);
    rec = recordingFetch();
    client = createPublicOauthClient(CLIENT_ID, emu.baseUrl, app.redirectUri, {
      scopes: SCOPES,
      fetchFn: rec.fetchFn,
    });
  });

  after(async () => {
    client?.rmTimeout();
    fake?.uninstall();
    await browser?.close();
    await emu?.dispose();
    await app?.close();
  });

  test("the library starts sign-in with a PKCE S256 authorize redirect, offline_access first", async () => {
    // Not signed in: the library redirects the window to the authorize URL (then gives up after 1 s,
    // as it does in a browser that did not navigate away).
    await assert.rejects(client(), /Unable to redirect/);
    assert.equal(fake.assigned.length, 1);
    authorizeUrl = new URL(fake.assigned[0]);
    assert.equal(authorizeUrl.origin + authorizeUrl.pathname, `${emu.baseUrl}/multipass/api/oauth2/authorize`);
    const q = authorizeUrl.searchParams;
    assert.equal(q.get("client_id"), CLIENT_ID);
    assert.equal(q.get("response_type"), "code");
    assert.equal(q.get("redirect_uri"), app.redirectUri);
    assert.equal(q.get("code_challenge_method"), "S256");
    assert.match(q.get("code_challenge"), /^[A-Za-z0-9_-]{43}$/);
    assert.equal(q.get("scope"), "offline_access api:admin-read api:ontologies-read");
    state = q.get("state");
    assert.ok(state);
    assert.equal(JSON.parse(fake.sessionStorage.getItem(STORAGE_KEY)).state, state);
  });

  test("the sign-in page lists the active human users only, escapes every value, loads nothing else", async () => {
    const page = await newPage();
    const res = await page.goto(authorizeUrl.href);
    assert.equal(res.status(), 200);
    assert.match(res.headers()["content-type"], /^text\/html/);
    assert.equal(await page.title(), "Sign in to Foundry");

    const buttons = await page.$$eval('form button[name="username"]', (bs) =>
      bs.map((b) => ({ value: b.value, data: b.dataset.username, text: b.textContent, type: b.type })),
    );
    assert.deepEqual(buttons.map((b) => b.value), EXPECTED_USERS);
    assert.deepEqual(buttons.map((b) => b.data), EXPECTED_USERS);
    for (const b of buttons) assert.equal(b.type, "submit", `button for ${b.value} submits the form`);
    const alice = buttons.find((b) => b.value === "alice");
    assert.match(alice.text, /Alice Archer/);
    assert.match(alice.text, /alice@example\.com/);

    // Every username button sits in a form that POSTs to the callback with the authorize parameters.
    const forms = await page.$$eval('form:has(button[name="username"])', (fs) =>
      fs.map((f) => ({
        action: f.action,
        method: f.method,
        fields: Object.fromEntries([...f.querySelectorAll("input[type=hidden]")].map((i) => [i.name, i.value])),
      })),
    );
    assert.ok(forms.length >= 1);
    for (const f of forms) {
      assert.equal(f.action, `${emu.baseUrl}/multipass/api/oauth2/authorize/callback`);
      assert.equal(f.method, "post");
      assert.equal(f.fields.client_id, CLIENT_ID);
      assert.equal(f.fields.state, state);
      assert.equal(f.fields.redirect_uri, app.redirectUri);
      assert.equal(f.fields.code_challenge, authorizeUrl.searchParams.get("code_challenge"));
      assert.equal(f.fields.code_challenge_method, "S256");
    }

    // Deactivated users and service principals are not offered.
    const text = await page.evaluate(() => document.body.textContent);
    for (const hidden of ["carol.deactivated", "Carol Deactivated", "svc-batch", "Batch Service"])
      assert.ok(!text.includes(hidden), `the page must not show ${hidden}`);
    // It names the application (as text) and the scopes it asks for.
    assert.ok(text.includes(APP_NAME), `the page names the application "${APP_NAME}"`);
    for (const s of ["api:ontologies-read", "api:admin-read"]) assert.ok(text.includes(s), `the page shows scope ${s}`);

    // The hostile username and display name render as text: no <img>, no onerror, no script ran.
    const xss = buttons.find((b) => b.value === XSS_USER);
    assert.ok(xss.text.includes(XSS_USER), `button text shows the username literally: ${JSON.stringify(xss.text)}`);
    assert.ok(xss.text.includes(XSS_DISPLAY), `button text shows the display name literally: ${JSON.stringify(xss.text)}`);
    await page.waitForTimeout(300); // an injected <img src=x> would have failed to load and fired by now
    const injected = await page.evaluate(() => ({
      imgs: document.querySelectorAll("img").length,
      onerror: document.querySelectorAll("[onerror]").length,
      scriptRan: window.__xss !== undefined,
      externalScripts: document.querySelectorAll("script[src], link[rel=stylesheet][href]").length,
    }));
    assert.deepEqual(injected, { imgs: 0, onerror: 0, scriptRan: false, externalScripts: 0 });
    assert.deepEqual(dialogs, [], "no dialog may open");
    const html = await res.text();
    assert.ok(html.includes("&lt;img src=x onerror=alert(1)&gt;"), "the raw HTML carries the username escaped");

    // Self-contained: the browser fetched nothing from any other origin.
    assert.deepEqual(foreignRequests, []);

    const shot = path.join(artifactDir(), "sign-in.png");
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`screenshot: ${shot}`);
    await page.close();
  });

  test("the page is usable at 200% zoom (no horizontal scrolling at half the width)", async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 640, height: 380 }); // 1280×760 at 200%
    await page.goto(authorizeUrl.href);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px at 640px width`);
    const firstVisible = await page.locator('button[name="username"]').first().isVisible();
    assert.ok(firstVisible);
    await page.screenshot({ path: path.join(artifactDir(), "sign-in-200pct.png"), fullPage: true });
    await page.close();
  });

  test("keyboard only: Tab reaches the first user button, Enter signs in", async () => {
    const page = await newPage();
    await page.goto(authorizeUrl.href);
    let focused;
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => {
        const e = document.activeElement;
        return e && e.tagName === "BUTTON" && e.name === "username" ? e.value : null;
      });
      if (focused) break;
    }
    assert.equal(focused, EXPECTED_USERS[0], "the first user button Tab reaches is the first user's");
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return { style: s.outlineStyle, width: s.outlineWidth, shadow: s.boxShadow };
    });
    assert.ok(
      (outline.style !== "none" && outline.width !== "0px") || outline.shadow !== "none",
      `the focused button shows a focus indicator: ${JSON.stringify(outline)}`,
    );
    await page.keyboard.press("Enter");
    const landed = await landedOnRedirect(page);
    assert.match(landed.searchParams.get("code") ?? "", /^[0-9a-f]{40}$/);
    assert.equal(landed.searchParams.get("state"), state);
    await page.close();
  });

  test("Cancel returns access_denied with the state to the application", async () => {
    const page = await newPage();
    await page.goto(authorizeUrl.href);
    await page.getByRole("button", { name: /cancel/i }).click();
    const landed = await landedOnRedirect(page);
    assert.equal(landed.searchParams.get("error"), "access_denied");
    assert.equal(landed.searchParams.get("state"), state);
    assert.equal(landed.searchParams.get("code"), null);
    assert.equal(landed.searchParams.get("iss"), null);
    await page.close();
  });

  test("the hostile username signs in and round-trips exactly", async () => {
    const page = await newPage();
    await page.goto(authorizeUrl.href);
    await page.locator('button[name="username"]').nth(EXPECTED_USERS.indexOf(XSS_USER)).click();
    const landed = await landedOnRedirect(page);
    await page.close();
    const { codeVerifier } = JSON.parse(fake.sessionStorage.getItem(STORAGE_KEY));
    const tok = await postForm(`${emu.baseUrl}/multipass/api/oauth2/token`, {
      grant_type: "authorization_code",
      code: landed.searchParams.get("code"),
      client_id: CLIENT_ID,
      code_verifier: codeVerifier,
      redirect_uri: app.redirectUri,
    });
    assert.equal(tok.status, 200, JSON.stringify(tok.body));
    const me = await getMe(emu.baseUrl, tok.body.access_token);
    assert.equal(me.status, 200, JSON.stringify(me.body));
    assert.equal(me.body.username, XSS_USER);
    assert.equal(me.body.displayName, XSS_DISPLAY);
  });

  let first; // the library's token after the code exchange
  test("click a user → redirect with code and state (no iss) → the library exchanges the code", async () => {
    const page = await newPage();
    await page.goto(authorizeUrl.href);
    await page.click('button[name="username"][data-username="alice"]');
    const landed = await landedOnRedirect(page);
    await page.close();
    assert.equal(app.hits.at(-1), landed.pathname + landed.search, "the redirect page saw the same URL");
    assert.match(landed.searchParams.get("code") ?? "", /^[0-9a-f]{40}$/);
    assert.equal(landed.searchParams.get("state"), state, "state round-trips");
    assert.equal(landed.searchParams.get("iss"), null, "no iss parameter");
    assert.deepEqual([...landed.searchParams.keys()].sort(), ["code", "state"]);

    // The browser is now on the redirect page: the app calls the library again, unchanged.
    fake.navigate(landed.href);
    const before = rec.calls.length;
    const accessToken = await client();
    assert.match(accessToken, /^foundry_[A-Za-z0-9_-]{27}$/);

    // What the library sent: client_id, code, code_verifier, redirect_uri; no Authorization header.
    assert.equal(rec.calls.length, before + 1);
    const call = rec.calls.at(-1);
    assert.equal(call.url, `${emu.baseUrl}/multipass/api/oauth2/token`);
    assert.equal(call.status, 200);
    assert.equal(call.headers.authorization, undefined);
    const body = Object.fromEntries(new URLSearchParams(call.body));
    assert.deepEqual(Object.keys(body).sort(), ["client_id", "code", "code_verifier", "grant_type", "redirect_uri"]);
    assert.equal(body.grant_type, "authorization_code");
    assert.equal(body.client_id, CLIENT_ID);
    assert.equal(body.redirect_uri, app.redirectUri);
    const json = JSON.parse(call.responseText);
    assert.equal(json.id_token, undefined, "no id_token in the token response");
    assert.equal(json.token_type.toLowerCase(), "bearer");
    assert.ok(json.expires_in > 60, `expires_in well over 60 s: ${json.expires_in}`);
    assert.match(json.refresh_token, /^foundry_refresh_[A-Za-z0-9_-]{27}$/);
    assert.deepEqual(json.scope.split(" ").sort(), ["api:admin-read", "api:ontologies-read", "offline_access"]);
    first = json;

    // The library went back to the page the app was on and stored the refresh token.
    assert.equal(fake.location.href, app.appUrl);
    assert.equal(JSON.parse(fake.localStorage.getItem(STORAGE_KEY)).refresh_token, json.refresh_token);

    const me = await getMe(emu.baseUrl, accessToken);
    assert.equal(me.status, 200, JSON.stringify(me.body));
    assert.deepEqual(Object.keys(me.body).sort(), ["displayName", "id", "username"]);
    assert.equal(me.body.username, "alice");
    assert.equal(me.body.displayName, "Alice Archer");
  });

  test("the library refreshes; the refresh token rotates and the old one is refused", async () => {
    assert.ok(first, "needs the previous test's sign-in");
    const before = rec.calls.length;
    const refreshed = await client.refresh();
    assert.equal(rec.calls.length, before + 1);
    const call = rec.calls.at(-1);
    assert.equal(call.status, 200, call.responseText);
    assert.equal(call.headers.authorization, undefined);
    assert.deepEqual(Object.fromEntries(new URLSearchParams(call.body)), {
      refresh_token: first.refresh_token,
      grant_type: "refresh_token",
      client_id: CLIENT_ID,
    });
    const json = JSON.parse(call.responseText);
    assert.equal(json.id_token, undefined);
    assert.equal(refreshed.access_token, json.access_token);
    assert.notEqual(json.access_token, first.access_token);
    assert.match(json.refresh_token, /^foundry_refresh_[A-Za-z0-9_-]{27}$/);
    assert.notEqual(json.refresh_token, first.refresh_token, "the refresh token rotates");
    assert.equal(JSON.parse(fake.localStorage.getItem(STORAGE_KEY)).refresh_token, json.refresh_token);
    assert.equal(await client(), json.access_token);
    assert.equal((await getMe(emu.baseUrl, json.access_token)).body.username, "alice");

    // The rotated-out refresh token now fails with invalid_grant...
    const reuse = await postForm(`${emu.baseUrl}/multipass/api/oauth2/token`, {
      grant_type: "refresh_token",
      refresh_token: first.refresh_token,
      client_id: CLIENT_ID,
    });
    assert.equal(reuse.status, 400, JSON.stringify(reuse.body));
    assert.equal(reuse.body.error, "invalid_grant");
    // ...and, being reuse, revokes the whole family (spec: "Refresh tokens rotate").
    assertUnauthorizedEnvelope(assert, await getMe(emu.baseUrl, json.access_token), "/me after refresh-token reuse");
    const next = await postForm(`${emu.baseUrl}/multipass/api/oauth2/token`, {
      grant_type: "refresh_token",
      refresh_token: json.refresh_token,
      client_id: CLIENT_ID,
    });
    assert.equal(next.status, 400, JSON.stringify(next.body));
    assert.equal(next.body.error, "invalid_grant");
    assert.deepEqual(dialogs, []);
    assert.deepEqual(foreignRequests, []);
  });

  test("inside Chromium: the library redirects, exchanges the code cross-origin, survives a reload, refreshes, signs out", async () => {
    const ctx = await browser.newContext(); // fresh localStorage and sessionStorage
    const page = await newPage(ctx);
    const pageErrors = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    try {
      await page.goto(app.appUrl);
      await page.waitForFunction(() => window.__ready === true);
      // getToken() with no session: the library navigates the window to the authorize URL.
      await page.evaluate(() => void window.__client().catch(() => {})).catch(() => {});
      await page.waitForURL((u) => u.href.startsWith(`${emu.baseUrl}/multipass/api/oauth2/authorize?`), { timeout: 10000 });
      const authorize = new URL(page.url());
      assert.equal(authorize.searchParams.get("code_challenge_method"), "S256");
      assert.match(authorize.searchParams.get("scope"), /^offline_access /);

      await page.click('button[name="username"][data-username="bob"]');
      const landed = await landedOnRedirect(page);
      assert.equal(landed.searchParams.get("state"), authorize.searchParams.get("state"));
      assert.equal(landed.searchParams.get("iss"), null);
      await page.waitForFunction(() => window.__ready === true);

      // On the redirect page the app calls getToken() again: the library exchanges the code with
      // a cross-origin fetch (CORS) and puts the app's URL back with history.replaceState.
      const signedIn = await page.evaluate(async () => ({ token: await window.__client(), href: location.href }));
      assert.match(signedIn.token, /^foundry_[A-Za-z0-9_-]{27}$/);
      assert.equal(signedIn.href, app.appUrl);
      let calls = await page.evaluate(() => window.__calls);
      assert.equal(calls.length, 1);
      assert.equal(calls[0].status, 200, calls[0].responseText);
      assert.equal(new URLSearchParams(calls[0].body).get("grant_type"), "authorization_code");
      assert.equal(calls[0].headers.authorization, undefined);

      // The app calls Foundry from the page with the token (a CORS preflight for Authorization).
      const me = await page.evaluate(async ({ baseUrl, token }) => {
        const r = await fetch(`${baseUrl}/multipass/api/me`, { headers: { Authorization: `Bearer ${token}` } });
        return { status: r.status, body: await r.json() };
      }, { baseUrl: emu.baseUrl, token: signedIn.token });
      assert.equal(me.status, 200);
      assert.equal(me.body.username, "bob");

      // A reload starts a new client, which signs in silently with the stored refresh token.
      await page.reload();
      await page.waitForFunction(() => window.__ready === true);
      const reloaded = await page.evaluate(async () => ({ token: await window.__client(), calls: window.__calls, href: location.href }));
      assert.equal(reloaded.href, app.appUrl);
      assert.equal(reloaded.calls.length, 1);
      assert.equal(reloaded.calls[0].status, 200, reloaded.calls[0].responseText);
      assert.deepEqual(Object.keys(Object.fromEntries(new URLSearchParams(reloaded.calls[0].body))).sort(), ["client_id", "grant_type", "refresh_token"]);
      assert.notEqual(reloaded.token, signedIn.token);
      assert.equal((await getMe(emu.baseUrl, reloaded.token)).body.username, "bob");

      // An explicit refresh rotates again.
      const refreshed = await page.evaluate(async () => (await window.__client.refresh()).access_token);
      assert.notEqual(refreshed, reloaded.token);
      assert.equal((await getMe(emu.baseUrl, refreshed)).body.username, "bob");

      // signOut(): a public client revokes with its client_id and no secret; the revoke answers 200.
      await page.evaluate(async () => window.__client.signOut());
      calls = await page.evaluate(() => window.__calls);
      const revoke = calls.at(-1);
      assert.equal(revoke.url, `${emu.baseUrl}/multipass/api/oauth2/revoke_token`);
      assert.equal(revoke.status, 200, revoke.responseText);
      assert.deepEqual(Object.fromEntries(new URLSearchParams(revoke.body)), { token: refreshed, client_id: CLIENT_ID });
      assertUnauthorizedEnvelope(assert, await getMe(emu.baseUrl, refreshed), "/me after the in-page sign-out");

      assert.deepEqual(pageErrors, []);
      assert.deepEqual(dialogs, []);
      assert.deepEqual(foreignRequests, []);
    } finally {
      await ctx.close();
    }
  });
});

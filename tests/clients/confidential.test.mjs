// Palantir's own confidential client, @osdk/oauth's createConfidentialOauthClient, used unchanged
// against the emulator: client-credentials sign-in, /multipass/api/me, sign-out (RFC 7009
// revocation) and the 401 that follows.
//
// The only thing the test adds is a recording wrapper around fetch (the client's own fetchFn
// parameter), so it can show exactly what the client sent; every request still goes out as is.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  assertUnauthorizedEnvelope,
  getMe,
  recordingFetch,
  requireNodeModules,
  startWithSeed,
} from "./lib/emulator.mjs";

requireNodeModules("@osdk/oauth");
const { createConfidentialOauthClient } = await import("@osdk/oauth");

// A secret with characters that client_secret_basic must form-url-encode before base64
// (RFC 6749 §2.3.1): the emulator has to decode them back.
const ODD_SECRET = "s3cr3t:with+plus & space/100%=é";

const SEED = `
foundry:
  token_lifetime_seconds: 3600
  users:
    - username: ada.lovelace
      display_name: Ada Lovelace
      email: ada@example.com
    - username: svc-report-bot
      display_name: Report Bot
      principal_type: service
      oauth_client_id: report-bot
  oauth_clients:
    - client_id: report-bot
      client_secret: rb-7f3c9a1e5b2d48c6
      name: Report Bot
      grant_types: [client_credentials]
      allowed_scopes: [api:ontologies-read, api:admin-read, offline_access]
    - client_id: nightly-export
      client_secret: ${JSON.stringify(ODD_SECRET)}
      name: Nightly Export
      grant_types: [client_credentials]
`;

const TOKEN_RE = /^foundry_[A-Za-z0-9_-]{27}$/;

async function getTtl(baseUrl, token) {
  const res = await fetch(`${baseUrl}/multipass/api/token/ttl`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, contentType: res.headers.get("content-type") ?? "", text: await res.text() };
}

describe("@osdk/oauth createConfidentialOauthClient against the emulator", { timeout: 30000 }, () => {
  let emu;
  before(async () => {
    emu = await startWithSeed(SEED);
  });
  after(async () => {
    await emu?.dispose();
  });

  test("signs in with client credentials, exactly as the library sends them", async () => {
    const rec = recordingFetch();
    const getToken = createConfidentialOauthClient(
      "report-bot",
      "rb-7f3c9a1e5b2d48c6",
      emu.baseUrl,
      ["api:ontologies-read", "api:admin-read"],
      rec.fetchFn,
    );
    const token = await getToken();
    assert.match(token, TOKEN_RE);

    // What the real client sent: HTTP Basic only, grant_type + scope in the body, no client_id.
    assert.equal(rec.calls.length, 1);
    const [call] = rec.calls;
    assert.equal(call.method, "POST");
    assert.equal(call.url, `${emu.baseUrl}/multipass/api/oauth2/token`);
    assert.equal(call.status, 200);
    assert.equal(call.headers["content-type"], "application/x-www-form-urlencoded;charset=UTF-8");
    assert.equal(call.headers.authorization, `Basic ${btoa("report-bot:rb-7f3c9a1e5b2d48c6")}`);
    const body = new URLSearchParams(call.body);
    assert.deepEqual([...body.keys()].sort(), ["grant_type", "scope"]);
    assert.equal(body.get("grant_type"), "client_credentials");
    assert.equal(body.get("scope"), "api:ontologies-read api:admin-read");

    // The client caches the token until it expires.
    assert.equal(await getToken(), token);
    assert.equal(rec.calls.length, 1);
    assert.equal(getToken.getTokenOrUndefined(), token);

    // The token acts as the service principal the seed ties to this client.
    const me = await getMe(emu.baseUrl, token);
    assert.equal(me.status, 200, JSON.stringify(me.body));
    assert.deepEqual(Object.keys(me.body).sort(), ["displayName", "id", "username"]);
    assert.equal(me.body.username, "svc-report-bot");
    assert.equal(me.body.displayName, "Report Bot");
    assert.match(me.body.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

    // /multipass/api/token/ttl: the remaining lifetime in seconds, as text/plain.
    const ttl = await getTtl(emu.baseUrl, token);
    assert.equal(ttl.status, 200);
    assert.match(ttl.contentType, /^text\/plain/);
    assert.ok(Number(ttl.text) > 3500 && Number(ttl.text) <= 3600, `ttl ${ttl.text}`);

    // signOut() revokes the token at /multipass/api/oauth2/revoke_token, which answers 200.
    await getToken.signOut();
    assert.equal(rec.calls.length, 2);
    const revoke = rec.calls[1];
    assert.equal(revoke.method, "POST");
    assert.equal(revoke.url, `${emu.baseUrl}/multipass/api/oauth2/revoke_token`);
    assert.equal(revoke.status, 200);
    assert.equal(revoke.headers.authorization, `Basic ${btoa("report-bot:rb-7f3c9a1e5b2d48c6")}`);
    assert.deepEqual(Object.fromEntries(new URLSearchParams(revoke.body)), { token });
    assert.equal(getToken.getTokenOrUndefined(), undefined);

    // The revoked token is refused with Foundry's Default:Unauthorized envelope.
    assertUnauthorizedEnvelope(assert, await getMe(emu.baseUrl, token), "/me with a revoked token");
    assert.equal((await getTtl(emu.baseUrl, token)).status, 401);

    // Signing in again after sign-out gets a fresh, working token.
    const again = await getToken();
    assert.match(again, TOKEN_RE);
    assert.notEqual(again, token);
    assert.equal((await getMe(emu.baseUrl, again)).status, 200);
    await getToken.signOut();
    assertUnauthorizedEnvelope(assert, await getMe(emu.baseUrl, again), "/me after the second sign-out");
  });

  test("default scopes, a form-url-encoded secret, and a client without a seeded service user", async () => {
    const rec = recordingFetch();
    // The library's default scope list (api:read-data api:write-data api:use-ontologies-*).
    const getToken = createConfidentialOauthClient("nightly-export", ODD_SECRET, emu.baseUrl, undefined, rec.fetchFn);
    const token = await getToken();
    assert.match(token, TOKEN_RE);
    const sent = rec.calls[0];
    const encoded = `nightly-export:${encodeURIComponent(ODD_SECRET).replace(/%20/g, "+")}`;
    assert.equal(sent.headers.authorization, `Basic ${btoa(encoded)}`);
    assert.equal(
      new URLSearchParams(sent.body).get("scope"),
      "api:read-data api:write-data api:use-ontologies-read api:use-ontologies-write",
    );

    // No user is tied to this client: its service principal is named after the client id.
    const me = await getMe(emu.baseUrl, token);
    assert.equal(me.status, 200, JSON.stringify(me.body));
    assert.deepEqual(Object.keys(me.body).sort(), ["displayName", "id", "username"]);
    assert.equal(me.body.username, "nightly-export");

    await getToken.signOut();
    assertUnauthorizedEnvelope(assert, await getMe(emu.baseUrl, token), "/me with a revoked token");
  });

  test("a wrong secret makes the library throw invalid_client", async () => {
    const rec = recordingFetch();
    const getToken = createConfidentialOauthClient("report-bot", "not-the-secret", emu.baseUrl, ["api:ontologies-read"], rec.fetchFn);
    await assert.rejects(getToken(), /Failed to get token: invalid_client/);
    assert.equal(rec.calls[0].status, 401);
  });

  test("a scope the client may not have makes the library throw invalid_scope", async () => {
    const getToken = createConfidentialOauthClient("report-bot", "rb-7f3c9a1e5b2d48c6", emu.baseUrl, ["api:admin-write"]);
    await assert.rejects(getToken(), /Failed to get token: invalid_scope/);
  });
});

// A seed without oauth_clients is "open mode", as in the existing emulators: any client id and
// secret are accepted, which is how most OSDK developers first point the library at an emulator.
describe("@osdk/oauth createConfidentialOauthClient against an open-mode emulator", { timeout: 30000 }, () => {
  let emu;
  before(async () => {
    emu = await startWithSeed("foundry:\n  users:\n    - username: ada.lovelace\n");
  });
  after(async () => {
    await emu?.dispose();
  });

  test("any client id and secret get a token that acts as that client's service principal", async () => {
    const getToken = createConfidentialOauthClient("my-dev-app", "any-secret", emu.baseUrl);
    const token = await getToken();
    assert.match(token, TOKEN_RE);
    const me = await getMe(emu.baseUrl, token);
    assert.equal(me.status, 200, JSON.stringify(me.body));
    assert.equal(me.body.username, "my-dev-app");
    await getToken.signOut();
    assertUnauthorizedEnvelope(assert, await getMe(emu.baseUrl, token), "/me after sign-out (open mode)");
  });
});

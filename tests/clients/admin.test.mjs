// Palantir's own Admin API client, @osdk/foundry.admin, through @osdk/client's
// createPlatformClient with an @osdk/oauth createConfidentialOauthClient token provider, used
// unchanged against the emulator: paging through Users.list, getCurrent, search, getBatch,
// Groups.create + GroupMembers.add + GroupMemberships.list, and the preregistration chain
// Enrollments.getCurrent → AuthenticationProviders.list → preregisterUser → Users.get.
// The errors must come out of the library as PalantirApiError with Foundry's errorName,
// statusCode and parameters, exactly as the library parses them.
//
// As in confidential.test.mjs, the only addition is a recording wrapper around fetch (the
// client's own fetchFn parameter) so the test can show what the library sent.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { recordingFetch, requireNodeModules, startWithSeed } from "./lib/emulator.mjs";

requireNodeModules("@osdk/oauth", "@osdk/client", "@osdk/foundry.admin");
const { createConfidentialOauthClient } = await import("@osdk/oauth");
const { createPlatformClient, PalantirApiError } = await import("@osdk/client");
const { AuthenticationProviders, Enrollments, GroupMembers, GroupMemberships, Groups, Users } =
  await import("@osdk/foundry.admin");

const DEFAULT_ORG = "ri.organization.main.organization.default";
const PROVIDER_RID = "ri.control-panel.main.saml.3faf689c-eaa1-4137-851f-81d58afe4c86";
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// Seven people (plus the built-in admin and the service principal) so that pageSize 3 takes
// several pages; the directory-sync service principal administers users and groups of the default
// organization, the reporting one only reads.
const PEOPLE = [
  ["ada.lovelace", "Ada", "Lovelace"],
  ["adam.smith", "Adam", "Smith"],
  ["grace.hopper", "Grace", "Hopper"],
  ["alan.turing", "Alan", "Turing"],
  ["edsger.dijkstra", "Edsger", "Dijkstra"],
  ["barbara.liskov", "Barbara", "Liskov"],
  ["ken.thompson", "Ken", "Thompson"],
];
const SEED = `
foundry:
  token_lifetime_seconds: 3600
  users:
    - username: svc-directory-sync
      display_name: Directory Sync
      principal_type: service
      oauth_client_id: directory-sync
    - username: svc-reporting
      principal_type: service
      oauth_client_id: reporting
${PEOPLE.map(
  ([u, g, f]) => `    - username: ${u}\n      given_name: ${g}\n      family_name: ${f}\n      email: ${u}@example.com`,
).join("\n")}
    - username: former.employee
      active: false
  oauth_clients:
    - client_id: directory-sync
      client_secret: ds-5e1f0c2a9b7d4e38
      grant_types: [client_credentials]
    - client_id: reporting
      client_secret: rp-0a9b8c7d6e5f4a3b
      grant_types: [client_credentials]
  authentication_providers:
    - rid: ${PROVIDER_RID}
      name: Company SSO
      realm: company-realm
      supported_hosts: [stack.example.com]
      supported_username_patterns: ['.*@example\\.com']
  role_assignments:
    - {principal: admin, role: enrollment-administrator, resource: enrollment}
    - {principal: svc-directory-sync, role: users-and-groups-administrator, resource: ${DEFAULT_ORG}}
`;

/** A platform client the way an OSDK backend builds one: confidential OAuth client as token provider. */
function platformClient(baseUrl, clientId, secret, scopes) {
  const rec = recordingFetch();
  const auth = createConfidentialOauthClient(clientId, secret, baseUrl, scopes);
  return { client: createPlatformClient(baseUrl, auth, undefined, rec.fetchFn), auth, calls: rec.calls };
}

/** Awaits `promise`, which must reject with a PalantirApiError; returns the error. */
async function apiError(promise) {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof PalantirApiError, `expected a PalantirApiError, got ${e?.constructor?.name}: ${e?.message}`);
    return e;
  }
  assert.fail("the call succeeded but should have failed");
}

function assertApiError(e, { errorName, errorCode, statusCode, parameters }) {
  assert.equal(e.errorName, errorName);
  assert.equal(e.errorCode, errorCode);
  assert.equal(e.statusCode, statusCode);
  assert.deepEqual(e.parameters, parameters);
  assert.match(e.errorInstanceId, UUID_RE);
}

describe("@osdk/foundry.admin through createPlatformClient against the emulator", { timeout: 60000 }, () => {
  let emu;
  let sync; // users-and-groups administrator, api:admin-read + api:admin-write
  let reporting; // api:admin-read only
  before(async () => {
    emu = await startWithSeed(SEED);
    sync = platformClient(emu.baseUrl, "directory-sync", "ds-5e1f0c2a9b7d4e38", ["api:admin-read", "api:admin-write"]);
    reporting = platformClient(emu.baseUrl, "reporting", "rp-0a9b8c7d6e5f4a3b", ["api:admin-read"]);
  });
  after(async () => {
    await sync?.auth.signOut().catch(() => {});
    await reporting?.auth.signOut().catch(() => {});
    await emu?.dispose();
  });

  test("Users.list pages through every active user once; the last page has no token", async () => {
    const seen = [];
    let pageToken;
    let pages = 0;
    do {
      const page = await Users.list(sync.client, { pageSize: 3, pageToken });
      assert.ok(page.data.length <= 3);
      seen.push(...page.data.map((u) => u.username));
      pageToken = page.nextPageToken;
      if (pageToken !== undefined) assert.match(pageToken, /^v1\.[A-Za-z0-9_-]+$/);
      pages += 1;
    } while (pageToken !== undefined && pages < 20);
    // Model order: the built-in admin first; the deleted user is not listed.
    assert.deepEqual(seen, ["admin", "svc-directory-sync", "svc-reporting", ...PEOPLE.map((p) => p[0])]);
    assert.equal(pages, 4);

    // What the library sent: GET with the bearer token of the confidential client, query paging.
    const listCalls = sync.calls.filter((c) => c.url.includes("/api/v2/admin/users?"));
    assert.equal(listCalls.length, 4);
    assert.equal(listCalls[0].method, "GET");
    assert.equal(new URL(listCalls[0].url).searchParams.get("pageSize"), "3");
    assert.match(listCalls[0].headers.authorization, /^Bearer foundry_/);
    assert.equal(listCalls[0].headers["content-type"], "application/json");

    // include=DELETED lists the deleted one only, with status DELETED.
    const deleted = await Users.list(sync.client, { include: "DELETED" });
    assert.deepEqual(deleted.data.map((u) => [u.username, u.status]), [["former.employee", "DELETED"]]);
    assert.equal("nextPageToken" in deleted, false);
  });

  test("Users.list paging is stable while users are added between pages", async () => {
    const first = await Users.list(sync.client, { pageSize: 4 });
    // A user preregistered between two pages lands at the end; nobody repeats or vanishes.
    const addedId = await AuthenticationProviders.preregisterUser(
      sync.client, "ri.enrollment..enrollment.default", PROVIDER_RID,
      { username: "between.pages@example.com", organization: DEFAULT_ORG }, { preview: true });
    const seen = first.data.map((u) => u.id);
    let pageToken = first.nextPageToken;
    while (pageToken !== undefined) {
      const page = await Users.list(sync.client, { pageSize: 4, pageToken });
      seen.push(...page.data.map((u) => u.id));
      pageToken = page.nextPageToken;
    }
    assert.equal(new Set(seen).size, seen.length, "no user repeats");
    assert.equal(seen.length, 1 + 2 + PEOPLE.length + 1);
    assert.equal(seen.at(-1), addedId);
  });

  test("Users.getCurrent answers the service principal behind the token", async () => {
    const me = await Users.getCurrent(sync.client);
    assert.equal(me.username, "svc-directory-sync");
    assert.equal(me.status, "ACTIVE");
    assert.match(me.id, UUID_RE);
    assert.equal("organization" in me, false, "service principals have no organization");
    assert.equal(me.attributes["multipass:realm"][0], me.realm);
    const call = sync.calls.find((c) => c.url.endsWith("/api/v2/admin/users/getCurrent"));
    assert.equal(call.method, "GET");
  });

  test("Users.search: case-insensitive prefix on username, given and family name, paged in the body", async () => {
    const all = [];
    let pageToken;
    do {
      const page = await Users.search(sync.client, { where: { type: "queryString", value: "AD" }, pageSize: 1, pageToken });
      all.push(...page.data.map((u) => u.username));
      pageToken = page.nextPageToken;
    } while (pageToken !== undefined);
    assert.deepEqual(all, ["admin", "ada.lovelace", "adam.smith"]);
    const byFamily = await Users.search(sync.client, { where: { type: "queryString", value: "hop" } });
    assert.deepEqual(byFamily.data.map((u) => u.username), ["grace.hopper"]);
    const ada = (await Users.search(sync.client, { where: { type: "queryString", value: "ada.l" } })).data[0];
    assert.deepEqual(ada, {
      id: ada.id,
      username: "ada.lovelace",
      givenName: "Ada",
      familyName: "Lovelace",
      email: "ada.lovelace@example.com",
      realm: "palantir-internal-realm",
      organization: DEFAULT_ORG,
      status: "ACTIVE",
      attributes: {
        "multipass:realm": ["palantir-internal-realm"],
        "multipass:givenName": ["Ada"],
        "multipass:familyName": ["Lovelace"],
        "multipass:email:primary": ["ada.lovelace@example.com"],
        "multipass:organization-rid": [DEFAULT_ORG],
      },
    });
    const call = sync.calls.findLast((c) => c.url.endsWith("/api/v2/admin/users/search"));
    assert.equal(call.method, "POST");
    assert.deepEqual(JSON.parse(call.body), { where: { type: "queryString", value: "ada.l" } });
  });

  test("Users.getBatch answers known ids by id; unknown ones are absent", async () => {
    const { data } = await Users.list(sync.client, { pageSize: 100 });
    const grace = data.find((u) => u.username === "grace.hopper");
    const ken = data.find((u) => u.username === "ken.thompson");
    const unknown = "00000000-0000-4000-8000-000000000000";
    const batch = await Users.getBatch(sync.client, [{ userId: grace.id }, { userId: ken.id, status: "ACTIVE" }, { userId: unknown }]);
    assert.deepEqual(Object.keys(batch.data).sort(), [grace.id, ken.id].sort());
    assert.deepEqual(batch.data[grace.id], grace);
    const call = sync.calls.findLast((c) => c.url.endsWith("/api/v2/admin/users/getBatch"));
    assert.ok(Array.isArray(JSON.parse(call.body)), "the library sends a bare array");
  });

  test("Groups.create + GroupMembers.add (204) + GroupMemberships.list, direct and transitive", async () => {
    const { data } = await Users.list(sync.client, { pageSize: 100 });
    const ada = data.find((u) => u.username === "ada.lovelace");
    const alan = data.find((u) => u.username === "alan.turing");

    const engineering = await Groups.create(sync.client, {
      name: "Engineering",
      organizations: [DEFAULT_ORG],
      description: "Everyone who builds",
      attributes: { costCenter: ["4711"] },
    });
    assert.match(engineering.id, UUID_RE);
    assert.deepEqual(engineering, {
      id: engineering.id,
      name: "Engineering",
      description: "Everyone who builds",
      realm: "palantir-internal-realm",
      organizations: [DEFAULT_ORG],
      attributes: { costCenter: ["4711"] },
    });
    const compilers = await Groups.create(sync.client, { name: "Compilers", organizations: [DEFAULT_ORG], attributes: {} });
    assert.equal("description" in compilers, false, "absent optional fields are omitted");

    // add answers 204 and the library resolves to undefined (it must not try to parse a body).
    assert.equal(await GroupMembers.add(sync.client, compilers.id, { principalIds: [ada.id] }), undefined);
    assert.equal(await GroupMembers.add(sync.client, engineering.id, { principalIds: [compilers.id, alan.id] }), undefined);
    const addCall = sync.calls.findLast((c) => c.url.endsWith(`/api/v2/admin/groups/${compilers.id}/groupMembers/add`) ||
      c.url.endsWith(`/api/v2/admin/groups/${engineering.id}/groupMembers/add`));
    assert.equal(addCall.status, 204);
    assert.equal(addCall.responseText, "");

    const direct = await GroupMemberships.list(sync.client, ada.id);
    assert.deepEqual(direct, { data: [{ groupId: compilers.id }] });
    const transitive = await GroupMemberships.list(sync.client, ada.id, { transitive: true });
    assert.deepEqual(transitive.data.map((m) => m.groupId).sort(), [compilers.id, engineering.id].sort());

    const members = await GroupMembers.list(sync.client, engineering.id);
    assert.deepEqual(members.data.map((m) => [m.principalType, m.principalId]).sort(),
      [["GROUP", compilers.id], ["USER", alan.id]].sort());

    // A cycle (Engineering inside Compilers, which is inside Engineering) is refused.
    const cycle = await apiError(GroupMembers.add(sync.client, compilers.id, { principalIds: [engineering.id] }));
    assertApiError(cycle, {
      errorName: "GroupMembershipCycle",
      errorCode: "INVALID_ARGUMENT",
      statusCode: 400,
      parameters: { groupId: compilers.id, principalId: engineering.id },
    });
  });

  test("Enrollments.getCurrent → AuthenticationProviders.list → preregisterUser → Users.get", async () => {
    const enrollment = await Enrollments.getCurrent(sync.client, { preview: true });
    assert.equal(enrollment.rid, "ri.enrollment..enrollment.default");
    assert.equal(typeof enrollment.name, "string");
    const enrollmentCall = sync.calls.findLast((c) => c.url.includes("/api/v2/admin/enrollments/getCurrent"));
    assert.equal(new URL(enrollmentCall.url).searchParams.get("preview"), "true");

    const providers = await AuthenticationProviders.list(sync.client, enrollment.rid, { preview: true });
    assert.equal(providers.data.length, 1);
    const [provider] = providers.data;
    assert.equal(provider.rid, PROVIDER_RID);
    assert.equal(provider.name, "Company SSO");
    assert.equal(provider.realm, "company-realm");
    assert.equal(provider.enabled, true);
    assert.deepEqual(provider.supportedHosts, ["stack.example.com"]);
    assert.deepEqual(provider.supportedUsernamePatterns, [".*@example\\.com"]);
    assert.equal(provider.protocol.type, "saml");
    assert.deepEqual(await AuthenticationProviders.get(sync.client, enrollment.rid, provider.rid, { preview: true }), provider);

    const userId = await AuthenticationProviders.preregisterUser(
      sync.client, enrollment.rid, provider.rid,
      { username: "jane.doe@example.com", organization: DEFAULT_ORG, givenName: "Jane", familyName: "Doe", email: "jane.doe@example.com" },
      { preview: true },
    );
    assert.match(userId, UUID_RE, "preregisterUser resolves to the bare id string");
    const preCall = sync.calls.findLast((c) => c.url.includes("/preregisterUser"));
    assert.equal(preCall.method, "POST");
    assert.equal(preCall.responseText, JSON.stringify(userId));

    const jane = await Users.get(sync.client, userId);
    assert.equal(jane.username, "jane.doe@example.com");
    assert.equal(jane.realm, "company-realm");
    assert.equal(jane.organization, DEFAULT_ORG);
    assert.equal(jane.givenName, "Jane");
    assert.equal(jane.status, "ACTIVE");
    // At once in search, and preregistering again is idempotent.
    const found = await Users.search(sync.client, { where: { type: "queryString", value: "jane" } });
    assert.deepEqual(found.data.map((u) => u.id), [userId]);
    assert.equal(await AuthenticationProviders.preregisterUser(sync.client, enrollment.rid, provider.rid,
      { username: "jane.doe@example.com", organization: DEFAULT_ORG }, { preview: true }), userId);
  });

  test("Users.revokeAllTokens and Users.deleteUser answer 204; a deleted user is UserDeleted unless asked for", async () => {
    const { data } = await Users.list(sync.client, { pageSize: 100 });
    const ken = data.find((u) => u.username === "ken.thompson");
    assert.equal(await Users.revokeAllTokens(sync.client, ken.id), undefined);
    assert.equal(await Users.deleteUser(sync.client, ken.id), undefined);
    const deleteCall = sync.calls.findLast((c) => c.method === "DELETE");
    assert.equal(deleteCall.url, `${emu.baseUrl}/api/v2/admin/users/${ken.id}`);
    assert.equal(deleteCall.status, 204);
    assert.equal(deleteCall.responseText, "");

    const e = await apiError(Users.get(sync.client, ken.id));
    assertApiError(e, { errorName: "UserDeleted", errorCode: "INVALID_ARGUMENT", statusCode: 400, parameters: { principalId: ken.id } });
    assert.equal((await Users.get(sync.client, ken.id, { status: "DELETED" })).status, "DELETED");
    const active = await Users.list(sync.client, { pageSize: 100 });
    assert.equal(active.data.some((u) => u.id === ken.id), false);
  });

  test("an unknown user is a PalantirApiError UserNotFound 404 {userId}", async () => {
    const unknown = "00000000-0000-4000-8000-00000000dead";
    const e = await apiError(Users.get(sync.client, unknown));
    assertApiError(e, { errorName: "UserNotFound", errorCode: "NOT_FOUND", statusCode: 404, parameters: { userId: unknown } });
  });

  test("a preview endpoint without preview=true is ApiFeaturePreviewUsageOnly 400", async () => {
    const e = await apiError(Enrollments.getCurrent(sync.client));
    assertApiError(e, { errorName: "ApiFeaturePreviewUsageOnly", errorCode: "INVALID_ARGUMENT", statusCode: 400, parameters: {} });
    const p = await apiError(AuthenticationProviders.list(sync.client, "ri.enrollment..enrollment.default"));
    assert.equal(p.errorName, "ApiFeaturePreviewUsageOnly");
  });

  test("a write with a read-only token is ApiUsageDenied 403 {missingScope}", async () => {
    // The read works ...
    assert.equal((await Users.getCurrent(reporting.client)).username, "svc-reporting");
    // ... the write is refused for the scope before anything else is looked at.
    const e = await apiError(Groups.create(reporting.client, { name: "Shadow IT", organizations: [DEFAULT_ORG], attributes: {} }));
    assertApiError(e, { errorName: "ApiUsageDenied", errorCode: "PERMISSION_DENIED", statusCode: 403, parameters: { missingScope: "api:admin-write" } });
    const { data } = await Groups.list(sync.client);
    assert.equal(data.some((g) => g.name === "Shadow IT"), false);
  });

  test("a write without the role is <Verb><Resource>PermissionDenied 403", async () => {
    const writer = platformClient(emu.baseUrl, "reporting", "rp-0a9b8c7d6e5f4a3b", ["api:admin-read", "api:admin-write"]);
    const e = await apiError(AuthenticationProviders.preregisterUser(writer.client, "ri.enrollment..enrollment.default", PROVIDER_RID,
      { username: "eve@example.com", organization: DEFAULT_ORG }, { preview: true }));
    assertApiError(e, {
      errorName: "PreregisterUserPermissionDenied",
      errorCode: "PERMISSION_DENIED",
      statusCode: 403,
      parameters: { enrollmentRid: "ri.enrollment..enrollment.default", authenticationProviderRid: PROVIDER_RID },
    });
    await writer.auth.signOut();
  });

  test("a batch of 501 is BatchRequestSizeExceededLimit {maximumBatchSize: 500, providedBatchSize: 501}", async () => {
    const elements = Array.from({ length: 501 }, (_, i) => ({ userId: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}` }));
    const e = await apiError(Users.getBatch(sync.client, elements));
    assertApiError(e, {
      errorName: "BatchRequestSizeExceededLimit",
      errorCode: "INVALID_ARGUMENT",
      statusCode: 400,
      parameters: { maximumBatchSize: 500, providedBatchSize: 501 },
    });
    // 500 is still fine.
    assert.deepEqual(await Users.getBatch(sync.client, elements.slice(0, 500)), { data: {} });
  });
});

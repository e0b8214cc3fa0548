// The curl commands of Palantir's API reference ("Get Authentication Provider" and "List
// Authentication Providers", Admin v2), run as printed by the real curl binary through sh against
// the emulator. The only change is the scheme: the emulator serves plain http on 127.0.0.1, so
// "https://$HOSTNAME" becomes "http://$HOSTNAME". $TOKEN and $HOSTNAME come from the environment,
// as the documentation expects. The seed reproduces the documentation's example enrollment and
// provider, so the answer must match the documented response (plus the protocol, which the
// example omits and the emulator always sends).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { startWithSeed } from "./lib/emulator.mjs";

const run = promisify(execFile);

const ENROLLMENT = "ri.control-panel.main.customer.466f812b-f974-4478-9d4f-90402cd3def6";
const PROVIDER = "ri.control-panel.main.saml.3faf689c-eaa1-4137-851f-81d58afe4c86";

const SEED = `
tokens:
  docs-read-token: {login: admin, scopes: [api:admin-read]}
foundry:
  enrollment:
    rid: ${ENROLLMENT}
    name: Example Enrollment
  authentication_providers:
    - rid: ${PROVIDER}
      name: Example SAML Provider
      realm: 1bd3813a-ef8b-4211-bfbd-8b6485d0eb83
      supported_hosts: [example.palantirfoundry.com]
      supported_username_patterns: ['.*@example.com', '.*@palantir.com']
`;

// The documentation's commands, verbatim but for the scheme.
const GET_PROVIDER = `curl \\
	-H "Authorization: Bearer $TOKEN" \\
	"http://$HOSTNAME/api/v2/admin/enrollments/${ENROLLMENT}/authenticationProviders/${PROVIDER}?preview=true"`;
const LIST_PROVIDERS = `curl \\
	-H "Authorization: Bearer $TOKEN" \\
	"http://$HOSTNAME/api/v2/admin/enrollments/${ENROLLMENT}/authenticationProviders?preview=true"`;

// The documented response of "Get Authentication Provider".
const DOCUMENTED = {
  supportedHosts: ["example.palantirfoundry.com"],
  name: "Example SAML Provider",
  realm: "1bd3813a-ef8b-4211-bfbd-8b6485d0eb83",
  rid: PROVIDER,
  enabled: true,
  supportedUsernamePatterns: [".*@example.com", ".*@palantir.com"],
};

async function shell(script, env) {
  const { stdout } = await run("/bin/sh", ["-c", script], { env: { ...process.env, ...env } });
  return stdout;
}

describe("Palantir's documented curl for authentication providers against the emulator", { timeout: 30000 }, () => {
  let emu;
  let env;
  before(async () => {
    emu = await startWithSeed(SEED);
    env = { TOKEN: "docs-read-token", HOSTNAME: new URL(emu.baseUrl).host };
  });
  after(async () => {
    await emu?.dispose();
  });

  test("Get Authentication Provider: the documented command answers the documented provider", async () => {
    const provider = JSON.parse(await shell(GET_PROVIDER, env));
    const { protocol, ...documented } = provider;
    assert.deepEqual(documented, DOCUMENTED);
    assert.equal(protocol.type, "saml");
    assert.deepEqual(Object.keys(protocol.serviceProviderMetadata).sort(),
      ["acsUrls", "certificates", "entityId", "logoutUrls", "metadataUrl"]);
  });

  test("List Authentication Providers: the documented command lists it, on one page", async () => {
    const list = JSON.parse(await shell(LIST_PROVIDERS, env));
    assert.deepEqual(Object.keys(list), ["data"]);
    assert.equal(list.data.length, 1);
    const { protocol, ...documented } = list.data[0];
    assert.deepEqual(documented, DOCUMENTED);
    assert.equal(protocol.type, "saml");
  });

  test("the same command without preview=true, or with another token, gets Foundry's errors", async () => {
    const noPreview = JSON.parse(await shell(GET_PROVIDER.replace("?preview=true", ""), env));
    assert.equal(noPreview.errorName, "ApiFeaturePreviewUsageOnly");
    const unknown = JSON.parse(await shell(GET_PROVIDER, { ...env, TOKEN: "not-a-token" }));
    assert.equal(unknown.errorName, "Default:Unauthorized");
    const otherProvider = JSON.parse(await shell(GET_PROVIDER.replace(PROVIDER, `${PROVIDER}0`), env));
    assert.deepEqual(
      [otherProvider.errorName, otherProvider.parameters],
      ["AuthenticationProviderNotFound", { enrollmentRid: ENROLLMENT, authenticationProviderRid: `${PROVIDER}0` }],
    );
  });
});

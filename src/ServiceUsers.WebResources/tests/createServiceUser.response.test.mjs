// How the custom API's response becomes { systemUserId, created, outcome }.
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { createdUserBody, installFakeXrm, removeXrm } from "./support/fakeXrm.mjs";
import { loadServiceUsersBundle } from "./support/serviceUsersBundle.mjs";

const { ServiceUsers } = loadServiceUsersBundle();

afterEach(removeXrm);

const userId = "6f1a3c2e-0b7d-4a5e-9c11-2d3e4f5a6b7c";

test("returns the created user's id, created = true and outcome Created", async () => {
  installFakeXrm({ body: createdUserBody });

  const result = await ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com" });

  assert.deepEqual(result, { systemUserId: userId, created: true, outcome: "Created" });
});

for (const outcome of ["Converted", "Completed", "Unchanged"]) {
  test(`returns created = false with outcome ${outcome} for a user that already existed`, async () => {
    installFakeXrm({ body: { SystemUserId: "{6F1A3C2E-0B7D-4A5E-9C11-2D3E4F5A6B7C}", Created: false, Outcome: outcome } });

    const result = await ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com" });

    assert.deepEqual(result, { systemUserId: userId, created: false, outcome });
  });
}

test("returns outcome null when the API does not say (a version before Outcome)", async () => {
  installFakeXrm({ body: { SystemUserId: userId, Created: false } });

  const result = await ServiceUsers.createServiceUser({ ApplicationId: "0c3c4a9e-5f2b-4d8e-a7f1-9b2c3d4e5f60" });

  assert.deepEqual(result, { systemUserId: userId, created: false, outcome: null });
});

test("returns outcome null for an Outcome this client does not know, instead of failing a call that succeeded", async () => {
  installFakeXrm({ body: { SystemUserId: userId, Created: false, Outcome: "Merged" } });

  const result = await ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com" });

  assert.deepEqual(result, { systemUserId: userId, created: false, outcome: null });
});

test("rejects a response without SystemUserId and Created instead of returning half a result", async () => {
  installFakeXrm({ body: { SystemUserId: "6f1a3c2e-0b7d-4a5e-9c11-2d3e4f5a6b7c" } });

  await assert.rejects(ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com" }), (error) => {
    assert.ok(error instanceof ServiceUsers.CreateServiceUserError);
    assert.equal(error.parameter, null);
    assert.equal(error.message, "new_CreateServiceUser answered without SystemUserId and Created.");
    return true;
  });
});

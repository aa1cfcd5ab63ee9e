// The web resource's footprint: one namespace global, and where it finds Xrm.
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { createdUserBody, createFakeXrm, removeXrm } from "./support/fakeXrm.mjs";
import { loadServiceUsersBundle } from "./support/serviceUsersBundle.mjs";

const { ServiceUsers, addedGlobals } = loadServiceUsersBundle();

afterEach(removeXrm);

test("defines ServiceUsers and no other global", () => {
  assert.deepEqual(addedGlobals, ["ServiceUsers"]);
});

test("exposes the API, its error type, the code table and the custom API's metadata", () => {
  assert.deepEqual(Object.keys(ServiceUsers).sort(), [
    "CreateServiceUserError",
    "FIELD_NAMED_IN_MESSAGE",
    "createServiceUser",
    "errorCodeFields",
    "getServiceUserQuota",
    "normaliseGuid",
    "operationName",
    "quotaOperationName",
    "quotaResponsePropertyTypes",
    "requestParameterTypes",
    "responsePropertyTypes",
  ]);
  assert.equal(ServiceUsers.operationName, "new_CreateServiceUser");
});

test("uses the host's Xrm through window.parent when the page has none (a dialog)", async () => {
  const parentXrm = createFakeXrm({ body: createdUserBody });
  globalThis.parent = { Xrm: parentXrm.xrm };

  const result = await ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com" });

  assert.equal(parentXrm.requests.length, 1);
  assert.equal(result.created, true);
});

test("prefers the page's own Xrm over the parent's (a form script)", async () => {
  const ownXrm = createFakeXrm({ body: createdUserBody });
  const parentXrm = createFakeXrm({ body: createdUserBody });
  globalThis.Xrm = ownXrm.xrm;
  globalThis.parent = { Xrm: parentXrm.xrm };

  await ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com" });

  assert.equal(ownXrm.requests.length, 1);
  assert.equal(parentXrm.requests.length, 0);
});

test("explains that Xrm is missing when neither the page nor a readable parent has it", async () => {
  Object.defineProperty(globalThis, "parent", {
    configurable: true,
    get() {
      throw new Error("Blocked a frame from accessing a cross-origin frame.");
    },
  });

  await assert.rejects(ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com" }), {
    message: "Xrm.WebApi is not available: open this page from a model-driven app.",
  });
});

test("normaliseGuid accepts braces and upper case and refuses anything else", () => {
  assert.equal(ServiceUsers.normaliseGuid("{6F1A3C2E-0B7D-4A5E-9C11-2D3E4F5A6B7C}"), "6f1a3c2e-0b7d-4a5e-9c11-2d3e4f5a6b7c");
  assert.equal(ServiceUsers.normaliseGuid("6f1a3c2e0b7d4a5e9c112d3e4f5a6b7c"), null);
  assert.equal(ServiceUsers.normaliseGuid("Sales"), null);
});

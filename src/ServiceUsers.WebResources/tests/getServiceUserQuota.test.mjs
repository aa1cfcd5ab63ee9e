// getServiceUserQuota: the function request given to Xrm.WebApi.online.execute and the answer read back.
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { edmTypeOfCustomApiType, readCustomApiDefinition } from "./support/customApiDefinition.mjs";
import { installFakeXrm, removeXrm } from "./support/fakeXrm.mjs";
import { quotaCustomApiDirectory } from "./support/projectPaths.mjs";
import { loadServiceUsersBundle } from "./support/serviceUsersBundle.mjs";

const { ServiceUsers } = loadServiceUsersBundle();

afterEach(removeXrm);

test("calls the global function new_GetServiceUserQuota without parameters", async () => {
  const requests = installFakeXrm({ body: { Used: 3, Limit: 7 } });

  await ServiceUsers.getServiceUserQuota();

  const [request] = requests;
  assert.deepEqual(Object.keys(request), []);
  assert.deepEqual(request.getMetadata(), {
    boundParameter: null,
    operationType: 1,
    operationName: "new_GetServiceUserQuota",
    parameterTypes: {},
  });
});

test("answers the numbers the function returned", async () => {
  installFakeXrm({ body: { "@odata.context": "…", Used: 3, Limit: 7 } });

  assert.deepEqual(await ServiceUsers.getServiceUserQuota(), { used: 3, limit: 7 });
});

test("rejects an answer without the counts", async () => {
  installFakeXrm({ body: { Used: "3" } });

  await assert.rejects(ServiceUsers.getServiceUserQuota(), /answered without the counts Used and Limit/);
});

test("rejects with the platform's message when the call fails", async () => {
  installFakeXrm({ error: { errorCode: -2147220960, message: "Principal user is missing prvCreateUser privilege." } });

  await assert.rejects(ServiceUsers.getServiceUserQuota(), /new_GetServiceUserQuota failed: Principal user is missing prvCreateUser privilege\./);
});

test("matches the solution's definition: a global function whose response properties have the same names and Edm types", () => {
  const definition = readCustomApiDefinition(quotaCustomApiDirectory);

  assert.equal(definition.uniqueName, ServiceUsers.quotaOperationName);
  assert.equal(definition.bindingType, 0);
  assert.equal(definition.isFunction, true);
  assert.deepEqual(definition.requestParameters, []);
  assert.deepEqual(
    Object.fromEntries(definition.responseProperties.map(({ uniqueName, type }) => [uniqueName, edmTypeOfCustomApiType[type]])),
    { ...ServiceUsers.quotaResponsePropertyTypes },
  );
});

// What createServiceUser hands to Xrm.WebApi.online.execute.
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { createdUserBody, installFakeXrm, removeXrm } from "./support/fakeXrm.mjs";
import { loadServiceUsersBundle } from "./support/serviceUsersBundle.mjs";

const { ServiceUsers } = loadServiceUsersBundle();

afterEach(removeXrm);

function ownParameters(request) {
  return Object.fromEntries(Object.entries(request));
}

test("sends the supplied parameters as the request's own properties and nothing else", async () => {
  const requests = installFakeXrm({ body: createdUserBody });

  await ServiceUsers.createServiceUser({
    DomainName: "svc-integration@contoso.com",
    FirstName: "Integration",
    LastName: "Service",
    Roles: "Basic User; Sales Rep",
  });

  assert.equal(requests.length, 1);
  assert.deepEqual(ownParameters(requests[0]), {
    DomainName: "svc-integration@contoso.com",
    FirstName: "Integration",
    LastName: "Service",
    Roles: "Basic User; Sales Rep",
  });
});

test("describes an unbound action with one primitive Edm type per supplied parameter", async () => {
  const requests = installFakeXrm({ body: createdUserBody });

  await ServiceUsers.createServiceUser({
    ApplicationId: "0c3c4a9e-5f2b-4d8e-a7f1-9b2c3d4e5f60",
    BusinessUnitId: "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
    InternalEmailAddress: "integration@contoso.com",
    Teams: "Integration Team",
  });

  assert.deepEqual(requests[0].getMetadata(), {
    boundParameter: null,
    operationType: 0,
    operationName: "new_CreateServiceUser",
    parameterTypes: {
      ApplicationId: { typeName: "Edm.Guid", structuralProperty: 1 },
      BusinessUnitId: { typeName: "Edm.Guid", structuralProperty: 1 },
      InternalEmailAddress: { typeName: "Edm.String", structuralProperty: 1 },
      Teams: { typeName: "Edm.String", structuralProperty: 1 },
    },
  });
});

test("puts getMetadata on the request's prototype, as Xrm.WebApi.online.execute expects", async () => {
  const requests = installFakeXrm({ body: createdUserBody });

  await ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com" });

  const request = requests[0];
  assert.equal(Object.prototype.hasOwnProperty.call(request, "getMetadata"), false);
  assert.equal(typeof Object.getPrototypeOf(request).getMetadata, "function");
});

test("normalises GUIDs: braces stripped, lower case", async () => {
  const requests = installFakeXrm({ body: createdUserBody });

  await ServiceUsers.createServiceUser({
    ApplicationId: "{0C3C4A9E-5F2B-4D8E-A7F1-9B2C3D4E5F60}",
    BusinessUnitId: " 1D2E3F40-5A6B-4C7D-8E9F-0A1B2C3D4E5F ",
  });

  assert.deepEqual(ownParameters(requests[0]), {
    ApplicationId: "0c3c4a9e-5f2b-4d8e-a7f1-9b2c3d4e5f60",
    BusinessUnitId: "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
  });
});

test("leaves out missing, null and blank parameters and trims the rest", async () => {
  const requests = installFakeXrm({ body: createdUserBody });

  await ServiceUsers.createServiceUser({
    DomainName: "  svc@contoso.com ",
    FirstName: null,
    LastName: undefined,
    BusinessUnitId: "   ",
    Teams: "",
  });

  assert.deepEqual(ownParameters(requests[0]), { DomainName: "svc@contoso.com" });
  assert.deepEqual(Object.keys(requests[0].getMetadata().parameterTypes), ["DomainName"]);
});

test("rejects a malformed GUID before calling the API, naming the parameter", async () => {
  const requests = installFakeXrm({ body: createdUserBody });

  await assert.rejects(ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com", BusinessUnitId: "Sales" }), (error) => {
    assert.ok(error instanceof ServiceUsers.CreateServiceUserError);
    assert.equal(error.parameter, "BusinessUnitId");
    assert.equal(error.code, null);
    assert.equal(error.errorCode, null);
    assert.match(error.message, /'Sales' is not one/);
    return true;
  });
  assert.equal(requests.length, 0);
});

test("rejects a misspelt parameter name with a TypeError instead of dropping it", async () => {
  const requests = installFakeXrm({ body: createdUserBody });

  await assert.rejects(ServiceUsers.createServiceUser({ domainName: "svc@contoso.com" }), {
    name: "TypeError",
    message: "'domainName' is not a parameter of new_CreateServiceUser.",
  });
  assert.equal(requests.length, 0);
});

test("rejects a text parameter that is not a string with a TypeError", async () => {
  installFakeXrm({ body: createdUserBody });

  await assert.rejects(ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com", FirstName: ["Integration"] }), {
    name: "TypeError",
    message: "FirstName must be a string.",
  });
});

test("joins Roles and Teams given as arrays with '; ', leaving every entry for the server to judge", async () => {
  const requests = installFakeXrm({ body: createdUserBody });

  await ServiceUsers.createServiceUser({
    DomainName: "svc@contoso.com",
    Roles: ["Basic User", " Sales Rep ", ""],
    Teams: ["Integrations"],
  });

  assert.deepEqual(ownParameters(requests[0]), {
    DomainName: "svc@contoso.com",
    Roles: "Basic User;  Sales Rep ;",
    Teams: "Integrations",
  });
  assert.deepEqual(requests[0].getMetadata().parameterTypes.Roles, { typeName: "Edm.String", structuralProperty: 1 });
});

test("leaves out an empty array like a blank string", async () => {
  const requests = installFakeXrm({ body: createdUserBody });

  await ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com", Teams: [] });

  assert.deepEqual(ownParameters(requests[0]), { DomainName: "svc@contoso.com" });
});

test("rejects a list with an entry that is not a string with a TypeError", async () => {
  const requests = installFakeXrm({ body: createdUserBody });

  await assert.rejects(ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com", Teams: ["Integrations", 7] }), {
    name: "TypeError",
    message: "Teams must be a string or an array of strings.",
  });
  assert.equal(requests.length, 0);
});

for (const convertExistingUser of [true, false]) {
  test(`sends ConvertExistingUser ${convertExistingUser} as an Edm.Boolean`, async () => {
    const requests = installFakeXrm({ body: createdUserBody });

    await ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com", ConvertExistingUser: convertExistingUser });

    assert.deepEqual(ownParameters(requests[0]), { DomainName: "svc@contoso.com", ConvertExistingUser: convertExistingUser });
    assert.deepEqual(requests[0].getMetadata().parameterTypes.ConvertExistingUser, {
      typeName: "Edm.Boolean",
      structuralProperty: 1,
    });
  });
}

test("leaves out ConvertExistingUser when it is null", async () => {
  const requests = installFakeXrm({ body: createdUserBody });

  await ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com", ConvertExistingUser: null });

  assert.deepEqual(ownParameters(requests[0]), { DomainName: "svc@contoso.com" });
});

test("rejects a ConvertExistingUser that is not a boolean with a TypeError instead of guessing", async () => {
  const requests = installFakeXrm({ body: createdUserBody });

  await assert.rejects(ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com", ConvertExistingUser: "true" }), {
    name: "TypeError",
    message: "ConvertExistingUser must be true or false.",
  });
  assert.equal(requests.length, 0);
});

// How an error from the custom API becomes a CreateServiceUserError naming code, field and message.
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { installFakeXrm, removeXrm } from "./support/fakeXrm.mjs";
import { loadServiceUsersBundle } from "./support/serviceUsersBundle.mjs";

const { ServiceUsers } = loadServiceUsersBundle();

afterEach(removeXrm);

// A plug-in's InvalidPluginExecutionException reaches Xrm.WebApi with this errorCode (IsvAborted).
const isvAborted = -2147220891;

async function errorFor(webApiError) {
  installFakeXrm({ error: webApiError });
  try {
    await ServiceUsers.createServiceUser({ DomainName: "svc@contoso.com" });
  } catch (error) {
    return error;
  }
  assert.fail("createServiceUser resolved although the API failed.");
}

test("carries code, field, message without the prefix and the original errorCode", async () => {
  const webApiError = {
    errorCode: isvAborted,
    message:
      "SU2003 Roles: No role named 'Sales Rep' exists in business unit 'Sales'. Use a role name from that business unit, a role id or a role template id.",
    code: isvAborted,
  };

  const error = await errorFor(webApiError);

  assert.ok(error instanceof ServiceUsers.CreateServiceUserError);
  assert.ok(error instanceof Error);
  assert.equal(error.name, "CreateServiceUserError");
  assert.equal(error.code, "SU2003");
  assert.equal(error.parameter, "Roles");
  assert.equal(
    error.message,
    "No role named 'Sales Rep' exists in business unit 'Sales'. Use a role name from that business unit, a role id or a role template id.",
  );
  assert.equal(error.errorCode, isvAborted);
  assert.equal(error.webApiError, webApiError);
});

const messageCases = [
  {
    why: "the parameter is matched without regard to case",
    message: "SU2005 teams : No team named 'Ops' exists.",
    expected: { code: "SU2005", parameter: "Teams", message: "No team named 'Ops' exists." },
  },
  {
    why: "the colon after the parameter may be left out",
    message: "SU2004 Roles Two roles are named 'Support'.",
    expected: { code: "SU2004", parameter: "Roles", message: "Two roles are named 'Support'." },
  },
  {
    why: "the catalogue, not the message, decides the field",
    message: "SU4003 DomainName: The existing user is in business unit 'Sales'.",
    expected: { code: "SU4003", parameter: "BusinessUnitId", message: "The existing user is in business unit 'Sales'." },
  },
  {
    why: "SU1008 shows next to the field its message names",
    message: "SU1008 Teams: Expected a String.",
    expected: { code: "SU1008", parameter: "Teams", message: "Expected a String." },
  },
  {
    why: "SU1008 without a known field stays a form-level error",
    message: "SU1008 Colour: Expected a String.",
    expected: { code: "SU1008", parameter: null, message: "Colour: Expected a String." },
  },
  {
    why: "a code without a field is form-level and keeps its whole sentence",
    message: "SU5002 Unexpected failure while creating the user.",
    expected: { code: "SU5002", parameter: null, message: "Unexpected failure while creating the user." },
  },
  {
    why: "a colon right after the code is dropped with it",
    message: "SU5001: The platform refused to create the user.",
    expected: { code: "SU5001", parameter: null, message: "The platform refused to create the user." },
  },
  {
    why: "a code without a field ignores a parameter in its message",
    message: "SU5001 DomainName: The platform refused to create the user.",
    expected: { code: "SU5001", parameter: null, message: "The platform refused to create the user." },
  },
  {
    why: "a code this client does not know yet uses the parameter in its message",
    message: "SU2999 BusinessUnitId: A newer rule.",
    expected: { code: "SU2999", parameter: "BusinessUnitId", message: "A newer rule." },
  },
  {
    why: "a message that is not from the plug-in is shown unchanged for the whole form",
    message: "Principal user (Id=1f0c…) is missing prvCreateUser privilege.",
    expected: { code: null, parameter: null, message: "Principal user (Id=1f0c…) is missing prvCreateUser privilege." },
  },
];

for (const { why, message, expected } of messageCases) {
  test(`maps "${message}": ${why}`, async () => {
    const error = await errorFor({ errorCode: isvAborted, message });

    assert.deepEqual({ code: error.code, parameter: error.parameter, message: error.message }, expected);
    assert.equal(error.errorCode, isvAborted);
  });
}

test("an error object without a message still gives a readable form-level error", async () => {
  const error = await errorFor({ errorCode: 2147868681 });

  assert.deepEqual(
    { code: error.code, parameter: error.parameter, message: error.message, errorCode: error.errorCode },
    { code: null, parameter: null, message: "The service user could not be created.", errorCode: 2147868681 },
  );
});

// How an error from the custom API becomes a CreateServiceUserError naming code, field and message.
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { installFakeXrm, removeXrm } from "./support/fakeXrm.mjs";
import { loadServiceUsersBundle } from "./support/serviceUsersBundle.mjs";

const { ServiceUsers } = loadServiceUsersBundle();

afterEach(removeXrm);

// A plug-in's InvalidPluginExecutionException reaches Xrm.WebApi as IsvAborted (0x80040265), whatever the
// plug-in's own number: signed as some hosts report it, unsigned as the Xrm.WebApi reference documents it.
const isvAborted = -2147220891;
const isvAbortedUnsigned = 2147746405;
const subErrorCodeAnnotation = "@Microsoft.PowerApps.CDS.ErrorDetails.SubErrorCode";

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
  assert.equal(error.subErrorCode, null);
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

// The body the Web API answers when the request asked for annotations (Prefer: odata.include-annotations="*").
function webApiErrorBody(message, subErrorCode) {
  return {
    error: {
      code: "0x80040265",
      message,
      "@Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus": "0",
      [subErrorCodeAnnotation]: subErrorCode,
    },
  };
}

const teamsMessage = "SU2008 Teams: 'Opportunity Sales Team' is a system-managed access team; Dataverse keeps its members per record.";
const teamsText = "'Opportunity Sales Team' is a system-managed access team; Dataverse keeps its members per record.";
// 0x80A12008 as the platform writes it: signed decimal, in text.
const su2008Signed = String(0x80a12008 - 2 ** 32);

const subErrorCodeCases = [
  {
    where: "in raw, the response body as JSON text, with the signed errorCode",
    webApiError: { errorCode: isvAborted, message: teamsMessage, raw: JSON.stringify(webApiErrorBody(teamsMessage, su2008Signed)) },
    errorCode: isvAborted,
  },
  {
    where: "in raw, with the unsigned errorCode the Xrm.WebApi reference documents",
    webApiError: { errorCode: isvAbortedUnsigned, message: teamsMessage, raw: JSON.stringify(webApiErrorBody(teamsMessage, su2008Signed)) },
    errorCode: isvAbortedUnsigned,
  },
  {
    where: "on the error object itself, as a number",
    webApiError: { errorCode: isvAbortedUnsigned, message: teamsMessage, code: isvAbortedUnsigned, [subErrorCodeAnnotation]: 0x80a12008 - 2 ** 32 },
    errorCode: isvAbortedUnsigned,
  },
  {
    where: "in a Web API JSON error body handed over as it is",
    webApiError: webApiErrorBody(teamsMessage, su2008Signed),
    errorCode: null,
  },
  {
    where: "in a message that is the whole body as JSON text",
    webApiError: { errorCode: isvAborted, message: JSON.stringify(webApiErrorBody(teamsMessage, su2008Signed)) },
    errorCode: isvAborted,
  },
];

for (const { where, webApiError, errorCode } of subErrorCodeCases) {
  test(`an IsvAborted error with the SubErrorCode ${where} maps to code, field and message`, async () => {
    const error = await errorFor(webApiError);

    assert.deepEqual(
      { code: error.code, parameter: error.parameter, message: error.message, subErrorCode: error.subErrorCode, errorCode: error.errorCode },
      { code: "SU2008", parameter: "Teams", message: teamsText, subErrorCode: 0x80a12008, errorCode },
    );
  });
}

test("without the SubErrorCode annotation the message's prefix still maps the error", async () => {
  const message = "SU4005 ApplicationId: Another request created this application user at the same moment. Call again.";
  const error = await errorFor({ errorCode: isvAbortedUnsigned, message, raw: JSON.stringify({ error: { code: "0x80040265", message } }) });

  assert.deepEqual(
    { code: error.code, parameter: error.parameter, message: error.message, subErrorCode: error.subErrorCode },
    {
      code: "SU4005",
      parameter: "ApplicationId",
      message: "Another request created this application user at the same moment. Call again.",
      subErrorCode: null,
    },
  );
});

test("a message that lost its prefix is still mapped by the plug-in's SubErrorCode, and shown whole", async () => {
  const message = "No role named 'Sales Rep' exists in business unit 'Sales'.";
  const error = await errorFor({ errorCode: isvAborted, message, [subErrorCodeAnnotation]: String(0x80a12003 - 2 ** 32) });

  assert.deepEqual(
    { code: error.code, parameter: error.parameter, message: error.message, subErrorCode: error.subErrorCode },
    { code: "SU2003", parameter: "Roles", message, subErrorCode: 0x80a12003 },
  );
});

test("a platform error without an SU prefix is shown as it came, keeping a SubErrorCode that is not the plug-in's", async () => {
  const message = "Principal user (Id=1f0c…) is missing prvAssignRole privilege.";
  const platformSubErrorCode = -2147209463;
  const error = await errorFor({
    errorCode: 2147746336,
    message,
    raw: JSON.stringify({ error: { code: "0x80040220", message, [subErrorCodeAnnotation]: String(platformSubErrorCode) } }),
  });

  assert.deepEqual(
    { code: error.code, parameter: error.parameter, message: error.message, subErrorCode: error.subErrorCode, errorCode: error.errorCode },
    { code: null, parameter: null, message, subErrorCode: platformSubErrorCode >>> 0, errorCode: 2147746336 },
  );
});

test("a SubErrorCode that is no 32-bit number is left out rather than guessed at", async () => {
  const error = await errorFor({ errorCode: isvAborted, message: teamsMessage, [subErrorCodeAnnotation]: "0x80a12008" });

  assert.equal(error.subErrorCode, null);
  assert.equal(error.code, "SU2008");
});

// The code → field catalogue the dialog relies on to put an error next to the right field.
import assert from "node:assert/strict";
import { test } from "node:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot } from "./support/projectPaths.mjs";
import { loadServiceUsersBundle } from "./support/serviceUsersBundle.mjs";

const { ServiceUsers } = loadServiceUsersBundle();

// The plug-in's catalogue, written out independently so a slip in either copy shows up here.
const pluginCatalogue = {
  SU1001: "DomainName",
  SU1002: "DomainName",
  SU1003: "DomainName",
  SU1004: "ApplicationId",
  SU1005: "FirstName",
  SU1006: "LastName",
  SU1007: "InternalEmailAddress",
  SU1008: ServiceUsers.FIELD_NAMED_IN_MESSAGE,
  SU1009: "Roles",
  SU1010: "Teams",
  SU2001: "BusinessUnitId",
  SU2002: "BusinessUnitId",
  SU2003: "Roles",
  SU2004: "Roles",
  SU2005: "Teams",
  SU2006: "Teams",
  SU2007: "Teams",
  SU2008: "Teams",
  SU3001: "BusinessUnitId",
  SU3002: "Roles",
  SU3003: "Teams",
  SU3004: "ConvertExistingUser",
  SU4001: "DomainName",
  SU4002: "DomainName",
  SU4003: "BusinessUnitId",
  SU4004: "DomainName",
  SU4005: ServiceUsers.FIELD_NAMED_IN_MESSAGE,
  SU4006: "DomainName",
  SU5001: null,
  SU5002: null,
};

test("maps every code of the plug-in's catalogue to its field", () => {
  assert.deepEqual({ ...ServiceUsers.errorCodeFields }, pluginCatalogue);
});

test("knows every code the plug-in's enum declares, and no other", () => {
  const enumSource = readFileSync(join(repositoryRoot, "src", "ServiceUsers.Plugins", "Errors", "ServiceUserErrorCode.cs"), "utf8");
  const declared = [...enumSource.matchAll(/^\s*\w+ = (\d{4}),/gm)].map((match) => "SU" + match[1]).sort();

  assert.ok(declared.length >= 30, `only ${declared.length} codes were read from the enum`);
  assert.deepEqual(Object.keys(ServiceUsers.errorCodeFields).sort(), declared);
});

test("names only request parameters of the custom API as fields", () => {
  const parameterNames = Object.keys(ServiceUsers.requestParameterTypes);
  const fieldNames = Object.values(ServiceUsers.errorCodeFields).filter(
    (field) => field !== null && field !== ServiceUsers.FIELD_NAMED_IN_MESSAGE,
  );

  assert.deepEqual(fieldNames.filter((field) => !parameterNames.includes(field)), []);
});

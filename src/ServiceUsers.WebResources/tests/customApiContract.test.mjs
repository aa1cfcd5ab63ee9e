// The client's metadata against the custom API definition in the solution (solution/customapis/…).
// A parameter renamed or retyped on one side only would make every call fail at run time.
import assert from "node:assert/strict";
import { test } from "node:test";
import { edmTypeOfCustomApiType, readCustomApiDefinition } from "./support/customApiDefinition.mjs";
import { customApiDirectory } from "./support/projectPaths.mjs";
import { loadServiceUsersBundle } from "./support/serviceUsersBundle.mjs";

const { ServiceUsers } = loadServiceUsersBundle();
const definition = readCustomApiDefinition(customApiDirectory);

function edmTypes(components) {
  return Object.fromEntries(
    components.map(({ uniqueName, type }) => [uniqueName, edmTypeOfCustomApiType[type] ?? `unsupported custom API type ${type}`]),
  );
}

test("the operation is the solution's global action of the same name", () => {
  assert.equal(definition.uniqueName, ServiceUsers.operationName);
  // getMetadata says boundParameter null (global) and operationType 0 (action).
  assert.equal(definition.bindingType, 0);
  assert.equal(definition.isFunction, false);
});

test("request parameters have the same names and Edm types", () => {
  assert.deepEqual(edmTypes(definition.requestParameters), { ...ServiceUsers.requestParameterTypes });
});

test("every request parameter is optional, since the client sends only what was supplied", () => {
  assert.deepEqual(
    definition.requestParameters.filter((parameter) => !parameter.isOptional).map((parameter) => parameter.uniqueName),
    [],
  );
});

test("response properties have the same names and Edm types", () => {
  assert.deepEqual(edmTypes(definition.responseProperties), { ...ServiceUsers.responsePropertyTypes });
});

test("each component's folder is named after its unique name, as the solution layout requires", () => {
  const misplaced = [...definition.requestParameters, ...definition.responseProperties].filter(
    ({ folderName, uniqueName }) => folderName !== uniqueName,
  );

  assert.deepEqual(misplaced, []);
});

import { CreateServiceUserError } from "./createServiceUserError";
import type { CreateServiceUserRequest } from "./createServiceUserRequest";
import { isRequestParameterName, requestParameterTypes, type RequestParameterName } from "./customApiMetadata";
import { normaliseGuid } from "./guid";
import { isListParameterName, joinListEntries } from "./listParameters";

export type SuppliedParameters = Partial<Record<RequestParameterName, string | boolean>>;

/**
 * Keeps the parameters the caller actually supplied, trimmed, with GUIDs normalised and lists joined.
 * Checks only what the Web API could not even carry (a misspelt name, a value of the wrong kind, a malformed
 * GUID); every business rule is the server's, which answers with a coded message.
 */
export function suppliedParameters(request: CreateServiceUserRequest): SuppliedParameters {
  if (typeof request !== "object" || request === null) {
    throw new TypeError("createServiceUser expects an object of request parameters.");
  }
  const supplied: SuppliedParameters = {};
  for (const [name, value] of Object.entries(request) as Array<[string, unknown]>) {
    if (!isRequestParameterName(name)) {
      // Client script is often plain JS: a misspelt name would otherwise be dropped silently.
      throw new TypeError(`'${name}' is not a parameter of new_CreateServiceUser.`);
    }
    if (value === undefined || value === null) {
      continue;
    }
    if (requestParameterTypes[name] === "Edm.Boolean") {
      supplied[name] = booleanParameter(name, value);
      continue;
    }
    const trimmed = textOf(name, value).trim();
    if (trimmed.length === 0) {
      continue;
    }
    supplied[name] = requestParameterTypes[name] === "Edm.Guid" ? guidParameter(name, trimmed) : trimmed;
  }
  return supplied;
}

// An explicit false is sent as given: the caller chose it, and it is also the API's default.
function booleanParameter(name: RequestParameterName, value: unknown): boolean {
  if (typeof value !== "boolean") {
    throw new TypeError(`${name} must be true or false.`);
  }
  return value;
}

function textOf(name: RequestParameterName, value: unknown): string {
  if (typeof value === "string") {
    return value;
  }
  if (isListParameterName(name)) {
    if (Array.isArray(value) && value.every((entry) => typeof entry === "string")) {
      return joinListEntries(value);
    }
    throw new TypeError(`${name} must be a string or an array of strings.`);
  }
  throw new TypeError(`${name} must be a string.`);
}

function guidParameter(name: RequestParameterName, value: string): string {
  const guid = normaliseGuid(value);
  if (guid === null) {
    throw new CreateServiceUserError(
      `Enter an id in the form 00000000-0000-0000-0000-000000000000; '${value}' is not one.`,
      { code: null, parameter: name, errorCode: null, subErrorCode: null },
    );
  }
  return guid;
}

import type { RequestParameterName } from "./customApiMetadata";

/** Marks a code whose message names the field itself (the parameter after the code). */
export const FIELD_NAMED_IN_MESSAGE = "named-in-message";

export type ErrorCodeField = RequestParameterName | typeof FIELD_NAMED_IN_MESSAGE | null;

/**
 * Which request parameter each error code of the plugin concerns; null means the whole request
 * (the dialog shows those above the form). Kept in step with the plugin's catalogue of codes.
 */
export const errorCodeFields = {
  SU1001: "DomainName", // neither identity given
  SU1002: "DomainName", // both identities given
  SU1003: "DomainName", // not a valid user principal name
  SU1004: "ApplicationId",
  SU1005: "FirstName", // missing or malformed, or given for an application user
  SU1006: "LastName", // same rules as FirstName
  SU1007: "InternalEmailAddress",
  SU1008: FIELD_NAMED_IN_MESSAGE, // a parameter of the wrong type
  SU1009: "Roles", // malformed list
  SU1010: "Teams", // malformed list
  SU2001: "BusinessUnitId", // not found
  SU2002: "BusinessUnitId", // disabled
  SU2003: "Roles", // not found
  SU2004: "Roles", // ambiguous
  SU2005: "Teams", // not found
  SU2006: "Teams", // ambiguous
  SU2007: "Teams", // default or Entra ID group team
  SU2008: "Teams", // system-managed access team (membership kept per record)
  SU3001: "BusinessUnitId", // caller may not create users there
  SU3002: "Roles", // role assignment denied
  SU3003: "Teams", // membership denied
  SU3004: "ConvertExistingUser", // the platform refused the conversion: only a System Administrator may convert
  SU4001: "DomainName", // existing user is interactive
  SU4002: "DomainName", // limit of non-interactive users reached
  SU4003: "BusinessUnitId", // existing user is in another business unit
  SU4004: "DomainName", // existing user is disabled
  SU4006: "DomainName", // the caller's own account cannot be converted
  SU4005: FIELD_NAMED_IN_MESSAGE, // another request created the same identity at the same moment: call again
  SU5001: null, // the platform refused
  SU5002: null, // unexpected
} as const satisfies Record<string, ErrorCodeField>;

export type ServiceUserErrorCode = keyof typeof errorCodeFields;

export function isServiceUserErrorCode(code: string): code is ServiceUserErrorCode {
  return Object.prototype.hasOwnProperty.call(errorCodeFields, code);
}

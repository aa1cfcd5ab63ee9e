import type { RequestParameterName, requestParameterTypes } from "./customApiMetadata";
import type { ListParameterName } from "./listParameters";
import type { ServiceUserOutcome } from "./serviceUserOutcome";

type ParameterOfType<EdmType> = {
  [Name in RequestParameterName]: (typeof requestParameterTypes)[Name] extends EdmType ? Name : never;
}[RequestParameterName];

type BooleanParameterName = ParameterOfType<"Edm.Boolean">;
type TextParameterName = Exclude<RequestParameterName, ListParameterName | BooleanParameterName>;

/**
 * Input of createServiceUser, named exactly like the custom API's request parameters.
 * Every parameter is optional at the API level; the server decides which combinations are valid
 * (for example exactly one of DomainName and ApplicationId).
 * A missing, null or blank value is not sent at all.
 */
export type CreateServiceUserRequest = {
  [Name in TextParameterName]?: string | null;
} & {
  /** One String for the API: an array is joined with "; ". */
  [Name in ListParameterName]?: string | readonly string[] | null;
} & {
  /** ConvertExistingUser: switch an existing interactive user with this DomainName to non-interactive (System Administrators only). */
  [Name in BooleanParameterName]?: boolean | null;
};

/** What the custom API returned, in client-script naming. */
export interface CreateServiceUserResult {
  /** The user's id, lower case without braces. */
  systemUserId: string;
  /** false when the API returned an existing user (service user or converted) instead of creating one. */
  created: boolean;
  /** What the call did; null when the API did not say (a version before Outcome) or said something this client does not know. */
  outcome: ServiceUserOutcome | null;
}

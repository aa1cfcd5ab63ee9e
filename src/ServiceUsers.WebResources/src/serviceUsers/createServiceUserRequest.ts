import type { RequestParameterName } from "./customApiMetadata";

/**
 * Input of createServiceUser, named exactly like the custom API's request parameters.
 * Every parameter is optional at the API level; the server decides which combinations are valid
 * (for example exactly one of DomainName and ApplicationId).
 * A missing, null or blank value is not sent at all.
 */
export type CreateServiceUserRequest = {
  [Name in RequestParameterName]?: string | null;
};

/** What the custom API returned, in client-script naming. */
export interface CreateServiceUserResult {
  /** The user's id, lower case without braces. */
  systemUserId: string;
  /** false when the API returned an existing service user instead of creating one. */
  created: boolean;
}

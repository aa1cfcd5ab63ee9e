/**
 * What a successful call did, as the API's Outcome property says it. Created stays true only for
 * "Created", so a converted user answers Created = false and Outcome = "Converted".
 */
export const serviceUserOutcomes = [
  "Created", // a new service user
  "Converted", // an existing interactive user became non-interactive (ConvertExistingUser)
  "Completed", // an existing service user got a role or team it lacked
  "Unchanged", // an existing service user already had everything asked for
] as const;

export type ServiceUserOutcome = (typeof serviceUserOutcomes)[number];

export function isServiceUserOutcome(value: unknown): value is ServiceUserOutcome {
  return typeof value === "string" && (serviceUserOutcomes as readonly string[]).includes(value);
}

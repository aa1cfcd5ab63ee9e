import type { RequestParameterName } from "./customApiMetadata";

/** The parameters that carry a list of names or ids in one String, as the custom API defines them. */
export const listParameterNames = ["Roles", "Teams"] as const satisfies readonly RequestParameterName[];

export type ListParameterName = (typeof listParameterNames)[number];

// The API accepts ";" or "," between entries; "; " is the form its own examples and error messages use.
const listSeparator = "; ";

export function isListParameterName(name: RequestParameterName): name is ListParameterName {
  return (listParameterNames as readonly RequestParameterName[]).includes(name);
}

/**
 * Joins the entries the way the API reads them. Entries are not trimmed or filtered here: an empty or
 * duplicated entry is the server's to refuse (SU1009, SU1010), with the message every other caller gets.
 */
export function joinListEntries(entries: readonly string[]): string {
  return entries.join(listSeparator);
}

import { isRequestParameterName, requestParameterNames, type RequestParameterName } from "./customApiMetadata";

export interface ServiceUserErrorMessage {
  code: string;
  /** The parameter named after the code, when it is one of the API's parameters. */
  parameter: RequestParameterName | null;
  /** The message without the code and parameter prefix. */
  text: string;
}

// The plugin writes "SU2003 Roles: No role named…"; the parameter part may be absent ("SU5002: …",
// "SU5002 …") and its colon may be left out ("SU2003 Roles No role…").
const codePattern = /^(SU\d{4})\b[\s:]*/;
const parameterWithColonPattern = /^(\w+)\s*:\s*/;
const parameterWithoutColonPattern = /^(\w+)\s+/;

/** Splits a plugin error message into code, parameter and text; null when it does not start with a code. */
export function parseServiceUserErrorMessage(message: string): ServiceUserErrorMessage | null {
  const trimmed = message.trim();
  const codeMatch = codePattern.exec(trimmed);
  if (codeMatch === null) {
    return null;
  }
  const afterCode = trimmed.slice(codeMatch[0].length);
  const { parameter, text } = splitParameter(afterCode);
  return { code: codeMatch[1] as string, parameter, text: text.length > 0 ? text : trimmed };
}

// Only a real parameter name is taken off the front: "SU5002 Error: …" or "SU5002 Unexpected failure"
// keep their first word, because it belongs to the sentence.
function splitParameter(afterCode: string): { parameter: RequestParameterName | null; text: string } {
  const withColon = parameterWithColonPattern.exec(afterCode);
  if (withColon !== null) {
    const parameter = parameterNamedIgnoringCase(withColon[1] as string);
    if (parameter !== null) {
      return { parameter, text: afterCode.slice(withColon[0].length) };
    }
  }
  const withoutColon = parameterWithoutColonPattern.exec(afterCode);
  if (withoutColon !== null && isRequestParameterName(withoutColon[1] as string)) {
    return { parameter: withoutColon[1] as RequestParameterName, text: afterCode.slice(withoutColon[0].length) };
  }
  return { parameter: null, text: afterCode };
}

function parameterNamedIgnoringCase(word: string): RequestParameterName | null {
  const lowerCase = word.toLowerCase();
  return requestParameterNames.find((name) => name.toLowerCase() === lowerCase) ?? null;
}

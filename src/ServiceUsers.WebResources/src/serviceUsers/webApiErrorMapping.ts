import { CreateServiceUserError } from "./createServiceUserError";
import type { RequestParameterName } from "./customApiMetadata";
import { errorCodeFields, FIELD_NAMED_IN_MESSAGE, isServiceUserErrorCode } from "./errorCodeFields";
import { codeOfErrorNumber } from "./serviceUserErrorNumber";
import { parseServiceUserErrorMessage } from "./serviceUserErrorMessage";
import { readSubErrorCode } from "./subErrorCode";
import { parseJsonObject, webApiErrorRecords, type WebApiErrorRecord } from "./webApiErrorRecords";

const fallbackMessage = "The service user could not be created.";

/**
 * Turns whatever Xrm.WebApi rejected with into a CreateServiceUserError that names the field to show the
 * message next to. The message's "SUnnnn" prefix decides, because every channel (Web API, SDK, Power Automate)
 * carries the message; errorCode never does, since the platform reports every plug-in failure as IsvAborted.
 */
export function toCreateServiceUserError(webApiError: unknown): CreateServiceUserError {
  const records = webApiErrorRecords(webApiError);
  const errorCode = readErrorCode(webApiError);
  const subErrorCode = readSubErrorCode(records);
  const message = readMessage(webApiError, records);
  const sources = { errorCode, subErrorCode, webApiError };

  const parsed = parseServiceUserErrorMessage(message);
  if (parsed !== null) {
    return new CreateServiceUserError(parsed.text, {
      ...sources,
      code: parsed.code,
      parameter: fieldOf(parsed.code, parsed.parameter),
    });
  }
  // A message without the prefix (reworded on the way) is still ours when the plug-in's number came along.
  const codeOfNumber = subErrorCode === null ? null : codeOfErrorNumber(subErrorCode);
  // Not from our plugin (privileges, network, platform) and no number: shown as it came, for the whole form.
  return new CreateServiceUserError(message, {
    ...sources,
    code: codeOfNumber,
    parameter: codeOfNumber === null ? null : fieldOf(codeOfNumber, null),
  });
}

// The catalogue decides; the parameter written in the message only counts where the catalogue
// says so, or for a code this client does not know yet.
function fieldOf(code: string, parameterInMessage: RequestParameterName | null): RequestParameterName | null {
  if (!isServiceUserErrorCode(code)) {
    return parameterInMessage;
  }
  const field = errorCodeFields[code];
  return field === FIELD_NAMED_IN_MESSAGE ? parameterInMessage : field;
}

function readErrorCode(webApiError: unknown): number | null {
  const errorCode = typeof webApiError === "object" && webApiError !== null ? (webApiError as WebApiErrorRecord).errorCode : undefined;
  return typeof errorCode === "number" ? errorCode : null;
}

// The nearest readable sentence: a message that is itself a JSON body is looked into, never shown.
function readMessage(webApiError: unknown, records: readonly WebApiErrorRecord[]): string {
  if (typeof webApiError === "string" && isSentence(webApiError)) {
    return webApiError.trim();
  }
  for (const { message } of records) {
    if (typeof message === "string" && isSentence(message)) {
      return message.trim();
    }
  }
  return fallbackMessage;
}

function isSentence(text: string): boolean {
  return text.trim().length > 0 && parseJsonObject(text) === null;
}

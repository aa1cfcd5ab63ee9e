import { CreateServiceUserError } from "./createServiceUserError";
import type { RequestParameterName } from "./customApiMetadata";
import { errorCodeFields, FIELD_NAMED_IN_MESSAGE, isServiceUserErrorCode } from "./errorCodeFields";
import { parseServiceUserErrorMessage } from "./serviceUserErrorMessage";

const fallbackMessage = "The service user could not be created.";

/**
 * Turns whatever Xrm.WebApi rejected with ({ errorCode, message, code?, raw? } in practice)
 * into a CreateServiceUserError that names the field to show the message next to.
 */
export function toCreateServiceUserError(webApiError: unknown): CreateServiceUserError {
  const errorCode = readErrorCode(webApiError);
  const message = readMessage(webApiError);
  const parsed = parseServiceUserErrorMessage(message);
  if (parsed === null) {
    // Not from our plugin (privileges, network, platform): show it as it came, for the whole form.
    return new CreateServiceUserError(message, { code: null, parameter: null, errorCode, webApiError });
  }
  return new CreateServiceUserError(parsed.text, {
    code: parsed.code,
    parameter: fieldOf(parsed.code, parsed.parameter),
    errorCode,
    webApiError,
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
  const errorCode = propertyOf(webApiError, "errorCode");
  return typeof errorCode === "number" ? errorCode : null;
}

function readMessage(webApiError: unknown): string {
  if (typeof webApiError === "string" && webApiError.trim().length > 0) {
    return webApiError.trim();
  }
  const message = propertyOf(webApiError, "message");
  return typeof message === "string" && message.trim().length > 0 ? message.trim() : fallbackMessage;
}

function propertyOf(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

import type { RequestParameterName } from "./customApiMetadata";

export interface CreateServiceUserErrorDetails {
  /** The plugin's stable code ("SU2003"), or null when the failure carries none. */
  code: string | null;
  /** The request parameter the error concerns, or null when it concerns the whole request. */
  parameter: RequestParameterName | null;
  /**
   * Xrm.WebApi's errorCode, or null when the request never left the browser. For every plug-in failure it is
   * the platform's IsvAborted (0x80040265), never the plug-in's own number: use code or subErrorCode.
   */
  errorCode: number | null;
  /**
   * The plug-in's own number (0x80A1nnnn for this API) from the SubErrorCode annotation, as an unsigned 32-bit
   * value so it compares equal to a hex literal; null when the response did not carry the annotation.
   */
  subErrorCode: number | null;
  /** The error as Xrm.WebApi reported it, for logging. */
  webApiError?: unknown;
}

/**
 * The one error type createServiceUser rejects with, so callers can show `message` next to
 * `parameter` without parsing anything themselves.
 */
export class CreateServiceUserError extends Error {
  readonly code: string | null;
  readonly parameter: RequestParameterName | null;
  readonly errorCode: number | null;
  readonly subErrorCode: number | null;
  readonly webApiError: unknown;

  constructor(message: string, details: CreateServiceUserErrorDetails) {
    super(message);
    this.name = "CreateServiceUserError";
    this.code = details.code;
    this.parameter = details.parameter;
    this.errorCode = details.errorCode;
    this.subErrorCode = details.subErrorCode;
    this.webApiError = details.webApiError;
  }
}

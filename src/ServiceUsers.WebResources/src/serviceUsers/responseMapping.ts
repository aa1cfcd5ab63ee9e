import { CreateServiceUserError } from "./createServiceUserError";
import type { CreateServiceUserResult } from "./createServiceUserRequest";
import { normaliseGuid } from "./guid";
import { isServiceUserOutcome } from "./serviceUserOutcome";

interface JsonResponse {
  json(): Promise<unknown>;
}

/** Reads { SystemUserId, Created, Outcome } from the custom API's response body. */
export async function readCreateServiceUserResponse(response: JsonResponse): Promise<CreateServiceUserResult> {
  const body = (await response.json()) as { SystemUserId?: unknown; Created?: unknown; Outcome?: unknown } | null;
  const systemUserId = typeof body?.SystemUserId === "string" ? normaliseGuid(body.SystemUserId) : null;
  const created = body?.Created;
  if (systemUserId === null || typeof created !== "boolean") {
    throw new CreateServiceUserError("new_CreateServiceUser answered without SystemUserId and Created.", {
      code: null,
      parameter: null,
      errorCode: null,
      subErrorCode: null,
      webApiError: body,
    });
  }
  // The user exists by now, so a missing or unknown Outcome (an older or newer API) must not turn success into failure.
  const outcome = isServiceUserOutcome(body?.Outcome) ? body.Outcome : null;
  return { systemUserId, created, outcome };
}

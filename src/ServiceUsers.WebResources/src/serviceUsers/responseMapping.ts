import { CreateServiceUserError } from "./createServiceUserError";
import type { CreateServiceUserResult } from "./createServiceUserRequest";
import { normaliseGuid } from "./guid";

interface JsonResponse {
  json(): Promise<unknown>;
}

/** Reads { SystemUserId, Created } from the custom API's response body. */
export async function readCreateServiceUserResponse(response: JsonResponse): Promise<CreateServiceUserResult> {
  const body = (await response.json()) as { SystemUserId?: unknown; Created?: unknown } | null;
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
  return { systemUserId, created };
}

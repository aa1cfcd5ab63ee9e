import { CreateServiceUserExecuteRequest } from "./createServiceUserExecuteRequest";
import type { CreateServiceUserRequest, CreateServiceUserResult } from "./createServiceUserRequest";
import { findXrm } from "./findXrm";
import { readCreateServiceUserResponse } from "./responseMapping";
import { suppliedParameters } from "./suppliedParameters";
import { toCreateServiceUserError } from "./webApiErrorMapping";

/**
 * Calls the new_CreateServiceUser custom API. Rejects with a CreateServiceUserError for anything
 * the user can act on (it names the field), and with a TypeError for a programming mistake.
 */
export async function createServiceUser(request: CreateServiceUserRequest): Promise<CreateServiceUserResult> {
  const executeRequest = new CreateServiceUserExecuteRequest(suppliedParameters(request));
  const xrm = findXrm();
  let response: Xrm.ExecuteResponse;
  try {
    response = await xrm.WebApi.online.execute(executeRequest);
  } catch (webApiError) {
    throw toCreateServiceUserError(webApiError);
  }
  return readCreateServiceUserResponse(response);
}

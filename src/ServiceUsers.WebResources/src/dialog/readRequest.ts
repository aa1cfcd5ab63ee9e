import type { CreateServiceUserRequest } from "../ServiceUsers";
import type { DialogElements } from "./dialogElements";
import { selectedIdentityParameter } from "./identityChoice";

/**
 * The request as the admin filled it in. Blank fields are left for createServiceUser to drop,
 * so an empty business unit means the API's default (the root business unit).
 */
export function readRequest(elements: DialogElements): CreateServiceUserRequest {
  const identity = selectedIdentityParameter(elements);
  const request: Record<string, string | boolean> = { [identity]: elements.identityInput.value };
  for (const input of elements.parameterInputs) {
    request[input.dataset.parameter as string] = input.value;
  }
  // Sent only when asked for: false is the API's default, and leaving it out keeps ordinary requests
  // working against an installed API version that does not know the parameter yet.
  if (identity === "DomainName" && elements.convertExistingUserInput.checked) {
    request.ConvertExistingUser = true;
  }
  return request as CreateServiceUserRequest;
}

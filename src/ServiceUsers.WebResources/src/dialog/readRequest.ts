import type { CreateServiceUserRequest } from "../ServiceUsers";
import type { DialogElements } from "./dialogElements";
import { selectedIdentityParameter } from "./identityChoice";

/**
 * The request as the admin filled it in. Blank fields are left for createServiceUser to drop,
 * so an empty business unit means the API's default (the root business unit).
 */
export function readRequest(elements: DialogElements): CreateServiceUserRequest {
  const request: Record<string, string> = {
    [selectedIdentityParameter(elements)]: elements.identityInput.value,
  };
  for (const input of elements.parameterInputs) {
    request[input.dataset.parameter as string] = input.value;
  }
  return request as CreateServiceUserRequest;
}

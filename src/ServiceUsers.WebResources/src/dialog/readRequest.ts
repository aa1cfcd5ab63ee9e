import type { CreateServiceUserRequest } from "../ServiceUsers";
import { checkedItems } from "./checklist";
import type { DialogElements } from "./dialogElements";
import { selectedIdentityParameter } from "./identityChoice";

/**
 * The request as the admin filled it in. Blank fields are left for createServiceUser to drop. Roles and teams go
 * by id, which the API resolves without the ambiguity a name can have; no role or team ticked sends neither.
 */
export function readRequest(elements: DialogElements): CreateServiceUserRequest {
  const identity = selectedIdentityParameter(elements);
  const request: Record<string, string | boolean | string[]> = { [identity]: elements.identityInput.value };
  for (const input of elements.textInputs) {
    request[input.dataset.parameter as string] = input.value;
  }
  request.BusinessUnitId = elements.businessUnit.select.value;
  request.Roles = checkedItems(elements.roles).map((role) => role.id);
  request.Teams = checkedItems(elements.teams).map((team) => team.id);
  // Sent only when asked for: false is the API's default, and leaving it out keeps ordinary requests
  // working against an installed API version that does not know the parameter yet.
  if (identity === "DomainName" && elements.convertExistingUserInput.checked) {
    request.ConvertExistingUser = true;
  }
  return request as CreateServiceUserRequest;
}

import type { CreateServiceUserResult } from "../ServiceUsers";
import type { DialogElements } from "./dialogElements";

/** Shows which user the API returned, with a link to its record, and moves focus to the result. */
export function showResult(elements: DialogElements, result: CreateServiceUserResult, recordUrl: string): void {
  elements.resultHeading.textContent = result.created ? "Service user created" : "Service user already exists";
  elements.resultText.textContent = result.created
    ? "The service user was created."
    : "A service user with this identity already existed, so no new user was created.";
  elements.resultLink.href = recordUrl;
  elements.resultLink.textContent = `Open the user record (${result.systemUserId})`;
  elements.result.hidden = false;
  elements.result.focus();
}

export function hideResult(elements: DialogElements): void {
  elements.result.hidden = true;
}

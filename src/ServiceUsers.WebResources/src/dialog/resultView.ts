import type { CreateServiceUserResult } from "../ServiceUsers";
import type { DialogElements } from "./dialogElements";
import { outcomeTexts } from "./outcomeTexts";

/** Shows what the API did and which user it returned, with a link to its record, and moves focus to the result. */
export function showResult(elements: DialogElements, result: CreateServiceUserResult, recordUrl: string): void {
  const { heading, text } = outcomeTexts(result);
  elements.resultHeading.textContent = heading;
  elements.resultText.textContent = text;
  elements.resultLink.href = recordUrl;
  elements.resultLink.textContent = `Open the user record (${result.systemUserId})`;
  elements.result.hidden = false;
  elements.result.focus();
}

export function hideResult(elements: DialogElements): void {
  elements.result.hidden = true;
}

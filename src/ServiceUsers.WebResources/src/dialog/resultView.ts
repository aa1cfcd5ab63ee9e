import type { CreateServiceUserResult } from "../ServiceUsers";
import type { PickerItem } from "./directory/pickerItem";
import type { DialogElements } from "./dialogElements";
import { outcomeTexts } from "./outcomeTexts";

/** What the admin asked for, echoed in the result panel next to what the API did. */
export interface AskedFor {
  roles: readonly PickerItem[];
  teams: readonly PickerItem[];
}

export interface ResultLinks {
  userRecord: string;
  requestTrail: string;
}

/** Shows what the API did, what was asked for and where to look next, and moves focus to the result. */
export function showResult(elements: DialogElements, result: CreateServiceUserResult, askedFor: AskedFor, links: ResultLinks): void {
  const { heading, text } = outcomeTexts(result);
  elements.resultHeading.textContent = heading;
  elements.resultText.textContent = text;
  elements.resultRoles.textContent = namesOf(askedFor.roles);
  elements.resultTeams.textContent = namesOf(askedFor.teams);
  elements.resultLink.href = links.userRecord;
  elements.resultLink.textContent = `Open the user record (${result.systemUserId})`;
  elements.resultTrailLink.href = links.requestTrail;
  elements.result.hidden = false;
  elements.result.focus();
}

export function hideResult(elements: DialogElements): void {
  elements.result.hidden = true;
}

function namesOf(items: readonly PickerItem[]): string {
  return items.length === 0 ? "None" : items.map((item) => item.name).join(", ");
}

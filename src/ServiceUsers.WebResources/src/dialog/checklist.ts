import type { PickerItem } from "./directory/pickerItem";

/**
 * A multi-select as a fieldset of checkboxes with a filter box: every option is a labelled native checkbox, so it
 * is reached with Tab, ticked with Space and announced with its group's legend, with no ARIA widget to get wrong.
 */
export interface ChecklistElements {
  fieldset: HTMLFieldSetElement;
  filter: HTMLInputElement;
  list: HTMLUListElement;
  /** Says why the list shows nothing: loading, none there, none matching, or the load failed. */
  message: HTMLElement;
}

export interface ChecklistTexts {
  /** "roles", "teams": used in the messages. */
  plural: string;
  none: string;
}

/** Shows the items, none ticked, and applies the current filter. */
export function setChecklistItems(checklist: ChecklistElements, items: readonly PickerItem[], texts: ChecklistTexts): void {
  checklist.list.replaceChildren(
    ...items.map((item, index) => {
      const checkbox = checklist.list.ownerDocument.createElement("input");
      checkbox.type = "checkbox";
      checkbox.id = `${checklist.list.id}-${index}`;
      checkbox.value = item.id;
      const label = checklist.list.ownerDocument.createElement("label");
      label.htmlFor = checkbox.id;
      label.textContent = item.name;
      const entry = checklist.list.ownerDocument.createElement("li");
      entry.append(checkbox, label);
      return entry;
    }),
  );
  checklist.fieldset.removeAttribute("aria-busy");
  filterChecklist(checklist, texts);
}

export function showChecklistLoading(checklist: ChecklistElements, texts: ChecklistTexts): void {
  checklist.list.replaceChildren();
  checklist.fieldset.setAttribute("aria-busy", "true");
  showMessage(checklist, `Loading ${texts.plural}…`);
}

export function showChecklistFailure(checklist: ChecklistElements, texts: ChecklistTexts, reason: string): void {
  checklist.list.replaceChildren();
  checklist.fieldset.removeAttribute("aria-busy");
  showMessage(checklist, `The ${texts.plural} could not be loaded: ${reason}`);
}

/** Hides the entries whose name does not contain the filter text; ticked entries always stay in sight. */
export function filterChecklist(checklist: ChecklistElements, texts: ChecklistTexts): void {
  const wanted = checklist.filter.value.trim().toLocaleLowerCase();
  const entries = Array.from(checklist.list.children) as HTMLLIElement[];
  let shown = 0;
  for (const entry of entries) {
    const checkbox = entry.querySelector("input");
    const matches = (entry.textContent ?? "").toLocaleLowerCase().includes(wanted) || checkbox?.checked === true;
    entry.hidden = !matches;
    shown += matches ? 1 : 0;
  }
  if (entries.length === 0) {
    showMessage(checklist, texts.none);
  } else if (shown === 0) {
    showMessage(checklist, `No ${texts.plural} match '${checklist.filter.value.trim()}'.`);
  } else {
    showMessage(checklist, "");
  }
}

export function checkedItems(checklist: ChecklistElements): PickerItem[] {
  return Array.from(checklist.list.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked"), (checkbox) => ({
    id: checkbox.value,
    name: checkbox.labels?.[0]?.textContent ?? checkbox.value,
  }));
}

function showMessage(checklist: ChecklistElements, text: string): void {
  checklist.message.textContent = text;
  checklist.message.hidden = text.length === 0;
}

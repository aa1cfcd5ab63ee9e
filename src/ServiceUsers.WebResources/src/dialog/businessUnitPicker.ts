import type { BusinessUnitItem } from "./directory/businessUnits";

export interface BusinessUnitPickerElements {
  select: HTMLSelectElement;
  filter: HTMLInputElement;
}

/** Fills the select with the units and selects the given one. */
export function setBusinessUnits(picker: BusinessUnitPickerElements, units: readonly BusinessUnitItem[], selected: BusinessUnitItem | null): void {
  picker.select.replaceChildren(
    ...units.map((unit) => {
      const option = picker.select.ownerDocument.createElement("option");
      option.value = unit.id;
      option.textContent = unit.name;
      option.selected = unit.id === selected?.id;
      return option;
    }),
  );
  filterBusinessUnits(picker);
}

export function showBusinessUnitsFailure(picker: BusinessUnitPickerElements, reason: string): void {
  const option = picker.select.ownerDocument.createElement("option");
  option.value = "";
  option.textContent = `The business units could not be loaded: ${reason}`;
  picker.select.replaceChildren(option);
}

/**
 * Keeps only the units whose name contains the filter text, and moves the choice to the first of them when the
 * chosen one no longer matches, so that what is shown is what will be sent. Returns true when the choice changed.
 */
export function filterBusinessUnits(picker: BusinessUnitPickerElements): boolean {
  const wanted = picker.filter.value.trim().toLocaleLowerCase();
  const options = Array.from(picker.select.options);
  for (const option of options) {
    option.hidden = !(option.textContent ?? "").toLocaleLowerCase().includes(wanted);
  }
  const chosen = picker.select.selectedOptions[0];
  const firstShown = options.find((option) => !option.hidden);
  if (chosen?.hidden === true && firstShown !== undefined) {
    firstShown.selected = true;
    return true;
  }
  return false;
}

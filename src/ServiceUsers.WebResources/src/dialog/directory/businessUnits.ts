import { allRecords, textOf, type RecordReader } from "./allRecords";
import type { PickerItem } from "./pickerItem";

export interface BusinessUnitItem extends PickerItem {
  parentId: string | null;
}

/** The enabled business units the caller can read, by name. */
export async function loadBusinessUnits(reader: RecordReader): Promise<BusinessUnitItem[]> {
  const rows = await allRecords(reader, "businessunit", "?$select=name,_parentbusinessunitid_value&$filter=isdisabled eq false&$orderby=name");
  return rows.map((row) => ({
    id: textOf(row, "businessunitid"),
    name: textOf(row, "name"),
    parentId: textOf(row, "_parentbusinessunitid_value") || null,
  }));
}

/**
 * The unit the picker starts on: the root, the API's own default. A caller who cannot read the root starts on the
 * highest unit they can read (one whose parent is not in their list), which is where their reach begins.
 */
export function defaultBusinessUnit(units: readonly BusinessUnitItem[]): BusinessUnitItem | null {
  const readable = new Set(units.map((unit) => unit.id));
  return units.find((unit) => unit.parentId === null) ?? units.find((unit) => unit.parentId !== null && !readable.has(unit.parentId)) ?? units[0] ?? null;
}

import { allRecords, textOf, type RecordReader } from "./allRecords";
import type { PickerItem } from "./pickerItem";
import { normaliseGuid } from "../../serviceUsers/guid";

/** The roles of one business unit (roles are copied into every unit, and a user may only hold its own unit's copies). */
export async function loadRoles(reader: RecordReader, businessUnitId: string): Promise<PickerItem[]> {
  // Only a well-formed id ever goes into the filter.
  const unitId = normaliseGuid(businessUnitId);
  if (unitId === null) {
    throw new Error(`'${businessUnitId}' is not a business unit id.`);
  }
  const rows = await allRecords(reader, "role", `?$select=name&$filter=_businessunitid_value eq ${unitId}&$orderby=name`);
  return rows.map((row) => ({ id: textOf(row, "roleid"), name: textOf(row, "name") }));
}

import { allRecords, textOf, type RecordReader } from "./allRecords";
import type { PickerItem } from "./pickerItem";

// team.teamtype: 0 Owner, 1 Access, 2 Microsoft Entra ID security group, 3 Microsoft Entra ID Office group.
const ownerTeam = 0;
const accessTeam = 1;

/**
 * The teams the API lets a service user join. Record access teams (system-managed) can number in the tens of
 * thousands, so the server leaves them out of the read; isChoosableTeam stays the rule for what may be chosen.
 */
export async function loadTeams(reader: RecordReader): Promise<PickerItem[]> {
  const rows = await allRecords(reader, "team", "?$select=name,teamtype,isdefault,systemmanaged&$filter=systemmanaged eq false&$orderby=name");
  return rows.filter(isChoosableTeam).map((row) => ({ id: textOf(row, "teamid"), name: textOf(row, "name") }));
}

/**
 * Leaves out what the API refuses or the platform manages: business units' default teams (membership follows the
 * unit), Entra ID group teams (membership follows the group) and system-managed access teams (record access teams).
 * Filtered here rather than in OData so the rule reads as one function.
 */
export function isChoosableTeam(row: Record<string, unknown>): boolean {
  if (row.isdefault === true) {
    return false;
  }
  return row.teamtype === ownerTeam || (row.teamtype === accessTeam && row.systemmanaged !== true);
}

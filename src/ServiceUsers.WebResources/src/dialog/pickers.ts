import { filterBusinessUnits, setBusinessUnits, showBusinessUnitsFailure } from "./businessUnitPicker";
import { filterChecklist, setChecklistItems, showChecklistFailure, showChecklistLoading, type ChecklistTexts } from "./checklist";
import type { DialogElements } from "./dialogElements";
import type { RecordReader } from "./directory/allRecords";
import { defaultBusinessUnit, loadBusinessUnits } from "./directory/businessUnits";
import { loadRoles } from "./directory/roles";
import { loadTeams } from "./directory/teams";

const roleTexts: ChecklistTexts = { plural: "roles", none: "This business unit has no roles you can read." };
const teamTexts: ChecklistTexts = { plural: "teams", none: "There are no owner or access teams you can read." };

/**
 * Fills the business unit, role and team pickers and keeps the roles in step with the chosen unit. Roles are
 * per business unit, so every change of unit reloads them; an answer for a unit that is no longer chosen is dropped.
 */
export function startPickers(elements: DialogElements, reader: RecordReader): Promise<void> {
  let rolesRequest = 0;
  const reloadRoles = async (): Promise<void> => {
    const request = ++rolesRequest;
    const unitId = elements.businessUnit.select.value;
    showChecklistLoading(elements.roles, roleTexts);
    try {
      const roles = await loadRoles(reader, unitId);
      if (request === rolesRequest) {
        setChecklistItems(elements.roles, roles, roleTexts);
      }
    } catch (error) {
      if (request === rolesRequest) {
        showChecklistFailure(elements.roles, roleTexts, reasonOf(error));
      }
    }
  };

  elements.businessUnit.select.addEventListener("change", () => void reloadRoles());
  elements.businessUnit.filter.addEventListener("input", () => {
    if (filterBusinessUnits(elements.businessUnit)) {
      void reloadRoles();
    }
  });
  elements.roles.filter.addEventListener("input", () => filterChecklist(elements.roles, roleTexts));
  elements.teams.filter.addEventListener("input", () => filterChecklist(elements.teams, teamTexts));

  const businessUnitsAndRoles = loadBusinessUnits(reader).then(
    async (units) => {
      setBusinessUnits(elements.businessUnit, units, defaultBusinessUnit(units));
      await reloadRoles();
    },
    (error: unknown) => {
      showBusinessUnitsFailure(elements.businessUnit, reasonOf(error));
      showChecklistFailure(elements.roles, roleTexts, "the business units could not be loaded.");
    },
  );
  showChecklistLoading(elements.teams, teamTexts);
  const teams = loadTeams(reader).then(
    (items) => setChecklistItems(elements.teams, items, teamTexts),
    (error: unknown) => showChecklistFailure(elements.teams, teamTexts, reasonOf(error)),
  );
  return Promise.all([businessUnitsAndRoles, teams]).then(() => undefined);
}

function reasonOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" && message.length > 0 ? message : "no reason was given.";
}

/**
 * What the fake Xrm's retrieveMultipleRecords knows: three business units with their copies of two roles, and
 * teams of every kind, of which only the owner team and the user-made access team may be chosen.
 */
export const unitIds = {
  contoso: "0a000000-0000-4000-8000-000000000001",
  sales: "0a000000-0000-4000-8000-000000000002",
  support: "0a000000-0000-4000-8000-000000000003",
};

export const roleIds = {
  contosoBasicUser: "0b000000-0000-4000-8000-000000000001",
  contosoIntegrationReader: "0b000000-0000-4000-8000-000000000002",
  salesBasicUser: "0b000000-0000-4000-8000-000000000003",
  salesIntegrationReader: "0b000000-0000-4000-8000-000000000004",
  supportBasicUser: "0b000000-0000-4000-8000-000000000005",
};

export const teamIds = {
  integrations: "0c000000-0000-4000-8000-000000000001",
  reviewers: "0c000000-0000-4000-8000-000000000002",
  contosoDefault: "0c000000-0000-4000-8000-000000000003",
  entraSync: "0c000000-0000-4000-8000-000000000004",
  entraOffice: "0c000000-0000-4000-8000-000000000005",
  recordAccess: "0c000000-0000-4000-8000-000000000006",
};

const role = (roleid, name, unitId) => ({ roleid, name, _businessunitid_value: unitId });
const team = (teamid, name, teamtype, isdefault, systemmanaged) => ({ teamid, name, teamtype, isdefault, systemmanaged });

// Ordered by name, as the $orderby of each query asks.
export const contosoDirectory = {
  businessunit: [
    { businessunitid: unitIds.contoso, name: "Contoso", _parentbusinessunitid_value: null },
    { businessunitid: unitIds.sales, name: "Sales", _parentbusinessunitid_value: unitIds.contoso },
    { businessunitid: unitIds.support, name: "Support", _parentbusinessunitid_value: unitIds.contoso },
  ],
  role: [
    role(roleIds.contosoBasicUser, "Basic User", unitIds.contoso),
    role(roleIds.salesBasicUser, "Basic User", unitIds.sales),
    role(roleIds.supportBasicUser, "Basic User", unitIds.support),
    role(roleIds.contosoIntegrationReader, "Integration Reader", unitIds.contoso),
    role(roleIds.salesIntegrationReader, "Integration Reader (Sales)", unitIds.sales),
  ],
  team: [
    team(teamIds.contosoDefault, "Contoso", 0, true, false),
    team(teamIds.entraOffice, "Entra Office Group", 3, false, false),
    team(teamIds.entraSync, "Entra Sync", 2, false, false),
    team(teamIds.integrations, "Integrations", 0, false, false),
    team(teamIds.recordAccess, "Opportunity access team", 1, false, true),
    team(teamIds.reviewers, "Reviewers", 1, false, false),
  ],
};

export const quotaOf = (used, limit = 7) => ({ body: { Used: used, Limit: limit } });

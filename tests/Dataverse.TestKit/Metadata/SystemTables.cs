using System.Collections.Generic;
using System.Linq;

namespace Dataverse.TestKit.Metadata
{
    /// <summary>
    /// Definitions of the system tables the kit models, with the columns published in the Dataverse table reference
    /// (systemuser, businessunit, team, role, privilege, roleprivileges and the N:N intersect tables).
    /// Unknown columns are refused, as the platform refuses them, so that a misspelt attribute fails in a test.
    /// </summary>
    internal static class SystemTables
    {
        public static readonly RelationshipDefinition SystemUserRoles = new RelationshipDefinition(
            "systemuserroles_association", TableNames.SystemUserRoles, "systemuserroleid", TableNames.SystemUser, "systemuserid", TableNames.Role, "roleid");

        public static readonly RelationshipDefinition TeamMembership = new RelationshipDefinition(
            "teammembership_association", TableNames.TeamMembership, "teammembershipid", TableNames.SystemUser, "systemuserid", TableNames.Team, "teamid");

        public static readonly RelationshipDefinition TeamRoles = new RelationshipDefinition(
            "teamroles_association", TableNames.TeamRoles, "teamroleid", TableNames.Team, "teamid", TableNames.Role, "roleid");

        public static IEnumerable<RelationshipDefinition> Relationships => new[] { SystemUserRoles, TeamMembership, TeamRoles };

        public static IEnumerable<TableDefinition> Tables()
        {
            yield return new TableDefinition(TableNames.BusinessUnit, "businessunitid", TableOwnership.BusinessUnit, "BusinessUnit", 10, WithCommon(
                Key("businessunitid"),
                Text("name"),
                Lookup("parentbusinessunitid", TableNames.BusinessUnit),
                Flag("isdisabled"),
                Text("divisionname"),
                Text("emailaddress"),
                Text("description"),
                Text("websiteurl"),
                Text("costcenter"),
                Text("disabledreason", ColumnWriteRule.SystemManaged),
                Lookup("transactioncurrencyid", "transactioncurrency"),
                Lookup("calendarid", "calendar"),
                Number("inheritancemask")));

            yield return new TableDefinition(TableNames.SystemUser, "systemuserid", TableOwnership.BusinessUnit, "User", 8, WithCommon(
                Key("systemuserid"),
                Text("firstname"),
                Text("lastname"),
                Text("middlename"),
                Text("nickname"),
                Text("fullname", ColumnWriteRule.SystemManaged),
                Text("yomifullname", ColumnWriteRule.SystemManaged),
                Text("domainname"),
                Text("internalemailaddress"),
                Text("personalemailaddress"),
                Text("windowsliveid"),
                Lookup("businessunitid", TableNames.BusinessUnit),
                Choice("accessmode", 0, 1, 2, 3, 4, 5),
                Guid("applicationid"),
                Text("applicationiduri", ColumnWriteRule.SystemManaged),
                // Read-only in the published metadata, yet set by community scripts; kept writable so tests can seed it.
                Guid("azureactivedirectoryobjectid"),
                Flag("isdisabled"),
                Flag("islicensed"),
                Flag("isintegrationuser"),
                Flag("setupuser"),
                Flag("isemailaddressapprovedbyo365admin", ColumnWriteRule.SystemManaged),
                Text("jobtitle"),
                Text("title"),
                Text("employeeid"),
                Text("mobilephone"),
                Text("homephone"),
                Text("disabledreason", ColumnWriteRule.SystemManaged),
                Number("userlicensetype"),
                Choice("systemmanagedusertype", 0, 1, 2),
                Choice("azurestate", 0, 1, 2),
                Choice("caltype"),
                Choice("invitestatuscode", 0, 1, 2, 3, 4, 5, 6),
                Lookup("parentsystemuserid", TableNames.SystemUser),
                Lookup("positionid", "position"),
                Lookup("territoryid", "territory"),
                Lookup("queueid", "queue"),
                Lookup("calendarid", "calendar"),
                Lookup("transactioncurrencyid", "transactioncurrency")),
                businessUnitAttribute: "businessunitid");

            yield return new TableDefinition(TableNames.Team, "teamid", TableOwnership.BusinessUnit, "Team", 9, WithCommon(
                Key("teamid"),
                Text("name"),
                Lookup("businessunitid", TableNames.BusinessUnit),
                Choice("teamtype", 0, 1, 2, 3),
                Flag("isdefault", ColumnWriteRule.SystemManaged),
                Guid("azureactivedirectoryobjectid"),
                Choice("membershiptype", 0, 1, 2, 3),
                Lookup("administratorid", TableNames.SystemUser),
                Text("description"),
                Text("emailaddress"),
                Flag("systemmanaged", ColumnWriteRule.SystemManaged),
                Lookup("queueid", "queue"),
                Lookup("teamtemplateid", "teamtemplate"),
                Lookup("transactioncurrencyid", "transactioncurrency")),
                businessUnitAttribute: "businessunitid");

            yield return new TableDefinition(TableNames.Role, "roleid", TableOwnership.BusinessUnit, "Role", 1036, WithCommon(
                Key("roleid"),
                Text("name"),
                Lookup("businessunitid", TableNames.BusinessUnit),
                Lookup("roletemplateid", TableNames.RoleTemplate),
                Lookup("parentrootroleid", TableNames.Role, ColumnWriteRule.SystemManaged),
                Lookup("parentroleid", TableNames.Role, ColumnWriteRule.SystemManaged),
                Choice("isinherited", 0, 1),
                Flag("ismanaged", ColumnWriteRule.SystemManaged),
                Text("description"),
                Number("componentstate", ColumnWriteRule.SystemManaged),
                Date("overwritetime", ColumnWriteRule.SystemManaged)),
                businessUnitAttribute: "businessunitid");

            yield return new TableDefinition(TableNames.Privilege, "privilegeid", TableOwnership.Organization, null, 1023, WithCommon(
                Key("privilegeid"),
                Text("name"),
                Number("accessright"),
                Flag("canbebasic"),
                Flag("canbelocal"),
                Flag("canbedeep"),
                Flag("canbeglobal"),
                Flag("isdisabledwhenintegrated")));

            yield return new TableDefinition(TableNames.RolePrivileges, "roleprivilegeid", TableOwnership.Organization, null, 12, new[]
            {
                Key("roleprivilegeid"),
                Guid("roleid"),
                Guid("privilegeid"),
                Number("privilegedepthmask"),
            });

            foreach (var relationship in Relationships)
            {
                yield return new TableDefinition(relationship.IntersectTable, relationship.IntersectIdAttribute, TableOwnership.Organization, null, 0, new[]
                {
                    Key(relationship.IntersectIdAttribute),
                    Guid(relationship.Attribute1),
                    Guid(relationship.Attribute2),
                    Number("versionnumber", ColumnWriteRule.SystemManaged),
                }, isIntersect: true);
            }
        }

        private static IEnumerable<ColumnDefinition> WithCommon(params ColumnDefinition[] columns) => columns.Concat(new[]
        {
            Date("createdon", ColumnWriteRule.SystemManaged),
            Date("modifiedon", ColumnWriteRule.SystemManaged),
            Date("overriddencreatedon"),
            Lookup("createdby", TableNames.SystemUser, ColumnWriteRule.SystemManaged),
            Lookup("modifiedby", TableNames.SystemUser, ColumnWriteRule.SystemManaged),
            Lookup("createdonbehalfby", TableNames.SystemUser, ColumnWriteRule.SystemManaged),
            Lookup("modifiedonbehalfby", TableNames.SystemUser, ColumnWriteRule.SystemManaged),
            Lookup("organizationid", "organization", ColumnWriteRule.SystemManaged),
            Number("versionnumber", ColumnWriteRule.SystemManaged),
            Number("importsequencenumber"),
            Number("timezoneruleversionnumber"),
            Number("utcconversiontimezonecode"),
        });

        private static ColumnDefinition Key(string name) => new ColumnDefinition(name, ColumnType.PrimaryKey);

        private static ColumnDefinition Text(string name, ColumnWriteRule rule = ColumnWriteRule.Writable) => new ColumnDefinition(name, ColumnType.String, writeRule: rule);

        private static ColumnDefinition Flag(string name, ColumnWriteRule rule = ColumnWriteRule.Writable) => new ColumnDefinition(name, ColumnType.Boolean, writeRule: rule);

        private static ColumnDefinition Number(string name, ColumnWriteRule rule = ColumnWriteRule.Writable) => new ColumnDefinition(name, ColumnType.Integer, writeRule: rule);

        private static ColumnDefinition Date(string name, ColumnWriteRule rule = ColumnWriteRule.Writable) => new ColumnDefinition(name, ColumnType.DateTime, writeRule: rule);

        private static ColumnDefinition Guid(string name) => new ColumnDefinition(name, ColumnType.Uniqueidentifier);

        private static ColumnDefinition Choice(string name, params int[] values) =>
            new ColumnDefinition(name, ColumnType.Picklist, choiceValues: values.Length == 0 ? null : values);

        private static ColumnDefinition Lookup(string name, string target, ColumnWriteRule rule = ColumnWriteRule.Writable) =>
            new ColumnDefinition(name, ColumnType.Lookup, lookupTargets: new[] { target }, writeRule: rule);
    }
}

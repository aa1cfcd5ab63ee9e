using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Security
{
    /// <summary>Read-only questions about users, teams and roles, answered from the stored rows (the caller holds the lock).</summary>
    internal sealed class OrganizationDirectory
    {
        private readonly RecordStore store;

        public OrganizationDirectory(RecordStore store)
        {
            this.store = store;
            BusinessUnits = new BusinessUnitTree(store);
        }

        public BusinessUnitTree BusinessUnits { get; }

        public Entity User(Guid userId) => store.Find(TableNames.SystemUser, userId);

        public Guid BusinessUnitOfUser(Guid userId) =>
            User(userId)?.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? Guid.Empty;

        public Guid BusinessUnitOfTeam(Guid teamId) =>
            store.Find(TableNames.Team, teamId)?.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? Guid.Empty;

        public Guid BusinessUnitOfRole(Guid roleId) =>
            store.Find(TableNames.Role, roleId)?.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? Guid.Empty;

        public IReadOnlyList<Guid> RolesOfUser(Guid userId) => Linked(SystemTables.SystemUserRoles, "systemuserid", userId, "roleid");

        public IReadOnlyList<Guid> TeamsOfUser(Guid userId) => Linked(SystemTables.TeamMembership, "systemuserid", userId, "teamid");

        public IReadOnlyList<Guid> RolesOfTeam(Guid teamId) => Linked(SystemTables.TeamRoles, "teamid", teamId, "roleid");

        public bool AreAssociated(RelationshipDefinition relationship, Guid id1, Guid id2) =>
            FindAssociation(relationship, id1, id2) != null;

        public Entity FindAssociation(RelationshipDefinition relationship, Guid id1, Guid id2) =>
            store.Rows(relationship.IntersectTable).FirstOrDefault(row =>
                row.GetAttributeValue<Guid>(relationship.Attribute1) == id1 && row.GetAttributeValue<Guid>(relationship.Attribute2) == id2);

        public Guid? DefaultTeamOf(Guid businessUnitId) =>
            store.Rows(TableNames.Team)
                .FirstOrDefault(team => team.GetAttributeValue<bool>("isdefault") && team.GetAttributeValue<EntityReference>("businessunitid")?.Id == businessUnitId)
                ?.Id;

        public bool IsSystemAdministratorRole(Guid roleId) =>
            store.Find(TableNames.Role, roleId)?.GetAttributeValue<EntityReference>("roletemplateid")?.Id == WellKnownRoleTemplates.SystemAdministrator;

        /// <summary>
        /// The role's copy in another business unit: the row sharing its root (parentrootroleid) and, for template roles,
        /// its roletemplateid, as Dataverse replicates roles into every business unit.
        /// </summary>
        public Guid? CopyOfRoleIn(Guid roleId, Guid businessUnitId)
        {
            var role = store.Find(TableNames.Role, roleId);
            if (role == null)
            {
                return null;
            }

            var root = role.GetAttributeValue<EntityReference>("parentrootroleid")?.Id ?? role.Id;
            return store.Rows(TableNames.Role)
                .FirstOrDefault(r => (r.GetAttributeValue<EntityReference>("parentrootroleid")?.Id ?? r.Id) == root
                    && r.GetAttributeValue<EntityReference>("businessunitid")?.Id == businessUnitId)
                ?.Id;
        }

        private IReadOnlyList<Guid> Linked(RelationshipDefinition relationship, string fromAttribute, Guid fromId, string toAttribute) =>
            store.Rows(relationship.IntersectTable)
                .Where(row => row.GetAttributeValue<Guid>(fromAttribute) == fromId)
                .Select(row => row.GetAttributeValue<Guid>(toAttribute))
                .ToList();
    }
}

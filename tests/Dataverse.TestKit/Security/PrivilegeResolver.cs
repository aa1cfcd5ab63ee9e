using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Storage;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Security
{
    /// <summary>
    /// A user's privileges, as the platform sums them: the union of the user's own roles and the roles of every team the
    /// user belongs to, each privilege counted at the deepest depth any role grants.
    /// </summary>
    internal sealed class PrivilegeResolver
    {
        private readonly RecordStore store;
        private readonly OrganizationDirectory directory;
        private readonly PrivilegeCatalogue catalogue;

        public PrivilegeResolver(RecordStore store, OrganizationDirectory directory, PrivilegeCatalogue catalogue)
        {
            this.store = store;
            this.directory = directory;
            this.catalogue = catalogue;
        }

        public IReadOnlyList<PrivilegeGrant> GrantsOf(Guid userId)
        {
            var grants = new List<PrivilegeGrant>();
            var userBusinessUnit = directory.BusinessUnitOfUser(userId);
            foreach (var roleId in directory.RolesOfUser(userId))
            {
                grants.AddRange(GrantsOfRole(roleId, userId, userBusinessUnit, principalIsTeam: false));
            }

            foreach (var teamId in directory.TeamsOfUser(userId))
            {
                var teamBusinessUnit = directory.BusinessUnitOfTeam(teamId);
                foreach (var roleId in directory.RolesOfTeam(teamId))
                {
                    grants.AddRange(GrantsOfRole(roleId, teamId, teamBusinessUnit, principalIsTeam: true));

                    // isinherited = 1 ("Direct User (Basic) access level and Team privileges") also gives the member the
                    // role's privileges as if it were assigned to the member directly.
                    var role = store.Find(TableNames.Role, roleId);
                    if (role?.GetAttributeValue<OptionSetValue>("isinherited")?.Value == 1)
                    {
                        grants.AddRange(GrantsOfRole(roleId, userId, userBusinessUnit, principalIsTeam: false));
                    }
                }
            }

            return grants;
        }

        /// <summary>The deepest depth at which the user holds each privilege.</summary>
        public IReadOnlyDictionary<PrivilegeDefinition, PrivilegeDepth> EffectivePrivileges(Guid userId) =>
            GrantsOf(userId)
                .GroupBy(g => g.Privilege)
                .ToDictionary(g => g.Key, g => g.Select(x => x.Depth).OrderByDescending(PrivilegeDepths.Rank).First());

        /// <summary>The privileges a role holds, with their depth.</summary>
        public IReadOnlyList<(PrivilegeDefinition Privilege, PrivilegeDepth Depth)> PrivilegesOfRole(Guid roleId) =>
            store.Rows(TableNames.RolePrivileges)
                .Where(row => row.GetAttributeValue<Guid>("roleid") == roleId)
                .Select(row => (Privilege: catalogue.All.FirstOrDefault(p => p.Id == row.GetAttributeValue<Guid>("privilegeid")), Depth: PrivilegeDepths.FromMask(row.GetAttributeValue<int>("privilegedepthmask"))))
                .Where(x => x.Privilege != null)
                .ToList();

        public bool IsSystemAdministrator(Guid userId) =>
            directory.RolesOfUser(userId).Any(directory.IsSystemAdministratorRole)
            || directory.TeamsOfUser(userId).SelectMany(directory.RolesOfTeam).Any(directory.IsSystemAdministratorRole);

        private IEnumerable<PrivilegeGrant> GrantsOfRole(Guid roleId, Guid principalId, Guid principalBusinessUnit, bool principalIsTeam) =>
            PrivilegesOfRole(roleId).Select(p => new PrivilegeGrant(p.Privilege, p.Depth, roleId, principalId, principalBusinessUnit, principalIsTeam));
    }
}

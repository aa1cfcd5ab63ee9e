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
                grants.AddRange(PrivilegesOfRole(roleId).Select(p => new PrivilegeGrant(p.Privilege, p.Depth, roleId, userId, userBusinessUnit, principalIsTeam: false, throughTeam: false)));
            }

            foreach (var teamId in directory.TeamsOfUser(userId))
            {
                var teamBusinessUnit = directory.BusinessUnitOfTeam(teamId);
                foreach (var roleId in directory.RolesOfTeam(teamId))
                {
                    var privileges = PrivilegesOfRole(roleId);
                    grants.AddRange(privileges.Select(p => new PrivilegeGrant(p.Privilege, p.Depth, roleId, teamId, teamBusinessUnit, principalIsTeam: true, throughTeam: true)));

                    // Member privilege inheritance "Direct User (Basic) access level and Team privileges" (isinherited = 1,
                    // the default for new roles) also gives the member each privilege directly, at Basic (user) level.
                    if (InheritsDirectBasic(roleId))
                    {
                        grants.AddRange(privileges.Select(p => new PrivilegeGrant(p.Privilege, PrivilegeDepth.Basic, roleId, userId, userBusinessUnit, principalIsTeam: false, throughTeam: true)));
                    }
                }
            }

            return grants;
        }

        /// <summary>role.isinherited: 0 "Team privileges only", 1 "Direct User (Basic) access level and Team privileges" (the default when unset).</summary>
        public bool InheritsDirectBasic(Guid roleId) =>
            (store.Find(TableNames.Role, roleId)?.GetAttributeValue<OptionSetValue>("isinherited")?.Value ?? 1) == 1;

        /// <summary>The deepest depth at which the user holds each privilege.</summary>
        public IReadOnlyDictionary<PrivilegeDefinition, PrivilegeDepth> EffectivePrivileges(Guid userId) =>
            GrantsOf(userId)
                .GroupBy(g => g.Privilege)
                .ToDictionary(g => g.Key, g => g.Select(x => x.Depth).OrderByDescending(PrivilegeDepths.Rank).First());

        /// <summary>The privileges a role holds, with their depth.</summary>
        public IReadOnlyList<(PrivilegeDefinition Privilege, PrivilegeDepth Depth)> PrivilegesOfRole(Guid roleId) =>
            store.RowsWith(TableNames.RolePrivileges, "roleid", roleId)
                .Select(row => (Privilege: catalogue.FindById(row.GetAttributeValue<Guid>("privilegeid")), Depth: PrivilegeDepths.FromMask(row.GetAttributeValue<int>("privilegedepthmask"))))
                .Where(x => x.Privilege != null)
                .ToList();

        public bool IsSystemAdministrator(Guid userId) =>
            directory.RolesOfUser(userId).Any(directory.IsSystemAdministratorRole)
            || directory.TeamsOfUser(userId).SelectMany(directory.RolesOfTeam).Any(directory.IsSystemAdministratorRole);

    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Crm.Sdk.Messages;

namespace Dataverse.TestKit.Security
{
    /// <summary>
    /// What the privilege-reading messages answer about a user. Two views, because the platform has two:
    /// <list type="bullet">
    /// <item><see cref="BasicView"/> (RetrieveUserPrivileges): privileges of the user's own roles at their real depth, but
    /// privileges that come only through a team's roles at Basic depth, whatever the team's role grants ("RetrieveUserPrivileges
    /// Function", Remarks). One entry per privilege, anchored at the user's business unit.</item>
    /// <item><see cref="EffectiveView"/> (RetrieveUserPrivilegeByPrivilegeName/Id, RetrieveUserSetOfPrivilegesByNames/Ids):
    /// own roles and team roles at the depth the roles grant. One entry per privilege and anchoring business unit: the
    /// user's unit for its own roles, the team's unit for a team's roles. ExcludeTeamBasic leaves out grants that come from
    /// team roles at Basic depth (including the Basic grant a member inherits directly) (the messages' parameter description).</item>
    /// </list>
    /// </summary>
    internal sealed class UserPrivilegeReport
    {
        private readonly PrivilegeResolver resolver;
        private readonly OrganizationDirectory directory;

        public UserPrivilegeReport(PrivilegeResolver resolver, OrganizationDirectory directory)
        {
            this.resolver = resolver;
            this.directory = directory;
        }

        public RolePrivilege[] BasicView(Guid userId)
        {
            var userBusinessUnit = directory.BusinessUnitOfUser(userId);
            return resolver.GrantsOf(userId)
                .GroupBy(grant => grant.Privilege)
                .OrderBy(group => group.Key.Name, StringComparer.Ordinal)
                .Select(group => new RolePrivilege(
                    Deepest(group.Select(grant => grant.ThroughTeam ? PrivilegeDepth.Basic : grant.Depth)),
                    group.Key.Id,
                    userBusinessUnit,
                    group.Key.Name))
                .ToArray();
        }

        public RolePrivilege[] EffectiveView(Guid userId, Func<PrivilegeDefinition, bool> selected, bool excludeTeamBasic) =>
            resolver.GrantsOf(userId)
                .Where(grant => selected(grant.Privilege))
                .Where(grant => !(excludeTeamBasic && grant.ThroughTeam && grant.Depth == PrivilegeDepth.Basic))
                .GroupBy(grant => (grant.Privilege, Anchor: grant.PrincipalBusinessUnitId))
                .OrderBy(group => group.Key.Privilege.Name, StringComparer.Ordinal)
                .ThenBy(group => group.Key.Anchor)
                .Select(group => new RolePrivilege(
                    Deepest(group.Select(grant => grant.Depth)),
                    group.Key.Privilege.Id,
                    group.Key.Anchor,
                    group.Key.Privilege.Name))
                .ToArray();

        private static PrivilegeDepth Deepest(IEnumerable<PrivilegeDepth> depths) => depths.OrderByDescending(PrivilegeDepths.Rank).First();
    }
}

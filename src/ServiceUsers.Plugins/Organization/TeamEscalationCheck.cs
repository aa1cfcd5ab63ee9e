using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Infrastructure;
using Inputs = ServiceUsers.Plugins.CreateServiceUser.CreateServiceUserContract.Inputs;

namespace ServiceUsers.Plugins.Organization
{
    /// <summary>
    /// Refuses teams whose roles hold a privilege, or a deeper depth of one, that the caller lacks. A member inherits the
    /// team's roles, and the platform checks role assignment but not team membership, so without this a delegate could
    /// reach System Administrator through a team.
    /// Two calls, made only for teams the user does not already belong to: every role privilege of those teams (read to
    /// the last page: a few teams with large roles pass 5,000 rows), then the caller's effective depth of exactly those
    /// privileges. The teams' privileges are read as SYSTEM: whether a caller may read the privilege rows of a role it
    /// cannot read is not documented, and a check that under-reads them would let an escalation through. It is a read
    /// only, of teams the caller named and could read, and its result only ever refuses. The query's primary table is roleprivileges, ordered by its key, so paging neither repeats nor
    /// skips a grant (a role shared by two of the teams may come twice, which changes nothing).
    /// </summary>
    public static class TeamEscalationCheck
    {
        private const string TeamRoleAlias = "teamrole";

        public static void Check(IOrganizationService systemService, IOrganizationService callerService, Guid callerId, Guid callerBusinessUnitId, IReadOnlyList<MatchCandidate> teams)
        {
            var joining = teams.Where(team => !team.AlreadyHeld).ToList();
            if (joining.Count == 0)
            {
                return;
            }

            var grants = GrantsOfTeams(systemService, joining.Select(team => team.Id).ToArray());
            if (grants.Count == 0)
            {
                return;
            }

            var caller = CallerPrivileges.WithIds(callerService, callerId, callerBusinessUnitId, grants.Select(grant => grant.PrivilegeId));
            if (grants.All(grant => caller.Holds(grant.PrivilegeId, grant.Depth)))
            {
                return;
            }

            var names = EntryMatch.Quote(joining.Select(team => team.Name));
            var subject = joining.Count == 1 ? names + " has" : "Of " + names + ", at least one has";
            throw ServiceUserError.Create(ServiceUserErrorCode.TeamMembershipDenied, Inputs.Teams,
                $"{subject} roles with privileges you do not hold yourself, so its members would get more than you may give. Ask an administrator, or remove it from Teams.");
        }

        private static IReadOnlyList<TeamGrant> GrantsOfTeams(IOrganizationService service, Guid[] teamIds)
        {
            var query = new QueryExpression("roleprivileges") { ColumnSet = new ColumnSet("privilegeid", "privilegedepthmask") };
            query.AddOrder("roleprivilegeid", OrderType.Ascending);
            var teamRoles = query.AddLink("teamroles", "roleid", "roleid", JoinOperator.Inner);
            teamRoles.EntityAlias = TeamRoleAlias;
            teamRoles.LinkCriteria.AddCondition("teamid", ConditionOperator.In, teamIds.Cast<object>().ToArray());

            var grants = new List<TeamGrant>();
            foreach (var row in AllPages.Retrieve(service, query))
            {
                var privilegeId = row.GetAttributeValue<Guid?>("privilegeid");
                if (privilegeId.HasValue)
                {
                    grants.Add(new TeamGrant(privilegeId.Value, TeamGrant.DepthOfMask(row.GetAttributeValue<int>("privilegedepthmask"))));
                }
            }

            return grants;
        }
    }
}

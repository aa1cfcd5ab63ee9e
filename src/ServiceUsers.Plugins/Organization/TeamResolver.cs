using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ServiceUsers.Plugins.Errors;
using Inputs = ServiceUsers.Plugins.CreateServiceUser.CreateServiceUserContract.Inputs;

namespace ServiceUsers.Plugins.Organization
{
    /// <summary>
    /// Resolves Teams entries (team name or id, any business unit) in one query, and refuses:
    /// <list type="bullet">
    /// <item>teams whose membership Dataverse manages itself: a business unit's default team (every user of the unit is
    /// in it) and teams synchronised from an Entra ID group (membership comes from Entra ID);</item>
    /// <item>teams whose roles hold a privilege, or a deeper depth of one, that the caller lacks. A member inherits the
    /// team's roles, and the platform checks role assignment but not team membership, so without this a delegate
    /// could reach System Administrator through a team.</item>
    /// </list>
    /// The same query brings each team's role privileges (outer joins through teamroles to roleprivileges) and, for an
    /// existing user, its current memberships.
    /// </summary>
    public static class TeamResolver
    {
        /// <summary>team.teamtype values: 0 Owner, 1 Access, 2 Microsoft Entra ID security group, 3 Microsoft Entra ID Office group.</summary>
        private const int FirstEntraGroupTeamType = 2;

        private const string GrantAlias = "grant";

        public static IReadOnlyList<MatchCandidate> Resolve(IOrganizationService service, IReadOnlyList<string> entries, Guid? existingUserId, CallerPrivileges caller)
        {
            if (entries.Count == 0)
            {
                return new MatchCandidate[0];
            }

            var query = new QueryExpression("team") { ColumnSet = new ColumnSet("name", "isdefault", "teamtype") };
            query.Criteria = EntryMatch.CandidateCriteria(entries, "name", "teamid");
            var teamRoles = query.AddLink("teamroles", "teamid", "teamid", JoinOperator.LeftOuter);
            var grants = teamRoles.AddLink("roleprivileges", "roleid", "roleid", JoinOperator.LeftOuter);
            grants.EntityAlias = GrantAlias;
            grants.Columns = new ColumnSet("privilegeid", "privilegedepthmask");
            if (existingUserId.HasValue)
            {
                HeldMarker.AddTo(query, "teamid", "teammembership", "teammembershipid", existingUserId.Value);
            }

            // One row per team and role privilege: fold them back into one candidate per team.
            var candidates = new Dictionary<Guid, MatchCandidate>();
            var managedByPlatform = new HashSet<Guid>();
            var grantsByTeam = new Dictionary<Guid, List<TeamGrant>>();
            foreach (var row in service.RetrieveMultiple(query).Entities)
            {
                if (!candidates.ContainsKey(row.Id))
                {
                    candidates[row.Id] = new MatchCandidate(row.Id, row.GetAttributeValue<string>("name"), new[] { row.Id }, HeldMarker.IsHeld(row, "teammembershipid"));
                    grantsByTeam[row.Id] = new List<TeamGrant>();
                    var teamType = row.GetAttributeValue<OptionSetValue>("teamtype")?.Value ?? 0;
                    if (row.GetAttributeValue<bool>("isdefault") || teamType >= FirstEntraGroupTeamType)
                    {
                        managedByPlatform.Add(row.Id);
                    }
                }

                var privilegeId = row.GetAttributeValue<AliasedValue>(GrantAlias + ".privilegeid")?.Value as Guid?;
                var mask = row.GetAttributeValue<AliasedValue>(GrantAlias + ".privilegedepthmask")?.Value as int?;
                if (privilegeId.HasValue && mask.HasValue)
                {
                    grantsByTeam[row.Id].Add(new TeamGrant(privilegeId.Value, TeamGrant.DepthOfMask(mask.Value)));
                }
            }

            var match = EntryMatch.Of(entries, candidates.Values.ToList());
            if (match.Unknown.Count > 0)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.TeamNotFound, Inputs.Teams,
                    $"No team {EntryMatch.Quote(match.Unknown)} exists (or you cannot read it). Use the exact team name or the team's id.");
            }

            if (match.Ambiguous.Count > 0)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.TeamAmbiguous, Inputs.Teams,
                    $"{EntryMatch.Quote(match.Ambiguous)} matches more than one team (teams in different business units can share a name). Use the team's id instead.");
            }

            var refused = match.Matched.Where(team => managedByPlatform.Contains(team.Id)).Select(team => team.Name).ToList();
            if (refused.Count > 0)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.TeamNotAllowed, Inputs.Teams,
                    $"{EntryMatch.Quote(refused)} is a business unit's default team or an Entra ID group team, whose members Dataverse manages itself. Remove it from Teams.");
            }

            var aboveCaller = match.Matched
                .Where(team => !team.AlreadyHeld && grantsByTeam[team.Id].Any(grant => !caller.Holds(grant.PrivilegeId, grant.Depth)))
                .Select(team => team.Name)
                .ToList();
            if (aboveCaller.Count > 0)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.TeamMembershipDenied, Inputs.Teams,
                    $"{EntryMatch.Quote(aboveCaller)} has roles with privileges you do not hold yourself, so its members would get more than you may give. Ask an administrator, or remove it from Teams.");
            }

            return match.Matched;
        }
    }
}

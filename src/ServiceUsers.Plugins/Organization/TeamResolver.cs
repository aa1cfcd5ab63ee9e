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
    /// Resolves Teams entries (team name or id, any business unit) in one query, and refuses the teams whose members
    /// Dataverse keeps itself:
    /// <list type="bullet">
    /// <item>a business unit's default team (every user of the unit is in it) and teams synchronised from an Entra ID
    /// group (membership comes from Entra ID): SU2007;</item>
    /// <item>system-managed access teams, which the platform creates per record from a team template and whose members
    /// change only through AddUserToRecordTeam / RemoveUserFromRecordTeam: SU2008.</item>
    /// </list>
    /// Whether the caller may hand out the team's roles is <see cref="TeamEscalationCheck"/>'s question.
    /// </summary>
    public static class TeamResolver
    {
        /// <summary>team.teamtype values: 0 Owner, 1 Access, 2 Microsoft Entra ID security group, 3 Microsoft Entra ID Office group.</summary>
        private const int AccessTeamType = 1;
        private const int FirstEntraGroupTeamType = 2;

        public static IReadOnlyList<MatchCandidate> Resolve(IOrganizationService service, IReadOnlyList<string> entries, System.Guid? existingUserId)
        {
            if (entries.Count == 0)
            {
                return new MatchCandidate[0];
            }

            var query = new QueryExpression("team") { ColumnSet = new ColumnSet("name", "isdefault", "teamtype", "systemmanaged") };
            query.Criteria = EntryMatch.CandidateCriteria(entries, "name", "teamid");
            if (existingUserId.HasValue)
            {
                HeldMarker.AddTo(query, "teamid", "teammembership", "teammembershipid", existingUserId.Value);
            }

            query.AddOrder("teamid", OrderType.Ascending);

            var candidates = new List<MatchCandidate>();
            var platformManaged = new HashSet<System.Guid>();
            var recordAccessTeams = new HashSet<System.Guid>();
            foreach (var row in AllPages.Retrieve(service, query))
            {
                candidates.Add(new MatchCandidate(row.Id, row.GetAttributeValue<string>("name"), new[] { row.Id }, HeldMarker.IsHeld(row, "teammembershipid")));
                var teamType = row.GetAttributeValue<OptionSetValue>("teamtype")?.Value ?? 0;
                if (row.GetAttributeValue<bool>("isdefault") || teamType >= FirstEntraGroupTeamType)
                {
                    platformManaged.Add(row.Id);
                }
                else if (teamType == AccessTeamType && row.GetAttributeValue<bool>("systemmanaged"))
                {
                    recordAccessTeams.Add(row.Id);
                }
            }

            var match = EntryMatch.Of(entries, candidates);
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

            var managed = NamesOf(match.Matched, platformManaged);
            if (managed.Count > 0)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.TeamNotAllowed, Inputs.Teams,
                    $"{EntryMatch.Quote(managed)} is a business unit's default team or an Entra ID group team, whose members Dataverse manages itself. Remove it from Teams.");
            }

            var perRecord = NamesOf(match.Matched, recordAccessTeams);
            if (perRecord.Count > 0)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.TeamSystemManaged, Inputs.Teams,
                    $"{EntryMatch.Quote(perRecord)} is an access team that Dataverse keeps for one record; its members are added on that record (Add User to Record Team), not here. Remove it from Teams.");
            }

            return match.Matched;
        }

        private static List<string> NamesOf(IEnumerable<MatchCandidate> teams, ISet<System.Guid> ids) =>
            teams.Where(team => ids.Contains(team.Id)).Select(team => team.Name).ToList();
    }
}

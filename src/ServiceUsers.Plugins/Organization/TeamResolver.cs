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
    /// Resolves Teams entries (team name or id, any business unit) in one query, and refuses the teams whose
    /// membership Dataverse manages itself: a business unit's default team (every user of the unit is in it) and
    /// teams synchronised from an Entra ID group (membership comes from Entra ID).
    /// </summary>
    public static class TeamResolver
    {
        /// <summary>team.teamtype values: 0 Owner, 1 Access, 2 Microsoft Entra ID security group, 3 Microsoft Entra ID Office group.</summary>
        private const int FirstEntraGroupTeamType = 2;

        public static IReadOnlyList<MatchCandidate> Resolve(IOrganizationService service, IReadOnlyList<string> entries, Guid? existingUserId)
        {
            if (entries.Count == 0)
            {
                return new MatchCandidate[0];
            }

            var query = new QueryExpression("team") { ColumnSet = new ColumnSet("name", "isdefault", "teamtype") };
            query.Criteria = EntryMatch.CandidateCriteria(entries, "name", "teamid");
            if (existingUserId.HasValue)
            {
                HeldMarker.AddTo(query, "teamid", "teammembership", "teammembershipid", existingUserId.Value);
            }

            var candidates = new List<MatchCandidate>();
            var managedByPlatform = new HashSet<Guid>();
            foreach (var row in service.RetrieveMultiple(query).Entities)
            {
                candidates.Add(new MatchCandidate(row.Id, row.GetAttributeValue<string>("name"), new[] { row.Id }, HeldMarker.IsHeld(row, "teammembershipid")));
                var teamType = row.GetAttributeValue<OptionSetValue>("teamtype")?.Value ?? 0;
                if (row.GetAttributeValue<bool>("isdefault") || teamType >= FirstEntraGroupTeamType)
                {
                    managedByPlatform.Add(row.Id);
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

            var refused = match.Matched.Where(team => managedByPlatform.Contains(team.Id)).Select(team => team.Name).ToList();
            if (refused.Count > 0)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.TeamNotAllowed, Inputs.Teams,
                    $"{EntryMatch.Quote(refused)} is a business unit's default team or an Entra ID group team, whose members Dataverse manages itself. Remove it from Teams.");
            }

            return match.Matched;
        }
    }
}

using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Infrastructure;
using Inputs = ServiceUsers.Plugins.CreateServiceUser.CreateServiceUserContract.Inputs;

namespace ServiceUsers.Plugins.Organization
{
    /// <summary>
    /// Resolves Roles entries to the roles of the target business unit. Dataverse copies every role into every
    /// business unit and only lets a user hold its own unit's copies, so an entry may name the role by its name, its
    /// own id, its parent root role id (the root unit's copy) or its template id, and always resolves to the copy in
    /// the target unit. One query, however many entries.
    /// </summary>
    public static class RoleResolver
    {
        public static IReadOnlyList<MatchCandidate> Resolve(
            IOrganizationService service, IReadOnlyList<string> entries, BusinessUnitNode businessUnit, Guid? existingUserId)
        {
            if (entries.Count == 0)
            {
                return new MatchCandidate[0];
            }

            var query = new QueryExpression("role") { ColumnSet = new ColumnSet("name", "parentrootroleid", "roletemplateid") };
            query.Criteria.AddCondition("businessunitid", ConditionOperator.Equal, businessUnit.Id);
            query.Criteria.AddFilter(EntryMatch.CandidateCriteria(entries, "name", "roleid", "parentrootroleid", "roletemplateid"));
            if (existingUserId.HasValue)
            {
                HeldMarker.AddTo(query, "roleid", "systemuserroles", "systemuserroleid", existingUserId.Value);
            }

            query.AddOrder("roleid", OrderType.Ascending);

            var candidates = new List<MatchCandidate>();
            foreach (var row in AllPages.Retrieve(service, query))
            {
                var ids = new List<Guid> { row.Id };
                AddIfPresent(ids, row.GetAttributeValue<EntityReference>("parentrootroleid")?.Id);
                AddIfPresent(ids, row.GetAttributeValue<EntityReference>("roletemplateid")?.Id);
                candidates.Add(new MatchCandidate(row.Id, row.GetAttributeValue<string>("name"), ids, HeldMarker.IsHeld(row, "systemuserroleid")));
            }

            var match = EntryMatch.Of(entries, candidates);
            if (match.Unknown.Count > 0)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.RoleNotFound, Inputs.Roles,
                    $"No role {EntryMatch.Quote(match.Unknown)} exists in business unit '{businessUnit.Name}' (or you cannot read it). " +
                    "Use the exact name of a role in that business unit, a role id or a role template id.");
            }

            if (match.Ambiguous.Count > 0)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.RoleAmbiguous, Inputs.Roles,
                    $"{EntryMatch.Quote(match.Ambiguous)} matches more than one role in business unit '{businessUnit.Name}'. Use the role's id instead of its name.");
            }

            return match.Matched;
        }

        private static void AddIfPresent(List<Guid> ids, Guid? id)
        {
            if (id.HasValue && id.Value != Guid.Empty)
            {
                ids.Add(id.Value);
            }
        }
    }
}

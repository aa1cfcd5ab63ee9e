using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.CreateServiceUser;
using ServiceUsers.Plugins.Organization;
using Table = ServiceUsers.Plugins.RequestTrail.ServiceUserRequestTable;

namespace ServiceUsers.Plugins.RequestTrail
{
    /// <summary>
    /// The row of new_serviceuserrequest that records one call that changed something: who asked (the caller the API
    /// acted for, and the initiating user when someone acted on the caller's behalf), for which service user, and what
    /// was actually added. The create itself runs as SYSTEM, so without this row the person who asked would be lost.
    /// Written as SYSTEM (no role grants write access to the table) in the request's transaction, after every other
    /// write: the row exists exactly when the change committed. A refused call writes nothing; its reason is in the
    /// plug-in trace log only.
    /// </summary>
    public static class RequestTrailEntry
    {
        public static Guid Write(
            IOrganizationService systemService,
            IPluginExecutionContext execution,
            string callerName,
            ServiceUserRequest request,
            string outcome,
            Guid userId,
            Guid businessUnitId,
            IReadOnlyList<MatchCandidate> rolesAdded,
            IReadOnlyList<MatchCandidate> teamsAdded)
        {
            var identity = request.Kind == ServiceUserKind.Application ? request.ApplicationId.ToString() : request.DomainName;
            var row = new Entity(Table.LogicalName);
            row[Table.Name] = Truncate($"{identity} {outcome.ToLowerInvariant()} by {callerName ?? execution.UserId.ToString()}", Table.NameLength);
            row[Table.RequestedBy] = new EntityReference("systemuser", execution.UserId);
            if (execution.InitiatingUserId != Guid.Empty && execution.InitiatingUserId != execution.UserId)
            {
                row[Table.InitiatedBy] = new EntityReference("systemuser", execution.InitiatingUserId);
            }

            row[Table.ServiceUser] = new EntityReference("systemuser", userId);
            row[Table.Identity] = identity;
            row[Table.Kind] = new OptionSetValue(request.Kind == ServiceUserKind.Application ? Table.KindValues.Application : Table.KindValues.NonInteractive);
            row[Table.BusinessUnit] = new EntityReference("businessunit", businessUnitId);
            row[Table.RolesAdded] = Truncate(string.Join("; ", rolesAdded.Select(role => role.Name)), Table.AddedListLength);
            row[Table.TeamsAdded] = Truncate(string.Join("; ", teamsAdded.Select(team => team.Name)), Table.AddedListLength);
            row[Table.Outcome] = new OptionSetValue(OutcomeValue(outcome));
            row[Table.CorrelationId] = execution.CorrelationId.ToString();
            return systemService.Create(row);
        }

        private static int OutcomeValue(string outcome)
        {
            switch (outcome)
            {
                case ServiceUserOutcome.Created:
                    return Table.OutcomeValues.Created;
                case ServiceUserOutcome.Converted:
                    return Table.OutcomeValues.Converted;
                case ServiceUserOutcome.Completed:
                    return Table.OutcomeValues.Completed;
                default:
                    throw new InvalidOperationException("A call that changed nothing leaves no trail row.");
            }
        }

        private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";
    }
}

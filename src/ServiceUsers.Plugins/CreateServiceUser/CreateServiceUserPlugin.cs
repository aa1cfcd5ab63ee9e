using System;
using System.Linq;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Infrastructure;
using ServiceUsers.Plugins.Organization;
using ServiceUsers.Plugins.RequestTrail;
using Inputs = ServiceUsers.Plugins.CreateServiceUser.CreateServiceUserContract.Inputs;
using Outputs = ServiceUsers.Plugins.CreateServiceUser.CreateServiceUserContract.Outputs;

namespace ServiceUsers.Plugins.CreateServiceUser
{
    /// <summary>
    /// Main operation of the custom API new_CreateServiceUser: creates (or returns) a non-interactive user or an
    /// application user with its roles and teams, in the request's transaction.
    /// Order matters: input checks first (no call), then the caller's authorization for the target business unit,
    /// then lookups, and writes only when everything resolved, so a refused call changes nothing even before the
    /// transaction rolls back. The caller is judged on effective privileges (team roles at their real depth), every
    /// query is read to its last page, and the identity lookup, the count of non-interactive users and the teams' role
    /// privileges are read as SYSTEM (reads only), so that limited read rights neither under-count the limit, hide an
    /// existing user, nor hide a privilege a team would pass on. Other reads and the role and team writes run as the
    /// caller; the create and the request-trail row run as SYSTEM. At most 11 service calls when the data fits one
    /// page, whatever the number of roles and teams.
    /// </summary>
    [CrmPluginRegistration(CreateServiceUserContract.MessageName)]
    public sealed class CreateServiceUserPlugin : CustomApiPlugin
    {
        public CreateServiceUserPlugin()
            : base(CreateServiceUserContract.MessageName)
        {
        }

        /// <summary>Dataverse passes the step's configuration strings; this API has none.</summary>
        public CreateServiceUserPlugin(string unsecureConfiguration, string secureConfiguration)
            : this()
        {
        }

        protected override void ExecuteApi(LocalPluginContext context)
        {
            var request = ServiceUserRequestReader.Read(context.Inputs);
            context.Trace($"input valid: {request.Kind}, {request.Roles.Count} role(s), {request.Teams.Count} team(s)");

            var businessUnits = BusinessUnitTree.Load(context.CallerService);
            var createUser = CallerPrivileges.Named(context.CallerService, context.CallerId, context.CallerBusinessUnitId, CreateServiceUserContract.CreateUserPrivilege);
            var lookup = ServiceUserLookup.Run(context.SystemService, request, context.CallerId);
            var existing = lookup.Existing;
            var target = TargetBusinessUnit.Choose(businessUnits, request, existing);
            context.Trace($"target business unit {target.Id}{(request.BusinessUnitId.HasValue ? string.Empty : existing == null ? " (root)" : " (the existing user's)")}");

            if (!createUser.Reaches(CreateServiceUserContract.CreateUserPrivilege, target.Id, businessUnits))
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.CallerMayNotCreateUsersThere, Inputs.BusinessUnitId,
                    $"You may not create users in business unit '{target.Name}'. Your Create User privilege does not reach it; choose a business unit within your reach or ask an administrator.");
            }

            TargetBusinessUnit.EnsureEnabled(target);
            context.Trace("caller authorized for the target business unit");

            var action = ExistingUserPolicy.Decide(existing, request, target, businessUnits, context.CallerId, lookup.EnabledNonInteractiveUsers);
            context.Trace(existing == null ? "no existing user: will create" : $"existing user {existing.Id}: will {action.ToString().ToLowerInvariant()} it");

            var roles = RoleResolver.Resolve(context.CallerService, request.Roles, target, existing?.Id);
            var teams = TeamResolver.Resolve(context.CallerService, request.Teams, existing?.Id);
            TeamEscalationCheck.Check(context.SystemService, context.CallerService, context.CallerId, context.CallerBusinessUnitId, teams);
            context.Trace($"resolved {roles.Count} role(s) and {teams.Count} team(s)");

            Guid userId;
            switch (action)
            {
                case UserAction.Create:
                    userId = ServiceUserWriter.Create(context.SystemService, request, target.Id);
                    context.Trace($"created user {userId} as SYSTEM");
                    break;
                case UserAction.Convert:
                    userId = existing.Id;
                    ServiceUserWriter.ConvertToNonInteractive(context.CallerService, userId, request);
                    context.Trace("converted the existing user to non-interactive as the caller");
                    break;
                default:
                    userId = existing.Id;
                    break;
            }

            var missingRoles = roles.Where(role => !role.AlreadyHeld).ToList();
            ServiceUserWriter.AssignRoles(context.CallerService, userId, missingRoles);
            var missingTeams = teams.Where(team => !team.AlreadyHeld).ToList();
            ServiceUserWriter.JoinTeams(context.CallerService, userId, missingTeams);
            context.Trace($"assigned {missingRoles.Count} role(s) and joined {missingTeams.Count} team(s) as the caller");

            var outcome = ServiceUserOutcome.Of(action, missingRoles.Count + missingTeams.Count > 0);
            if (outcome != ServiceUserOutcome.Unchanged)
            {
                var trailId = RequestTrailEntry.Write(context.SystemService, context.ExecutionContext, lookup.CallerName, request, outcome, userId, target.Id, missingRoles, missingTeams);
                context.Trace($"recorded request trail row {trailId}");
            }

            var outputs = context.ExecutionContext.OutputParameters;
            outputs[Outputs.SystemUserId] = userId;
            outputs[Outputs.Created] = action == UserAction.Create;
            outputs[Outputs.Outcome] = outcome;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Pipeline;
using Dataverse.TestKit.Security;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Messages
{
    /// <summary>
    /// The four messages that answer chosen privileges of a user at their effective depth, team roles included
    /// (see <see cref="UserPrivilegeReport.EffectiveView"/>): RetrieveUserPrivilegeByPrivilegeName (PrivilegeName),
    /// RetrieveUserPrivilegeByPrivilegeId (PrivilegeId), RetrieveUserSetOfPrivilegesByNames (PrivilegeNames string[]) and
    /// RetrieveUserSetOfPrivilegesByIds (PrivilegeIds Guid[]); each takes UserId and an optional ExcludeTeamBasic and
    /// answers Results["RolePrivileges"]. The first two answer SDK 9.0.2.34's typed responses; the "SetOf" messages have
    /// no typed class in that SDK, so they answer a plain OrganizationResponse. A name or id the catalogue does not know
    /// selects nothing (assumed: the platform may fault instead; either way the caller holds nothing by that name).
    /// </summary>
    internal sealed class UserPrivilegeSelectionHandler : IMessageHandler
    {
        private readonly OrganizationEngine engine;
        private readonly string messageName;
        private readonly Func<OrganizationRequest, Func<PrivilegeDefinition, bool>> selection;
        private readonly Func<OrganizationResponse> newResponse;

        private UserPrivilegeSelectionHandler(
            OrganizationEngine engine, string messageName, Func<OrganizationRequest, Func<PrivilegeDefinition, bool>> selection, Func<OrganizationResponse> newResponse)
        {
            this.engine = engine;
            this.messageName = messageName;
            this.selection = selection;
            this.newResponse = newResponse;
        }

        public static UserPrivilegeSelectionHandler ByName(OrganizationEngine engine) => new UserPrivilegeSelectionHandler(
            engine,
            MessageNames.RetrieveUserPrivilegeByPrivilegeName,
            request => NamedIn(new[] { RequestParameters.Required<string>(request, "PrivilegeName") }),
            () => new RetrieveUserPrivilegeByPrivilegeNameResponse());

        public static UserPrivilegeSelectionHandler ById(OrganizationEngine engine) => new UserPrivilegeSelectionHandler(
            engine,
            MessageNames.RetrieveUserPrivilegeByPrivilegeId,
            request => IdentifiedIn(new[] { RequestParameters.Required<Guid>(request, "PrivilegeId") }),
            () => new RetrieveUserPrivilegeByPrivilegeIdResponse());

        public static UserPrivilegeSelectionHandler SetOfByNames(OrganizationEngine engine) => new UserPrivilegeSelectionHandler(
            engine,
            MessageNames.RetrieveUserSetOfPrivilegesByNames,
            request => NamedIn(RequestParameters.Required<string[]>(request, "PrivilegeNames")),
            () => new OrganizationResponse());

        public static UserPrivilegeSelectionHandler SetOfByIds(OrganizationEngine engine) => new UserPrivilegeSelectionHandler(
            engine,
            MessageNames.RetrieveUserSetOfPrivilegesByIds,
            request => IdentifiedIn(RequestParameters.Required<Guid[]>(request, "PrivilegeIds")),
            () => new OrganizationResponse());

        public string TableOf(OrganizationRequest request) => TableNames.SystemUser;

        public OrganizationResponse Handle(OrganizationRequest request, CallContext context)
        {
            var userId = RequestParameters.Required<Guid>(request, "UserId");
            var selected = selection(request);
            var excludeTeamBasic = RequestParameters.Optional<bool>(request, "ExcludeTeamBasic");
            UserPrivilegeReading.DemandReadUser(engine, userId, context);

            var response = newResponse();
            response.ResponseName = messageName;
            response.Results["RolePrivileges"] = engine.PrivilegeReport.EffectiveView(userId, selected, excludeTeamBasic);
            return response;
        }

        private static Func<PrivilegeDefinition, bool> NamedIn(IEnumerable<string> names)
        {
            var set = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
            return privilege => set.Contains(privilege.Name);
        }

        private static Func<PrivilegeDefinition, bool> IdentifiedIn(IEnumerable<Guid> ids)
        {
            var set = new HashSet<Guid>(ids);
            return privilege => set.Contains(privilege.Id);
        }
    }
}

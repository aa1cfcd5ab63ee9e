using System;
using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Pipeline;
using Dataverse.TestKit.Security;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Messages
{
    /// <summary>
    /// RetrieveUserPrivileges (UserId): the user's privileges from its roles and its teams' roles, each at the deepest
    /// depth held. Reading another user's privileges needs prvReadUser reaching that user (the platform's own error
    /// "They need a role with the prvReadUser privilege" names it).
    /// </summary>
    internal sealed class RetrieveUserPrivilegesHandler : IMessageHandler
    {
        private readonly OrganizationEngine engine;

        public RetrieveUserPrivilegesHandler(OrganizationEngine engine)
        {
            this.engine = engine;
        }

        public string TableOf(OrganizationRequest request) => TableNames.SystemUser;

        public OrganizationResponse Handle(OrganizationRequest request, CallContext context)
        {
            var userId = RequestParameters.Required<Guid>(request, "UserId");
            var table = engine.Metadata.Require(TableNames.SystemUser);
            var user = engine.Store.Find(TableNames.SystemUser, userId) ?? throw PlatformFault.ObjectDoesNotExist(TableNames.SystemUser, userId);
            engine.Access.Demand(context.Caller, table, AccessRight.Read, RecordScope.Of(table, user));

            var businessUnit = engine.Directory.BusinessUnitOfUser(userId);
            var privileges = engine.Resolver.EffectivePrivileges(userId)
                .OrderBy(p => p.Key.Name, StringComparer.Ordinal)
                .Select(p => new RolePrivilege(p.Value, p.Key.Id, businessUnit, p.Key.Name))
                .ToArray();

            var response = new RetrieveUserPrivilegesResponse { ResponseName = MessageNames.RetrieveUserPrivileges };
            response.Results["RolePrivileges"] = privileges;
            return response;
        }
    }
}

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
    /// RetrieveUserPrivilegeByPrivilegeName (UserId, PrivilegeName): where the user holds one privilege, from its roles
    /// and its teams' roles, at the deepest depth held and anchored at the user's business unit (as
    /// <see cref="RetrieveUserPrivilegesHandler"/>); empty when the user lacks it. Same read rule as that message.
    /// </summary>
    internal sealed class RetrieveUserPrivilegeByPrivilegeNameHandler : IMessageHandler
    {
        private readonly OrganizationEngine engine;

        public RetrieveUserPrivilegeByPrivilegeNameHandler(OrganizationEngine engine)
        {
            this.engine = engine;
        }

        public string TableOf(OrganizationRequest request) => TableNames.SystemUser;

        public OrganizationResponse Handle(OrganizationRequest request, CallContext context)
        {
            var userId = RequestParameters.Required<Guid>(request, "UserId");
            var privilegeName = RequestParameters.Required<string>(request, "PrivilegeName");
            var table = engine.Metadata.Require(TableNames.SystemUser);
            var user = engine.Store.Find(TableNames.SystemUser, userId) ?? throw PlatformFault.ObjectDoesNotExist(TableNames.SystemUser, userId);
            engine.Access.Demand(context.Caller, table, AccessRight.Read, RecordScope.Of(table, user));

            var businessUnit = engine.Directory.BusinessUnitOfUser(userId);
            var grants = engine.Resolver.EffectivePrivileges(userId)
                .Where(p => string.Equals(p.Key.Name, privilegeName, StringComparison.OrdinalIgnoreCase))
                .Select(p => new RolePrivilege(p.Value, p.Key.Id, businessUnit, p.Key.Name))
                .ToArray();

            var response = new RetrieveUserPrivilegeByPrivilegeNameResponse { ResponseName = MessageNames.RetrieveUserPrivilegeByPrivilegeName };
            response.Results["RolePrivileges"] = grants;
            return response;
        }
    }
}

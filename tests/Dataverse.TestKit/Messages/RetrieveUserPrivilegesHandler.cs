using System;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Messages
{
    /// <summary>
    /// RetrieveUserPrivileges (UserId): the user's privileges, team-inherited ones at Basic depth only
    /// (see <see cref="Security.UserPrivilegeReport.BasicView"/>). Reading another user's privileges needs prvReadUser
    /// reaching that user (the platform's own error "They need a role with the prvReadUser privilege" names it).
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
            UserPrivilegeReading.DemandReadUser(engine, userId, context);

            var response = new RetrieveUserPrivilegesResponse { ResponseName = MessageNames.RetrieveUserPrivileges };
            response.Results["RolePrivileges"] = engine.PrivilegeReport.BasicView(userId);
            return response;
        }
    }
}

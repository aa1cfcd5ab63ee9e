using Dataverse.TestKit.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Messages
{
    /// <summary>WhoAmI: the acting user (SYSTEM's id for a SYSTEM service), its business unit and the organization.</summary>
    internal sealed class WhoAmIHandler : IMessageHandler
    {
        private readonly OrganizationEngine engine;

        public WhoAmIHandler(OrganizationEngine engine)
        {
            this.engine = engine;
        }

        public string TableOf(OrganizationRequest request) => null;

        public OrganizationResponse Handle(OrganizationRequest request, CallContext context)
        {
            var response = new WhoAmIResponse { ResponseName = MessageNames.WhoAmI };
            response.Results["UserId"] = context.Caller.UserId;
            response.Results["BusinessUnitId"] = engine.Directory.BusinessUnitOfUser(context.Caller.UserId);
            response.Results["OrganizationId"] = engine.OrganizationId;
            return response;
        }
    }
}

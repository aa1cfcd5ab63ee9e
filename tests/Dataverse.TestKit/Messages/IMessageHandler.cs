using Dataverse.TestKit.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Messages
{
    /// <summary>Carries out one SDK message inside the organization lock and transaction opened by the engine.</summary>
    internal interface IMessageHandler
    {
        /// <summary>The table the request addresses, for the call log (null when none).</summary>
        string TableOf(OrganizationRequest request);

        OrganizationResponse Handle(OrganizationRequest request, CallContext context);
    }
}

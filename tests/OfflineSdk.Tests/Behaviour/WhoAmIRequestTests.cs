using Microsoft.Crm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>WhoAmIRequest: message "WhoAmI", no parameters.</summary>
    public class WhoAmIRequestTests
    {
        [Fact]
        [BehaviourSource(PublicCode.CrmSdkProxyTitle + "WhoAmIRequest", PublicCode.CrmSdkProxy + "WhoAmIRequest.cs")]
        public void Has_the_message_name_and_no_parameters()
        {
            WhoAmIRequest request = new WhoAmIRequest();

            Assert.Equal("WhoAmI", request.RequestName);
            Assert.Empty(request.Parameters);
        }
    }
}

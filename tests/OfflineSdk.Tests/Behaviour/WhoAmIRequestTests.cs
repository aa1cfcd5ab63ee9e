using Microsoft.Crm.Sdk.Messages;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>WhoAmIRequest: message "WhoAmI", no parameters.</summary>
    public class WhoAmIRequestTests
    {
        [Fact]
        public void Has_the_message_name_and_no_parameters()
        {
            WhoAmIRequest request = new WhoAmIRequest();

            Assert.Equal("WhoAmI", request.RequestName);
            Assert.Empty(request.Parameters);
        }
    }
}

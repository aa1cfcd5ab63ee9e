using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>
    /// CreateRequest is a view over Parameters["Target"], RequestName "Create".
    /// The constructor already puts Target (null) in Parameters, as the real SDK does (SDK-derived sources via the code search).
    /// </summary>
    public class CreateRequestTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "CreateRequest", PublicCode.XrmSdk + "Messages/CreateRequest.cs")]
        public void Constructor_sets_the_message_name_and_a_null_target()
        {
            CreateRequest request = new CreateRequest();

            Assert.Equal("Create", request.RequestName);
            Assert.True(request.Parameters.Contains("Target"));
            Assert.Null(request.Target);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "CreateRequest", PublicCode.XrmSdk + "Messages/CreateRequest.cs")]
        public void Target_round_trips_through_Parameters()
        {
            Entity account = new Entity("account");
            CreateRequest request = new CreateRequest { Target = account };

            Assert.Same(account, request.Parameters["Target"]);

            Entity other = new Entity("contact");
            request.Parameters["Target"] = other;
            Assert.Same(other, request.Target);
        }
    }
}

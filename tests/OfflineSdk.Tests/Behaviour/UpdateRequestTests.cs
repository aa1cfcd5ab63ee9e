using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>UpdateRequest: Parameters["Target"] and the optional Parameters["ConcurrencyBehavior"].</summary>
    public class UpdateRequestTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "UpdateRequest", PublicCode.XrmSdk + "Messages/UpdateRequest.cs")]
        public void Target_and_concurrency_round_trip_through_Parameters()
        {
            Entity account = new Entity("account");
            UpdateRequest request = new UpdateRequest { Target = account };

            Assert.Equal("Update", request.RequestName);
            Assert.Same(account, request.Parameters["Target"]);
            Assert.False(request.Parameters.Contains("ConcurrencyBehavior"));
            Assert.Equal(ConcurrencyBehavior.Default, request.ConcurrencyBehavior);

            request.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
            Assert.Equal(ConcurrencyBehavior.IfRowVersionMatches, request.Parameters["ConcurrencyBehavior"]);
        }
    }
}

using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>DisassociateRequest: same parameters as Associate, message "Disassociate".</summary>
    public class DisassociateRequestTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DisassociateRequest", PublicCode.XrmSdk + "Messages/DisassociateRequest.cs")]
        public void Properties_round_trip_through_Parameters()
        {
            Relationship relationship = new Relationship("systemuserroles_association");
            DisassociateRequest request = new DisassociateRequest { Relationship = relationship };

            Assert.Equal("Disassociate", request.RequestName);
            Assert.Same(relationship, request.Parameters["Relationship"]);
            Assert.True(request.Parameters.Contains("Target"));
            Assert.True(request.Parameters.Contains("RelatedEntities"));
        }
    }
}

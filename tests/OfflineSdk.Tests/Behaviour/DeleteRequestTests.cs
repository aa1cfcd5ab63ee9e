using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>DeleteRequest: Parameters["Target"] (an EntityReference), message "Delete".</summary>
    public class DeleteRequestTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DeleteRequest", PublicCode.XrmSdk + "Messages/DeleteRequest.cs")]
        public void Target_round_trips_through_Parameters()
        {
            EntityReference target = new EntityReference("account", Guid.NewGuid());
            DeleteRequest request = new DeleteRequest { Target = target };

            Assert.Equal("Delete", request.RequestName);
            Assert.Same(target, request.Parameters["Target"]);
        }
    }
}

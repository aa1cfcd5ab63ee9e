using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>RetrieveMultipleRequest: Parameters["Query"], message "RetrieveMultiple".</summary>
    public class RetrieveMultipleRequestTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "RetrieveMultipleRequest", PublicCode.XrmSdk + "Messages/RetrieveMultipleRequest.cs")]
        public void Query_round_trips_through_Parameters()
        {
            QueryExpression query = new QueryExpression("systemuser");
            RetrieveMultipleRequest request = new RetrieveMultipleRequest { Query = query };

            Assert.Equal("RetrieveMultiple", request.RequestName);
            Assert.Same(query, request.Parameters["Query"]);
        }
    }
}

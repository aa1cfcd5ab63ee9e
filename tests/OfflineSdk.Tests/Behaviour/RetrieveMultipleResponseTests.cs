using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>RetrieveMultipleResponse.EntityCollection reads Results["EntityCollection"].</summary>
    public class RetrieveMultipleResponseTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "RetrieveMultipleResponse", PublicCode.XrmSdk + "Messages/RetrieveMultipleResponse.cs")]
        public void EntityCollection_reads_the_EntityCollection_result()
        {
            EntityCollection found = new EntityCollection();
            RetrieveMultipleResponse response = new RetrieveMultipleResponse();
            response.Results["EntityCollection"] = found;

            Assert.Same(found, response.EntityCollection);
            Assert.Null(new RetrieveMultipleResponse().EntityCollection);
        }
    }
}

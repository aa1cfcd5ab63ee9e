using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>RetrieveMultipleResponse.EntityCollection reads Results["EntityCollection"].</summary>
    public class RetrieveMultipleResponseTests
    {
        [Fact]
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

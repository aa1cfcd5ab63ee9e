using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>RetrieveResponse.Entity reads Results["Entity"].</summary>
    public class RetrieveResponseTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "RetrieveResponse", PublicCode.XrmSdk + "Messages/RetrieveResponse.cs")]
        public void Entity_reads_the_Entity_result()
        {
            Entity account = new Entity("account");
            RetrieveResponse response = new RetrieveResponse();
            response.Results["Entity"] = account;

            Assert.Same(account, response.Entity);
            Assert.Null(new RetrieveResponse().Entity);
        }
    }
}

using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>OrganizationResponse: a name plus Results; the indexer is Results' indexer.</summary>
    public class OrganizationResponseTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "OrganizationResponse", PublicCode.XrmSdk + "OrganizationResponse.cs")]
        public void Results_are_read_through_the_indexer()
        {
            OrganizationResponse response = new OrganizationResponse { ResponseName = "new_CreateServiceUser" };
            response.Results["UserId"] = 1;

            Assert.Equal(1, response["UserId"]);
            Assert.Equal("new_CreateServiceUser", response.ResponseName);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "OrganizationResponse", PublicCode.XrmSdk + "OrganizationResponse.cs")]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DataCollection<TKey, TValue>", PublicCode.XrmSdk + "DataCollection%602.cs")]
        public void Indexer_on_a_missing_result_throws_KeyNotFoundException()
        {
            Assert.Throws<KeyNotFoundException>(() => new OrganizationResponse()["id"]);
        }
    }
}

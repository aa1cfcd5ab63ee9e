using System;
using Microsoft.Xrm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>CreateResponse.id reads Results["id"] (lower case, as the real property name).</summary>
    public class CreateResponseTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "CreateResponse", PublicCode.XrmSdk + "Messages/CreateResponse.cs")]
        public void id_reads_the_id_result()
        {
            Guid id = Guid.NewGuid();
            CreateResponse response = new CreateResponse();
            response.Results["id"] = id;

            Assert.Equal(id, response.id);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "CreateResponse", PublicCode.XrmSdk + "Messages/CreateResponse.cs")]
        public void id_is_empty_when_the_result_is_missing_or_under_another_key()
        {
            CreateResponse response = new CreateResponse();
            Assert.Equal(Guid.Empty, response.id);

            response.Results["Id"] = Guid.NewGuid();
            Assert.Equal(Guid.Empty, response.id);
        }
    }
}

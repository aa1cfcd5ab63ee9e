using System;
using Microsoft.Xrm.Sdk.Messages;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>CreateResponse.id reads Results["id"] (lower case, as the real property name).</summary>
    public class CreateResponseTests
    {
        [Fact]
        public void id_reads_the_id_result()
        {
            Guid id = Guid.NewGuid();
            CreateResponse response = new CreateResponse();
            response.Results["id"] = id;

            Assert.Equal(id, response.id);
        }

        [Fact]
        public void id_is_empty_when_the_result_is_missing_or_under_another_key()
        {
            CreateResponse response = new CreateResponse();
            Assert.Equal(Guid.Empty, response.id);

            response.Results["Id"] = Guid.NewGuid();
            Assert.Equal(Guid.Empty, response.id);
        }
    }
}

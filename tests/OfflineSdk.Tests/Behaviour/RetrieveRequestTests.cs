using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>RetrieveRequest: Parameters["Target"] and Parameters["ColumnSet"], both present (null) after construction.</summary>
    public class RetrieveRequestTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "RetrieveRequest", PublicCode.XrmSdk + "Messages/RetrieveRequest.cs")]
        public void Constructor_sets_the_message_name_and_null_parameters()
        {
            RetrieveRequest request = new RetrieveRequest();

            Assert.Equal("Retrieve", request.RequestName);
            Assert.True(request.Parameters.Contains("Target"));
            Assert.True(request.Parameters.Contains("ColumnSet"));
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "RetrieveRequest", PublicCode.XrmSdk + "Messages/RetrieveRequest.cs")]
        public void Target_and_ColumnSet_round_trip_through_Parameters()
        {
            EntityReference target = new EntityReference("account", Guid.NewGuid());
            ColumnSet columns = new ColumnSet("name");
            RetrieveRequest request = new RetrieveRequest { Target = target, ColumnSet = columns };

            Assert.Same(target, request.Parameters["Target"]);
            Assert.Same(columns, request.Parameters["ColumnSet"]);
        }
    }
}

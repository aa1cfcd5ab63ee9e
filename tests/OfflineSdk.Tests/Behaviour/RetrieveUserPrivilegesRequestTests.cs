using System;
using Microsoft.Crm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>RetrieveUserPrivilegesRequest: Parameters["UserId"], present (Guid.Empty) after construction.</summary>
    public class RetrieveUserPrivilegesRequestTests
    {
        [Fact]
        [BehaviourSource(PublicCode.CrmSdkProxyTitle + "RetrieveUserPrivilegesRequest", PublicCode.CrmSdkProxy + "RetrieveUserPrivilegesRequest.cs")]
        public void UserId_round_trips_through_Parameters()
        {
            RetrieveUserPrivilegesRequest request = new RetrieveUserPrivilegesRequest();
            Assert.Equal("RetrieveUserPrivileges", request.RequestName);
            Assert.Equal(Guid.Empty, request.Parameters["UserId"]);

            Guid user = Guid.NewGuid();
            request.UserId = user;
            Assert.Equal(user, request.Parameters["UserId"]);
        }
    }
}

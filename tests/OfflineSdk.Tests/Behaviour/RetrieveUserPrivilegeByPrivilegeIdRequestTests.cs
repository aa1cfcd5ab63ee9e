using System;
using Microsoft.Crm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>RetrieveUserPrivilegeByPrivilegeIdRequest: Parameters["UserId"] and ["PrivilegeId"], message "RetrieveUserPrivilegeByPrivilegeId".</summary>
    public class RetrieveUserPrivilegeByPrivilegeIdRequestTests
    {
        [Fact]
        [BehaviourSource("RetrieveUserPrivilegeByPrivilegeIdRequest Class (Microsoft Learn)",
            "https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.retrieveuserprivilegebyprivilegeidrequest")]
        [BehaviourSource("RetrieveUserPrivilegeByPrivilegeId Function (Microsoft Learn, Web API)",
            "https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/retrieveuserprivilegebyprivilegeid")]
        [BehaviourSource(PublicCode.CrmSdkProxyTitle + "RetrieveUserPrivilegesRequest", PublicCode.CrmSdkProxy + "RetrieveUserPrivilegesRequest.cs")]
        [AssumedBehaviour(
            "No copy of this class was found; every typed request we could read puts its Guid parameters in Parameters as Guid.Empty from its constructor",
            "A handler that reads Parameters[\"PrivilegeId\"] of a request nobody filled would get KeyNotFoundException from the real SDK where ours gives Guid.Empty")]
        public void Constructor_sets_the_message_name_and_default_parameters()
        {
            RetrieveUserPrivilegeByPrivilegeIdRequest request = new RetrieveUserPrivilegeByPrivilegeIdRequest();

            Assert.Equal("RetrieveUserPrivilegeByPrivilegeId", request.RequestName);
            Assert.Equal(Guid.Empty, request.Parameters["UserId"]);
            Assert.Equal(Guid.Empty, request.Parameters["PrivilegeId"]);
            Assert.Equal(2, request.Parameters.Count);
        }

        [Fact]
        [BehaviourSource("RetrieveUserPrivilegeByPrivilegeIdRequest Class (Microsoft Learn)",
            "https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.retrieveuserprivilegebyprivilegeidrequest")]
        [BehaviourSource("OrganizationRequest.Parameters Property (Microsoft Learn, CRM 2016 SDK)",
            "https://learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/gg307626(v=crm.8)")]
        public void UserId_and_PrivilegeId_round_trip_through_Parameters()
        {
            Guid user = Guid.NewGuid();
            Guid privilege = Guid.NewGuid();
            RetrieveUserPrivilegeByPrivilegeIdRequest request = new RetrieveUserPrivilegeByPrivilegeIdRequest { UserId = user, PrivilegeId = privilege };

            Assert.Equal(user, request.Parameters["UserId"]);
            Assert.Equal(privilege, request.Parameters["PrivilegeId"]);

            Guid other = Guid.NewGuid();
            request.Parameters["PrivilegeId"] = other;
            Assert.Equal(other, request.PrivilegeId);
        }
    }
}

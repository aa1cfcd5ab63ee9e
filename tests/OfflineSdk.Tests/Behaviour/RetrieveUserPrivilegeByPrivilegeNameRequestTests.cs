using System;
using Microsoft.Crm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>RetrieveUserPrivilegeByPrivilegeNameRequest: Parameters["UserId"] and ["PrivilegeName"], message "RetrieveUserPrivilegeByPrivilegeName".</summary>
    public class RetrieveUserPrivilegeByPrivilegeNameRequestTests
    {
        [Fact]
        [BehaviourSource("RetrieveUserPrivilegeByPrivilegeNameRequest Class (Microsoft Learn)",
            "https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.retrieveuserprivilegebyprivilegenamerequest")]
        [BehaviourSource("RetrieveUserPrivilegeByPrivilegeName Function (Microsoft Learn, Web API)",
            "https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/retrieveuserprivilegebyprivilegename")]
        [BehaviourSource(PublicCode.CrmSdkProxyTitle + "RetrieveUserPrivilegesRequest", PublicCode.CrmSdkProxy + "RetrieveUserPrivilegesRequest.cs")]
        [AssumedBehaviour(
            "No copy of this class was found; every typed request we could read (RetrieveUserPrivileges, AddMembersTeam, the core messages) puts its parameters with default values in Parameters from its constructor",
            "A handler that reads Parameters[\"PrivilegeName\"] of a request nobody filled would get KeyNotFoundException from the real SDK where ours gives null")]
        public void Constructor_sets_the_message_name_and_default_parameters()
        {
            RetrieveUserPrivilegeByPrivilegeNameRequest request = new RetrieveUserPrivilegeByPrivilegeNameRequest();

            Assert.Equal("RetrieveUserPrivilegeByPrivilegeName", request.RequestName);
            Assert.Equal(Guid.Empty, request.Parameters["UserId"]);
            Assert.True(request.Parameters.Contains("PrivilegeName"));
            Assert.Null(request.PrivilegeName);
            Assert.Equal(2, request.Parameters.Count);
        }

        [Fact]
        [BehaviourSource("RetrieveUserPrivilegeByPrivilegeNameRequest Class (Microsoft Learn)",
            "https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.retrieveuserprivilegebyprivilegenamerequest")]
        [BehaviourSource("OrganizationRequest.Parameters Property (Microsoft Learn, CRM 2016 SDK)",
            "https://learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/gg307626(v=crm.8)")]
        public void UserId_and_PrivilegeName_round_trip_through_Parameters()
        {
            Guid user = Guid.NewGuid();
            RetrieveUserPrivilegeByPrivilegeNameRequest request = new RetrieveUserPrivilegeByPrivilegeNameRequest
            {
                UserId = user,
                PrivilegeName = "prvCreateUser",
            };

            Assert.Equal(user, request.Parameters["UserId"]);
            Assert.Equal("prvCreateUser", request.Parameters["PrivilegeName"]);

            request.Parameters["PrivilegeName"] = "prvReadUser";
            Assert.Equal("prvReadUser", request.PrivilegeName);
        }
    }
}

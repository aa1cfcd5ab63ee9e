using System;
using Microsoft.Crm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>RetrieveUserPrivilegeByPrivilegeIdResponse.RolePrivileges reads Results["RolePrivileges"].</summary>
    public class RetrieveUserPrivilegeByPrivilegeIdResponseTests
    {
        [Fact]
        [BehaviourSource("RetrieveUserPrivilegeByPrivilegeIdResponse.RolePrivileges Property (Microsoft Learn)",
            "https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.retrieveuserprivilegebyprivilegeidresponse.roleprivileges")]
        [BehaviourSource(PublicCode.CrmSdkProxyTitle + "RetrieveUserPrivilegesResponse", PublicCode.CrmSdkProxy + "RetrieveUserPrivilegesResponse.cs")]
        public void RolePrivileges_reads_its_result_and_is_null_without_one()
        {
            RolePrivilege[] privileges = { new RolePrivilege(PrivilegeDepth.Global, Guid.NewGuid(), Guid.NewGuid(), "prvWriteTeam") };
            RetrieveUserPrivilegeByPrivilegeIdResponse response = new RetrieveUserPrivilegeByPrivilegeIdResponse();
            response.Results["RolePrivileges"] = privileges;

            Assert.Same(privileges, response.RolePrivileges);
            Assert.Null(new RetrieveUserPrivilegeByPrivilegeIdResponse().RolePrivileges);
        }
    }
}

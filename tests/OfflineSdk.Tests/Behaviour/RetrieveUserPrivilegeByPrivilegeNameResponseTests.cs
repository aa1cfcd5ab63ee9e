using System;
using Microsoft.Crm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>RetrieveUserPrivilegeByPrivilegeNameResponse.RolePrivileges reads Results["RolePrivileges"].</summary>
    public class RetrieveUserPrivilegeByPrivilegeNameResponseTests
    {
        [Fact]
        [BehaviourSource("RetrieveUserPrivilegeByPrivilegeNameResponse ComplexType (Microsoft Learn, Web API)",
            "https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/retrieveuserprivilegebyprivilegenameresponse")]
        [BehaviourSource(PublicCode.CrmSdkProxyTitle + "RetrieveUserPrivilegesResponse", PublicCode.CrmSdkProxy + "RetrieveUserPrivilegesResponse.cs")]
        public void RolePrivileges_reads_its_result_and_is_null_without_one()
        {
            RolePrivilege[] privileges = { new RolePrivilege(PrivilegeDepth.Deep, Guid.NewGuid(), Guid.NewGuid(), "prvCreateUser") };
            RetrieveUserPrivilegeByPrivilegeNameResponse response = new RetrieveUserPrivilegeByPrivilegeNameResponse();
            response.Results["RolePrivileges"] = privileges;

            Assert.Same(privileges, response.RolePrivileges);
            Assert.Null(new RetrieveUserPrivilegeByPrivilegeNameResponse().RolePrivileges);
        }
    }
}

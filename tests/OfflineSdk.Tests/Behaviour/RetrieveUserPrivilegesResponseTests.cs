using System;
using Microsoft.Crm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>RetrieveUserPrivilegesResponse.RolePrivileges reads Results["RolePrivileges"].</summary>
    public class RetrieveUserPrivilegesResponseTests
    {
        [Fact]
        [BehaviourSource(PublicCode.CrmSdkProxyTitle + "RetrieveUserPrivilegesResponse", PublicCode.CrmSdkProxy + "RetrieveUserPrivilegesResponse.cs")]
        public void RolePrivileges_reads_its_result()
        {
            RolePrivilege[] privileges = { new RolePrivilege(PrivilegeDepth.Global, Guid.NewGuid(), Guid.NewGuid(), "prvCreateUser") };
            RetrieveUserPrivilegesResponse response = new RetrieveUserPrivilegesResponse();
            response.Results["RolePrivileges"] = privileges;

            Assert.Same(privileges, response.RolePrivileges);
            Assert.Null(new RetrieveUserPrivilegesResponse().RolePrivileges);
        }
    }
}

using System;
using Microsoft.Crm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>RolePrivilege constructors fill Depth, PrivilegeId, BusinessUnitId, PrivilegeName.</summary>
    public class RolePrivilegeTests
    {
        [Fact]
        [BehaviourSource(PublicCode.CrmSdkProxyTitle + "RolePrivilege", PublicCode.CrmSdkProxy + "RolePrivilege.cs")]
        [BehaviourSource("RolePrivilege Constructors (Microsoft Learn)", "https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.roleprivilege.-ctor")]
        public void Constructors_set_the_properties()
        {
            Guid privilege = Guid.NewGuid();
            Guid businessUnit = Guid.NewGuid();

            RolePrivilege named = new RolePrivilege(PrivilegeDepth.Deep, privilege, businessUnit, "prvReadUser");
            RolePrivilege fromInt = new RolePrivilege(3, privilege);

            Assert.Equal(PrivilegeDepth.Deep, named.Depth);
            Assert.Equal(privilege, named.PrivilegeId);
            Assert.Equal(businessUnit, named.BusinessUnitId);
            Assert.Equal("prvReadUser", named.PrivilegeName);
            Assert.Equal(PrivilegeDepth.Global, fromInt.Depth);
            Assert.Equal(Guid.Empty, fromInt.BusinessUnitId);
        }
    }
}

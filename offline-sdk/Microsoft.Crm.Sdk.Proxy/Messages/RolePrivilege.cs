using System;
using System.Runtime.Serialization;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>A privilege held through a role, at a depth, in a business unit.</summary>
    public sealed class RolePrivilege : IExtensibleDataObject
    {
        public RolePrivilege()
        {
        }

        public RolePrivilege(int depth, Guid privilegeId)
            : this((PrivilegeDepth)depth, privilegeId, Guid.Empty, null)
        {
        }

        public RolePrivilege(int depth, Guid privilegeId, Guid businessId)
            : this((PrivilegeDepth)depth, privilegeId, businessId, null)
        {
        }

        public RolePrivilege(int depth, Guid privilegeId, Guid businessId, string privilegeName)
            : this((PrivilegeDepth)depth, privilegeId, businessId, privilegeName)
        {
        }

        public RolePrivilege(PrivilegeDepth depth, Guid privilegeId, Guid businessId)
            : this(depth, privilegeId, businessId, null)
        {
        }

        public RolePrivilege(PrivilegeDepth depth, Guid privilegeId, Guid businessId, string privilegeName)
        {
            Depth = depth;
            PrivilegeId = privilegeId;
            BusinessUnitId = businessId;
            PrivilegeName = privilegeName;
        }

        public PrivilegeDepth Depth { get; set; }

        public Guid PrivilegeId { get; set; }

        public Guid BusinessUnitId { get; set; }

        public string PrivilegeName { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}

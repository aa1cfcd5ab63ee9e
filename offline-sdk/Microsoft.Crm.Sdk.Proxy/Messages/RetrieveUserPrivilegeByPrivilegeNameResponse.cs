using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>The grants of the privilege, a typed view over Results["RolePrivileges"].</summary>
    public sealed class RetrieveUserPrivilegeByPrivilegeNameResponse : OrganizationResponse
    {
        public RetrieveUserPrivilegeByPrivilegeNameResponse()
        {
        }

        public RolePrivilege[] RolePrivileges
        {
            get { return Results.Contains("RolePrivileges") ? (RolePrivilege[])Results["RolePrivileges"] : null; }
        }
    }
}

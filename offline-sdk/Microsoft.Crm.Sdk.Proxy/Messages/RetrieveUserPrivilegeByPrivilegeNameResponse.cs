using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>The grants of the privilege asked for, a typed view over Results["RolePrivileges"] (learn.microsoft.com RetrieveUserPrivilegeByPrivilegeNameResponse).</summary>
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

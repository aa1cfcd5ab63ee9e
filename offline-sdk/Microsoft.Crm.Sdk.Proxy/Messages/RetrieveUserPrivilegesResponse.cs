using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>The privileges found, a typed view over Results["RolePrivileges"] (learn.microsoft.com RetrieveUserPrivilegesResponse).</summary>
    public sealed class RetrieveUserPrivilegesResponse : OrganizationResponse
    {
        public RetrieveUserPrivilegesResponse()
        {
        }

        public RolePrivilege[] RolePrivileges
        {
            get { return Results.Contains("RolePrivileges") ? (RolePrivilege[])Results["RolePrivileges"] : null; }
        }
    }
}

using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>
    /// Asks for one privilege of a user, by name, at its effective depth: own roles and team roles at the depth the
    /// roles grant (learn.microsoft.com "RetrieveUserPrivilegeByPrivilegeName Function"). A typed view over
    /// Parameters["UserId"] and Parameters["PrivilegeName"]; like the other typed requests, the constructor puts the
    /// defaults (Guid.Empty, null) in Parameters. The optional ExcludeTeamBasic has no property in SDK 9.0.2.34: set
    /// Parameters["ExcludeTeamBasic"] to send it.
    /// </summary>
    public sealed class RetrieveUserPrivilegeByPrivilegeNameRequest : OrganizationRequest
    {
        public RetrieveUserPrivilegeByPrivilegeNameRequest()
        {
            RequestName = "RetrieveUserPrivilegeByPrivilegeName";
            UserId = Guid.Empty;
            PrivilegeName = null;
        }

        public Guid UserId
        {
            get { return Parameters.Contains("UserId") ? (Guid)Parameters["UserId"] : default(Guid); }
            set { Parameters["UserId"] = value; }
        }

        public string PrivilegeName
        {
            get { return Parameters.Contains("PrivilegeName") ? (string)Parameters["PrivilegeName"] : null; }
            set { Parameters["PrivilegeName"] = value; }
        }
    }
}

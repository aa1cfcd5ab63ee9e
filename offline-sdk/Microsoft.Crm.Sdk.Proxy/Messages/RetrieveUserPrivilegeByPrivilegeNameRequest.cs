using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>
    /// Asks where a user holds one named privilege (own roles and team roles).
    /// A typed view over Parameters["UserId"] and Parameters["PrivilegeName"], the message's documented parameters.
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

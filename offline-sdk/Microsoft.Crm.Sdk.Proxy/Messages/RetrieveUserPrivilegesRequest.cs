using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>
    /// Asks for the privileges a user holds through roles (own and team roles).
    /// A typed view over Parameters["UserId"]; as in the real SDK the constructor puts UserId = Guid.Empty in Parameters
    /// (constructor defaults cross-checked with public SDK-derived sources found through the code search).
    /// </summary>
    public sealed class RetrieveUserPrivilegesRequest : OrganizationRequest
    {
        public RetrieveUserPrivilegesRequest()
        {
            RequestName = "RetrieveUserPrivileges";
            UserId = Guid.Empty;
        }

        public Guid UserId
        {
            get { return Parameters.Contains("UserId") ? (Guid)Parameters["UserId"] : default(Guid); }
            set { Parameters["UserId"] = value; }
        }
    }
}

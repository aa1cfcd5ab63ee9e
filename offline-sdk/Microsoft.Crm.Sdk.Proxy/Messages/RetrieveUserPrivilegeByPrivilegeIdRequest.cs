using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>
    /// Asks for one privilege of a user, by id, at its effective depth (learn.microsoft.com
    /// "RetrieveUserPrivilegeByPrivilegeId Function"). A typed view over Parameters["UserId"] and
    /// Parameters["PrivilegeId"], both Guid.Empty after construction. ExcludeTeamBasic: see
    /// <see cref="RetrieveUserPrivilegeByPrivilegeNameRequest"/>.
    /// </summary>
    public sealed class RetrieveUserPrivilegeByPrivilegeIdRequest : OrganizationRequest
    {
        public RetrieveUserPrivilegeByPrivilegeIdRequest()
        {
            RequestName = "RetrieveUserPrivilegeByPrivilegeId";
            UserId = Guid.Empty;
            PrivilegeId = Guid.Empty;
        }

        public Guid UserId
        {
            get { return Parameters.Contains("UserId") ? (Guid)Parameters["UserId"] : default(Guid); }
            set { Parameters["UserId"] = value; }
        }

        public Guid PrivilegeId
        {
            get { return Parameters.Contains("PrivilegeId") ? (Guid)Parameters["PrivilegeId"] : default(Guid); }
            set { Parameters["PrivilegeId"] = value; }
        }
    }
}

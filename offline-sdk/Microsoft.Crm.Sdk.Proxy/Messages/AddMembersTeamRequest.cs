using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>
    /// Adds users to a team. A typed view over Parameters["TeamId"] and Parameters["MemberIds"]; as in the real SDK the
    /// constructor puts TeamId = Guid.Empty and MemberIds = null in Parameters
    /// (constructor defaults cross-checked with public SDK-derived sources found through the code search).
    /// </summary>
    public sealed class AddMembersTeamRequest : OrganizationRequest
    {
        public AddMembersTeamRequest()
        {
            RequestName = "AddMembersTeam";
            TeamId = Guid.Empty;
            MemberIds = null;
        }

        public Guid TeamId
        {
            get { return Parameters.Contains("TeamId") ? (Guid)Parameters["TeamId"] : default(Guid); }
            set { Parameters["TeamId"] = value; }
        }

        public Guid[] MemberIds
        {
            get { return Parameters.Contains("MemberIds") ? (Guid[])Parameters["MemberIds"] : null; }
            set { Parameters["MemberIds"] = value; }
        }
    }
}

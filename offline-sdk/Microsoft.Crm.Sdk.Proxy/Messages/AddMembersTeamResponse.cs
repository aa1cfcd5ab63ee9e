using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>AddMembersTeam returns no results.</summary>
    public sealed class AddMembersTeamResponse : OrganizationResponse
    {
        public AddMembersTeamResponse()
        {
        }
    }
}

using System;
using Microsoft.Crm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>AddMembersTeamRequest: Parameters["TeamId"] and ["MemberIds"], both present after construction.</summary>
    public class AddMembersTeamRequestTests
    {
        [Fact]
        [BehaviourSource(PublicCode.CrmSdkProxyTitle + "AddMembersTeamRequest", PublicCode.CrmSdkProxy + "AddMembersTeamRequest.cs")]
        public void Constructor_sets_the_message_name_and_default_parameters()
        {
            AddMembersTeamRequest request = new AddMembersTeamRequest();

            Assert.Equal("AddMembersTeam", request.RequestName);
            Assert.Equal(Guid.Empty, request.Parameters["TeamId"]);
            Assert.True(request.Parameters.Contains("MemberIds"));
            Assert.Null(request.MemberIds);
        }

        [Fact]
        [BehaviourSource(PublicCode.CrmSdkProxyTitle + "AddMembersTeamRequest", PublicCode.CrmSdkProxy + "AddMembersTeamRequest.cs")]
        [BehaviourSource("AddMembersTeamRequest Class (Microsoft Learn)", "https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.addmembersteamrequest")]
        public void TeamId_and_MemberIds_round_trip_through_Parameters()
        {
            Guid team = Guid.NewGuid();
            Guid[] members = { Guid.NewGuid(), Guid.NewGuid() };
            AddMembersTeamRequest request = new AddMembersTeamRequest { TeamId = team, MemberIds = members };

            Assert.Equal(team, request.Parameters["TeamId"]);
            Assert.Same(members, request.Parameters["MemberIds"]);
        }
    }
}

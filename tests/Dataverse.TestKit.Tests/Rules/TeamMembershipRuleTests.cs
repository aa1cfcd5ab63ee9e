using System;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.TestKit.Tests.Rules
{
    /// <summary>
    /// AddMembersTeam needs prvWriteTeam and prvAppendToTeam reaching the team (the kit's documented choice); default and
    /// Entra-group teams take no explicit members, for SYSTEM either.
    /// </summary>
    public class TeamMembershipRuleTests
    {
        private readonly InMemoryOrganization org = new InMemoryOrganization();
        private readonly EntityReference member;

        public TeamMembershipRuleTests()
        {
            member = org.AddUser("member@contoso.com");
        }

        [Fact]
        public void Adding_members_needs_write_and_append_to_on_the_team()
        {
            var team = org.AddTeam("Ops");
            var writerOnly = org.AddUser("writer@contoso.com", null, 0, org.AddRole("Team writer", ("prvWriteTeam", PrivilegeDepth.Global)));
            var manager = org.AddUser("manager@contoso.com", null, 0, org.AddRole("Team manager", ("prvWriteTeam", PrivilegeDepth.Global), ("prvAppendToTeam", PrivilegeDepth.Global)));

            var fault = FaultAssert.Throws(PlatformErrorCode.PrivilegeDenied, () => AddMember(org.ServiceFor(writerOnly.Id), team));
            AddMember(org.ServiceFor(manager.Id), team);

            Assert.Contains("prvAppendToTeam", fault.Message);
            Assert.Contains(team.Id, org.TeamsOf(member.Id));
        }

        [Fact]
        public void The_depth_must_reach_the_team_business_unit()
        {
            var sales = org.AddBusinessUnit("Sales");
            var salesTeam = org.AddTeam("Sales ops", sales);
            var rootManager = org.AddUser("manager@contoso.com", null, 0, org.AddRole("Local team manager", ("prvWriteTeam", PrivilegeDepth.Local), ("prvAppendToTeam", PrivilegeDepth.Local)));

            FaultAssert.Throws(PlatformErrorCode.AccessCheckFailed, () => AddMember(org.ServiceFor(rootManager.Id), salesTeam));
        }

        [Fact]
        public void SYSTEM_adds_members_to_an_owner_team_and_removes_them()
        {
            var team = org.AddTeam("Ops");

            AddMember(org.SystemService, team);
            Assert.Contains(team.Id, org.TeamsOf(member.Id));

            org.SystemService.Execute(new OrganizationRequest("RemoveMembersTeam") { ["TeamId"] = team.Id, ["MemberIds"] = new[] { member.Id } });
            Assert.DoesNotContain(team.Id, org.TeamsOf(member.Id));
        }

        [Fact]
        public void A_default_team_takes_no_explicit_members()
        {
            var other = org.AddBusinessUnit("Other");

            FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => AddMember(org.SystemService, org.DefaultTeamOf(other)));
        }

        [Theory]
        [InlineData(TeamKind.AadSecurityGroup)]
        [InlineData(TeamKind.AadOfficeGroup)]
        public void An_Entra_group_team_takes_no_explicit_members(TeamKind kind)
        {
            var group = org.AddTeam("Group", kind: kind);

            FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => AddMember(org.SystemService, group));
            Assert.DoesNotContain(group.Id, org.TeamsOf(member.Id));
        }

        [Fact]
        public void Associate_on_teammembership_association_applies_the_same_rules()
        {
            var team = org.AddTeam("Ops");
            var nobody = org.AddUser("nobody@contoso.com");

            FaultAssert.Throws(
                PlatformErrorCode.PrivilegeDenied,
                () => org.ServiceFor(nobody.Id).Associate("team", team.Id, new Relationship("teammembership_association"), new EntityReferenceCollection { member }));
            org.SystemService.Associate("team", team.Id, new Relationship("teammembership_association"), new EntityReferenceCollection { member });

            Assert.Contains(org.Records("teammembership"), row => row.GetAttributeValue<Guid>("teamid") == team.Id && row.GetAttributeValue<Guid>("systemuserid") == member.Id);
        }

        [Fact]
        public void A_system_managed_access_team_takes_no_direct_members_but_a_user_created_access_team_does()
        {
            // Access teams made from a team template for one record are system-managed: their members change through
            // AddUserToRecordTeam / RemoveUserFromRecordTeam ("About team templates" / team table docs).
            var recordTeam = org.AddRecordAccessTeam("Account 4711 access");
            var userCreated = org.AddTeam("Shared review", null, TeamKind.Access);

            FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => AddMember(org.SystemService, recordTeam));
            AddMember(org.SystemService, userCreated);

            Assert.True(org.Record("team", recordTeam.Id).GetAttributeValue<bool>("systemmanaged"));
            Assert.DoesNotContain(recordTeam.Id, org.TeamsOf(member.Id));
            Assert.Contains(userCreated.Id, org.TeamsOf(member.Id));
        }

        private void AddMember(IOrganizationService service, EntityReference team) =>
            service.Execute(new AddMembersTeamRequest { TeamId = team.Id, MemberIds = new[] { member.Id } });
    }
}

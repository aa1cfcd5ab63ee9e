using System;
using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.TestKit.Tests.Security
{
    /// <summary>
    /// The privilege-reading messages. Sources: "RetrieveUserPrivileges Function" (Remarks: team-inherited privileges come
    /// back at Basic only) and the reference pages of RetrieveUserPrivilegeByPrivilegeName / ById and
    /// RetrieveUserSetOfPrivilegesByNames / ByIds (effective depth, optional ExcludeTeamBasic), learn.microsoft.com.
    /// </summary>
    public class UserPrivilegeMessageTests
    {
        private readonly InMemoryOrganization org = new InMemoryOrganization();
        private readonly EntityReference sales;
        private readonly EntityReference support;
        private readonly EntityReference delegateUser;
        private readonly IOrganizationService service;

        public UserPrivilegeMessageTests()
        {
            sales = org.AddBusinessUnit("Sales");
            support = org.AddBusinessUnit("Support");

            // Own role: Read User at Local. Team in Support: Create User at Deep, Read Team at Basic.
            delegateUser = org.AddUser("delegate@contoso.com", sales, 0, org.AddRole("Own", ("prvReadUser", PrivilegeDepth.Local)));
            var team = org.AddTeam("User admins", support, TeamKind.AadSecurityGroup,
                org.AddRole("Team grants", ("prvCreateUser", PrivilegeDepth.Deep), ("prvReadTeam", PrivilegeDepth.Basic), ("prvReadUser", PrivilegeDepth.Global)));
            org.AddTeamMembers(team, delegateUser);
            service = org.ServiceFor(delegateUser.Id);
        }

        [Fact]
        public void RetrieveUserPrivileges_answers_team_inherited_privileges_at_Basic_and_own_ones_at_their_depth()
        {
            var privileges = ((RetrieveUserPrivilegesResponse)service.Execute(new RetrieveUserPrivilegesRequest { UserId = delegateUser.Id })).RolePrivileges;

            Assert.Equal(PrivilegeDepth.Basic, Single(privileges, "prvCreateUser").Depth);
            Assert.Equal(PrivilegeDepth.Basic, Single(privileges, "prvReadTeam").Depth);
            Assert.Equal(PrivilegeDepth.Local, Single(privileges, "prvReadUser").Depth); // own Local beats the team's Basic view
            Assert.All(privileges, privilege => Assert.Equal(sales.Id, privilege.BusinessUnitId));
        }

        [Fact]
        public void ByPrivilegeName_answers_the_team_grant_at_its_real_depth_anchored_at_the_team_unit()
        {
            var response = (RetrieveUserPrivilegeByPrivilegeNameResponse)service.Execute(
                new RetrieveUserPrivilegeByPrivilegeNameRequest { UserId = delegateUser.Id, PrivilegeName = "prvCreateUser" });

            // The team's grant at Deep, measured from the team's unit; and, because new roles default to "Direct User
            // (Basic) access level and Team privileges", the member's own Basic copy, measured from the member's unit.
            Assert.Equal(2, response.RolePrivileges.Length);
            Assert.Contains(response.RolePrivileges, grant => grant.Depth == PrivilegeDepth.Deep && grant.BusinessUnitId == support.Id);
            Assert.Contains(response.RolePrivileges, grant => grant.Depth == PrivilegeDepth.Basic && grant.BusinessUnitId == sales.Id);
            Assert.All(response.RolePrivileges, grant => Assert.Equal("prvCreateUser", grant.PrivilegeName));
        }

        [Fact]
        public void A_Team_privileges_only_role_gives_the_member_nothing_directly()
        {
            var member = org.AddUser("member@contoso.com", sales);
            var teamOnlyRole = org.AddRole("Team only", ("prvCreateUser", PrivilegeDepth.Global));
            org.SystemService.Update(new Entity("role", teamOnlyRole.Id) { ["isinherited"] = new OptionSetValue(0) });
            var team = org.AddTeam("Owners", support, TeamKind.Owner, teamOnlyRole);
            org.AddTeamMembers(team, member);

            var response = (RetrieveUserPrivilegeByPrivilegeNameResponse)org.SystemService.Execute(
                new RetrieveUserPrivilegeByPrivilegeNameRequest { UserId = member.Id, PrivilegeName = "prvCreateUser" });

            var grant = Assert.Single(response.RolePrivileges);
            Assert.Equal(PrivilegeDepth.Global, grant.Depth);
            Assert.Equal(support.Id, grant.BusinessUnitId);
        }

        [Fact]
        public void ByPrivilegeId_answers_one_entry_per_anchoring_unit()
        {
            var readUser = org.Privilege("prvReadUser");
            var response = (RetrieveUserPrivilegeByPrivilegeIdResponse)service.Execute(
                new RetrieveUserPrivilegeByPrivilegeIdRequest { UserId = delegateUser.Id, PrivilegeId = readUser.Id });

            Assert.Equal(2, response.RolePrivileges.Length);
            Assert.Contains(response.RolePrivileges, grant => grant.BusinessUnitId == sales.Id && grant.Depth == PrivilegeDepth.Local);
            Assert.Contains(response.RolePrivileges, grant => grant.BusinessUnitId == support.Id && grant.Depth == PrivilegeDepth.Global);
        }

        [Fact]
        public void The_SetOf_messages_are_late_bound_and_answer_only_the_privileges_asked_for()
        {
            var byNames = service.Execute(new OrganizationRequest("RetrieveUserSetOfPrivilegesByNames")
            {
                ["UserId"] = delegateUser.Id,
                ["PrivilegeNames"] = new[] { "prvCreateUser", "prvReadTeam", "prvDeleteUser", "prvNoSuchThing" },
            });
            var byIds = service.Execute(new OrganizationRequest("RetrieveUserSetOfPrivilegesByIds")
            {
                ["UserId"] = delegateUser.Id,
                ["PrivilegeIds"] = new[] { org.Privilege("prvCreateUser").Id },
            });

            Assert.Equal("RetrieveUserSetOfPrivilegesByNames", byNames.ResponseName);
            Assert.Equal(new[] { "prvCreateUser", "prvReadTeam" }, ((RolePrivilege[])byNames.Results["RolePrivileges"]).Select(p => p.PrivilegeName).Distinct());
            var created = (RolePrivilege[])byIds.Results["RolePrivileges"];
            Assert.All(created, grant => Assert.Equal("prvCreateUser", grant.PrivilegeName));
            Assert.Contains(created, grant => grant.Depth == PrivilegeDepth.Deep);
        }

        [Fact]
        public void ExcludeTeamBasic_leaves_out_Basic_team_grants_only()
        {
            var teamBasic = new OrganizationRequest("RetrieveUserSetOfPrivilegesByNames")
            {
                ["UserId"] = delegateUser.Id,
                ["PrivilegeNames"] = new[] { "prvReadTeam", "prvCreateUser" },
                ["ExcludeTeamBasic"] = true,
            };

            var answered = (RolePrivilege[])service.Execute(teamBasic).Results["RolePrivileges"];

            var kept = Assert.Single(answered);
            Assert.Equal("prvCreateUser", kept.PrivilegeName);
            Assert.Equal(PrivilegeDepth.Deep, kept.Depth);
        }

        [Fact]
        public void Reading_another_users_privileges_needs_read_access_to_that_user()
        {
            var outsider = org.AddUser("outsider@contoso.com", support, 0, org.AddRole("Nothing", ("prvReadTeam", PrivilegeDepth.Local)));

            FaultAssert.Throws(PlatformErrorCode.PrivilegeDenied, () => org.ServiceFor(outsider.Id).Execute(
                new RetrieveUserPrivilegeByPrivilegeNameRequest { UserId = delegateUser.Id, PrivilegeName = "prvCreateUser" }));
        }

        private static RolePrivilege Single(RolePrivilege[] privileges, string name) => Assert.Single(privileges, privilege => privilege.PrivilegeName == name);
    }
}

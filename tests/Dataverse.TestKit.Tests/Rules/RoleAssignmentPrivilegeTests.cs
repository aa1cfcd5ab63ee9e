using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.TestKit.Tests.Rules
{
    /// <summary>
    /// Assigning a role needs prvReadRole and prvAssignRole, and the caller cannot hand out a privilege (or a deeper depth)
    /// it lacks (AccessDenied 0x80048405). SYSTEM is exempt.
    /// </summary>
    public class RoleAssignmentPrivilegeTests
    {
        private readonly InMemoryOrganization org = new InMemoryOrganization();
        private readonly EntityReference target;

        public RoleAssignmentPrivilegeTests()
        {
            target = org.AddUser("target@contoso.com");
        }

        [Fact]
        public void A_caller_may_assign_a_role_whose_privileges_it_holds()
        {
            var caller = org.AddUser("caller@contoso.com", null, 0, org.AddRole("Assigner", ("prvReadRole", PrivilegeDepth.Global), ("prvAssignRole", PrivilegeDepth.Global), ("prvReadUser", PrivilegeDepth.Local)));
            var reader = org.AddRole("Reader", ("prvReadUser", PrivilegeDepth.Local));

            Assign(org.ServiceFor(caller.Id), reader);

            Assert.Contains(reader.Id, org.RolesOf(target.Id));
        }

        [Fact]
        public void A_caller_cannot_assign_a_role_holding_a_privilege_it_lacks()
        {
            var caller = org.AddUser("caller@contoso.com", null, 0, org.AddRole("Assigner", ("prvReadRole", PrivilegeDepth.Global), ("prvAssignRole", PrivilegeDepth.Global)));

            var fault = FaultAssert.Throws(PlatformErrorCode.AccessDenied, () => Assign(org.ServiceFor(caller.Id), org.SystemAdministratorRole));

            Assert.Equal("Access is denied.", fault.Message);
            Assert.Empty(org.RolesOf(target.Id));
        }

        [Fact]
        public void A_caller_cannot_assign_a_deeper_depth_than_it_holds()
        {
            var caller = org.AddUser("caller@contoso.com", null, 0, org.AddRole("Assigner", ("prvReadRole", PrivilegeDepth.Global), ("prvAssignRole", PrivilegeDepth.Global), ("prvReadUser", PrivilegeDepth.Local)));
            var deepReader = org.AddRole("Deep reader", ("prvReadUser", PrivilegeDepth.Deep));

            FaultAssert.Throws(PlatformErrorCode.AccessDenied, () => Assign(org.ServiceFor(caller.Id), deepReader));
        }

        [Fact]
        public void Assigning_needs_prvAssignRole_and_prvReadRole()
        {
            var withoutAssign = org.AddUser("no-assign@contoso.com", null, 0, org.AddRole("Role reader", ("prvReadRole", PrivilegeDepth.Global)));
            var withoutRead = org.AddUser("no-read@contoso.com", null, 0, org.AddRole("Role assigner", ("prvAssignRole", PrivilegeDepth.Global)));
            var empty = org.AddRole("Empty");

            var missingAssign = FaultAssert.Throws(PlatformErrorCode.PrivilegeDenied, () => Assign(org.ServiceFor(withoutAssign.Id), empty));
            var missingRead = FaultAssert.Throws(PlatformErrorCode.PrivilegeDenied, () => Assign(org.ServiceFor(withoutRead.Id), empty));

            Assert.Contains("prvAssignRole", missingAssign.Message);
            Assert.Contains("prvReadRole", missingRead.Message);
        }

        [Fact]
        public void SYSTEM_assigns_any_role()
        {
            Assign(org.SystemService, org.SystemAdministratorRole);

            Assert.Contains(org.SystemAdministratorRole.Id, org.RolesOf(target.Id));
        }

        [Fact]
        public void Entra_group_teams_take_no_team_privileges_only_role()
        {
            var role = org.AddRole("Team only");
            org.SystemService.Update(new Entity("role", role.Id) { ["isinherited"] = new OptionSetValue(0) });
            var group = org.AddTeam("Group", kind: TeamKind.AadSecurityGroup);

            FaultAssert.Throws(
                PlatformErrorCode.AadGroupTeamsCanOnlyAssignInheritableRoles,
                () => org.SystemService.Associate("team", group.Id, new Relationship("teamroles_association"), new EntityReferenceCollection { role }));
            org.SystemService.Associate("team", org.AddTeam("Owners").Id, new Relationship("teamroles_association"), new EntityReferenceCollection { role });
        }

        private void Assign(IOrganizationService service, EntityReference role) =>
            service.Associate("systemuser", target.Id, new Relationship("systemuserroles_association"), new EntityReferenceCollection { role });
    }
}

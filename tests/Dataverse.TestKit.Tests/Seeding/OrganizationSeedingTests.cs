using System;
using System.Linq;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.TestKit.Tests.Seeding
{
    public class OrganizationSeedingTests
    {
        [Fact]
        public void A_new_organization_has_a_root_business_unit_SYSTEM_and_System_Administrator()
        {
            var org = new InMemoryOrganization();

            var root = org.Record("businessunit", org.RootBusinessUnit.Id);
            Assert.Null(root.GetAttributeValue<EntityReference>("parentbusinessunitid"));
            Assert.Equal("SYSTEM", org.Record("systemuser", org.SystemUserId).GetAttributeValue<string>("fullname"));
            var administrator = org.Record("role", org.SystemAdministratorRole.Id);
            Assert.Equal(new Guid("627090FF-40A3-4053-8790-584EDC5BE201"), administrator.GetAttributeValue<EntityReference>("roletemplateid").Id);
            Assert.Equal(org.RootBusinessUnit.Id, administrator.GetAttributeValue<EntityReference>("businessunitid").Id);
        }

        [Fact]
        public void System_Administrator_holds_every_privilege_at_Global_including_tables_added_later()
        {
            var org = new InMemoryOrganization();
            org.AddTable("new_widget");
            var admin = org.AddUser("admin@contoso.com", roles: org.SystemAdministratorRole);

            var privileges = org.PrivilegesOf(admin.Id);

            Assert.Equal(org.Privileges.Count, privileges.Count);
            Assert.All(privileges.Values, depth => Assert.Equal(PrivilegeDepth.Global, depth));
            Assert.Contains("prvCreatenew_widget", privileges.Keys);
        }

        [Fact]
        public void Every_business_unit_gets_a_default_team_and_its_users_join_it()
        {
            var org = new InMemoryOrganization();
            var sales = org.AddBusinessUnit("Sales");

            var defaultTeam = org.Record("team", org.DefaultTeamOf(sales).Id);
            var user = org.AddUser("ann@contoso.com", sales);

            Assert.True(defaultTeam.GetAttributeValue<bool>("isdefault"));
            Assert.Equal("Sales", defaultTeam.GetAttributeValue<string>("name"));
            Assert.Equal(sales.Id, defaultTeam.GetAttributeValue<EntityReference>("businessunitid").Id);
            Assert.Contains(defaultTeam.Id, org.TeamsOf(user.Id));
            Assert.NotEqual(org.DefaultTeamOf(org.RootBusinessUnit).Id, defaultTeam.Id);
        }

        [Fact]
        public void A_root_role_is_copied_into_every_business_unit_existing_and_added_later()
        {
            var org = new InMemoryOrganization();
            var sales = org.AddBusinessUnit("Sales");
            var emea = org.AddBusinessUnit("EMEA", parent: sales);
            var role = org.AddRole("Service User Manager", ("prvCreateUser", PrivilegeDepth.Local));
            var paris = org.AddBusinessUnit("Paris", parent: emea);

            var copies = org.Records("role").Where(r => r.GetAttributeValue<EntityReference>("parentrootroleid")?.Id == role.Id).ToList();

            Assert.Equal(
                new[] { org.RootBusinessUnit.Id, sales.Id, emea.Id, paris.Id }.OrderBy(id => id),
                copies.Select(c => c.GetAttributeValue<EntityReference>("businessunitid").Id).OrderBy(id => id));
            Assert.All(copies, c => Assert.Equal("Service User Manager", c.GetAttributeValue<string>("name")));
            Assert.Equal(org.RoleInBusinessUnit(role, sales).Id, org.Record("role", org.RoleInBusinessUnit(role, emea).Id).GetAttributeValue<EntityReference>("parentroleid").Id);
            Assert.Equal(org.RoleInBusinessUnit(role, emea).Id, org.Record("role", org.RoleInBusinessUnit(role, paris).Id).GetAttributeValue<EntityReference>("parentroleid").Id);
        }

        [Fact]
        public void Role_copies_keep_the_template_id_and_the_privileges()
        {
            var org = new InMemoryOrganization();
            var template = Guid.NewGuid();
            var role = org.AddRole("Templated", template, ("prvReadUser", PrivilegeDepth.Deep));
            var sales = org.AddBusinessUnit("Sales");
            var salesUser = org.AddUser("bob@contoso.com", sales, 0, role);

            var copy = org.Record("role", org.RoleInBusinessUnit(role, sales).Id);

            Assert.Equal(template, copy.GetAttributeValue<EntityReference>("roletemplateid").Id);
            Assert.Equal(PrivilegeDepth.Deep, org.PrivilegesOf(salesUser.Id)["prvReadUser"]);
        }

        [Fact]
        public void A_seeded_user_given_a_root_role_gets_the_copy_in_its_business_unit()
        {
            var org = new InMemoryOrganization();
            var sales = org.AddBusinessUnit("Sales");
            var role = org.AddRole("Reader", ("prvReadUser", PrivilegeDepth.Local));

            var user = org.AddUser("carol@contoso.com", sales, 0, role);

            Assert.Equal(new[] { org.RoleInBusinessUnit(role, sales).Id }, org.RolesOf(user.Id));
        }

        [Fact]
        public void A_seeded_user_has_the_given_columns()
        {
            var org = new InMemoryOrganization();
            var options = new UserOptions { FirstName = "Dana", LastName = "Scully", AccessMode = 4, IsDisabled = true };

            var user = org.Record("systemuser", org.AddUser("dana@contoso.com", options).Id);

            Assert.Equal("dana@contoso.com", user.GetAttributeValue<string>("domainname"));
            Assert.Equal("Dana Scully", user.GetAttributeValue<string>("fullname"));
            Assert.Equal(4, user.GetAttributeValue<OptionSetValue>("accessmode").Value);
            Assert.True(user.GetAttributeValue<bool>("isdisabled"));
            Assert.Equal(org.RootBusinessUnit.Id, user.GetAttributeValue<EntityReference>("businessunitid").Id);
        }

        [Fact]
        public void A_disabled_business_unit_is_seeded_disabled()
        {
            var org = new InMemoryOrganization();

            var closed = org.AddBusinessUnit("Closed", disabled: true);

            Assert.True(org.Record("businessunit", closed.Id).GetAttributeValue<bool>("isdisabled"));
        }

        [Fact]
        public void Entra_group_teams_carry_their_type_and_object_id_and_take_seeded_members()
        {
            var org = new InMemoryOrganization();
            var user = org.AddUser("erin@contoso.com");

            var group = org.AddTeam("Engineers", kind: TeamKind.AadSecurityGroup);
            org.AddTeamMembers(group, user);

            var team = org.Record("team", group.Id);
            Assert.Equal(2, team.GetAttributeValue<OptionSetValue>("teamtype").Value);
            Assert.NotEqual(Guid.Empty, team.GetAttributeValue<Guid>("azureactivedirectoryobjectid"));
            Assert.Contains(group.Id, org.TeamsOf(user.Id));
        }

        [Fact]
        public void Team_roles_give_their_privileges_to_the_members()
        {
            var org = new InMemoryOrganization();
            var role = org.AddRole("Team reader", ("prvReadTeam", PrivilegeDepth.Global));
            var team = org.AddTeam("Readers", roles: role);
            var user = org.AddUser("frank@contoso.com");
            Assert.DoesNotContain("prvReadTeam", org.PrivilegesOf(user.Id).Keys);

            org.AddTeamMembers(team, user);

            Assert.Equal(PrivilegeDepth.Global, org.PrivilegesOf(user.Id)["prvReadTeam"]);
        }

        [Fact]
        public void Seeding_is_not_recorded_as_service_calls()
        {
            var org = new InMemoryOrganization();

            org.AddUser("gina@contoso.com", org.AddBusinessUnit("Sales"), 0, org.AddRole("R"));

            Assert.Empty(org.Calls);
        }

        [Fact]
        public void Records_are_copies()
        {
            var org = new InMemoryOrganization();
            var user = org.AddUser("hank@contoso.com");

            org.Record("systemuser", user.Id)["domainname"] = "changed";
            org.SystemService.Retrieve("systemuser", user.Id, new Microsoft.Xrm.Sdk.Query.ColumnSet(true))["domainname"] = "changed";

            Assert.Equal("hank@contoso.com", org.Record("systemuser", user.Id).GetAttributeValue<string>("domainname"));
        }
    }
}

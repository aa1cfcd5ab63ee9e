using Dataverse.TestKit;
using Microsoft.Crm.Sdk.Messages;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.CreateServiceUser
{
    /// <summary>All or nothing: when the platform refuses a later step, the user created as SYSTEM is rolled back too.</summary>
    public class CreateServiceUserRollbackTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();

        [Fact]
        public void A_refused_team_membership_rolls_back_the_user_and_its_roles()
        {
            // A delegate who may create users and give roles but not change teams.
            var noTeamWrite = scenario.Org.AddRole("Creator Without Team Write",
                ("prvCreateUser", PrivilegeDepth.Global), ("prvReadUser", PrivilegeDepth.Global), ("prvReadBusinessUnit", PrivilegeDepth.Global),
                ("prvReadRole", PrivilegeDepth.Global), ("prvAssignRole", PrivilegeDepth.Global), ("prvReadTeam", PrivilegeDepth.Global));
            var caller = scenario.Org.AddUser("creator@contoso.com", scenario.Root, 0, noTeamWrite);
            var before = scenario.Org.Snapshot();

            var fault = scenario.Refusal(caller, ServiceUserScenario.NonInteractiveRequest().With("Roles", "Integration Reader").With("Teams", "Integrations"), ServiceUserErrorCode.TeamMembershipDenied);

            Assert.Contains("'Integrations'", fault.Message);
            Assert.Null(scenario.UserByDomainName("svc-sync@contoso.com"));
            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Fact]
        public void A_refused_role_assignment_rolls_back_the_user()
        {
            var noAssign = scenario.Org.AddRole("Creator Without Assign",
                ("prvCreateUser", PrivilegeDepth.Global), ("prvReadUser", PrivilegeDepth.Global), ("prvReadBusinessUnit", PrivilegeDepth.Global),
                ("prvReadRole", PrivilegeDepth.Global), ("prvReadTeam", PrivilegeDepth.Global));
            var caller = scenario.Org.AddUser("creator@contoso.com", scenario.Root, 0, noAssign);
            var before = scenario.Org.Snapshot();

            scenario.Refusal(caller, ServiceUserScenario.NonInteractiveRequest().With("Roles", "Basic Access"), ServiceUserErrorCode.RoleAssignmentDenied);

            Assert.Equal(before, scenario.Org.Snapshot());
        }
    }
}

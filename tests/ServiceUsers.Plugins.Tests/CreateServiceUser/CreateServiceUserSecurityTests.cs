using System.Linq;
using System.ServiceModel;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.CreateServiceUser
{
    /// <summary>Delegation without escalation: who may create where, what runs as SYSTEM, what the platform still refuses.</summary>
    public class CreateServiceUserSecurityTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();

        [Fact]
        public void A_caller_without_prvCreateUser_is_stopped_by_the_platform_before_the_plugin()
        {
            var before = scenario.Org.Snapshot();

            var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Execute(scenario.Bystander, ServiceUserScenario.NonInteractiveRequest()));

            Assert.DoesNotContain("SU", fault.Detail.Message.Substring(0, 2));
            Assert.Contains("prvCreateUser", fault.Detail.Message + fault.Detail.TraceText);
            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Fact]
        public void A_local_delegate_creates_in_its_own_unit_only()
        {
            var own = scenario.Execute(scenario.LocalDelegate, ServiceUserScenario.NonInteractiveRequest("svc-a@contoso.com").With("BusinessUnitId", scenario.Sales.Id));
            Assert.True((bool)own["Created"]);

            var before = scenario.Org.Snapshot();
            scenario.Refusal(scenario.LocalDelegate, ServiceUserScenario.NonInteractiveRequest("svc-b@contoso.com").With("BusinessUnitId", scenario.SalesEmea.Id), ServiceUserErrorCode.CallerMayNotCreateUsersThere);
            scenario.Refusal(scenario.LocalDelegate, ServiceUserScenario.NonInteractiveRequest("svc-c@contoso.com").With("BusinessUnitId", scenario.Support.Id), ServiceUserErrorCode.CallerMayNotCreateUsersThere);
            scenario.Refusal(scenario.LocalDelegate, ServiceUserScenario.NonInteractiveRequest("svc-d@contoso.com"), ServiceUserErrorCode.CallerMayNotCreateUsersThere);
            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Fact]
        public void A_deep_delegate_reaches_its_unit_and_below_but_not_a_sibling_or_the_root()
        {
            Assert.True((bool)scenario.Execute(scenario.DeepDelegate, ServiceUserScenario.NonInteractiveRequest("svc-a@contoso.com").With("BusinessUnitId", scenario.SalesEmea.Id))["Created"]);

            scenario.Refusal(scenario.DeepDelegate, ServiceUserScenario.NonInteractiveRequest("svc-b@contoso.com").With("BusinessUnitId", scenario.Support.Id), ServiceUserErrorCode.CallerMayNotCreateUsersThere);
            scenario.Refusal(scenario.DeepDelegate, ServiceUserScenario.NonInteractiveRequest("svc-c@contoso.com"), ServiceUserErrorCode.CallerMayNotCreateUsersThere);
        }

        [Fact]
        public void A_delegate_cannot_give_System_Administrator_and_nothing_is_created()
        {
            var before = scenario.Org.Snapshot();

            var fault = scenario.Refusal(scenario.GlobalDelegate, ServiceUserScenario.NonInteractiveRequest().With("Roles", "System Administrator"), ServiceUserErrorCode.RoleAssignmentDenied);

            Assert.Contains("'System Administrator'", fault.Message);
            Assert.Null(scenario.UserByDomainName("svc-sync@contoso.com"));
            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Fact]
        public void A_role_with_a_deeper_privilege_than_the_callers_is_refused()
        {
            var deeper = scenario.Org.AddRole("Org-wide Team Writer", ("prvDeleteTeam", PrivilegeDepth.Global));

            scenario.Refusal(scenario.GlobalDelegate, ServiceUserScenario.NonInteractiveRequest().With("Roles", deeper.Id.ToString()), ServiceUserErrorCode.RoleAssignmentDenied);

            Assert.Null(scenario.UserByDomainName("svc-sync@contoso.com"));
        }

        [Fact]
        public void A_delegate_cannot_reach_System_Administrator_through_a_team_that_holds_it()
        {
            var adminTeam = scenario.Org.AddTeam("Platform Admins", scenario.Root, Dataverse.TestKit.TeamKind.Owner, scenario.Org.SystemAdministratorRole);
            var before = scenario.Org.Snapshot();

            var fault = scenario.Refusal(scenario.GlobalDelegate, ServiceUserScenario.NonInteractiveRequest().With("Teams", "Platform Admins"), ServiceUserErrorCode.TeamMembershipDenied);

            Assert.Contains("'Platform Admins'", fault.Message);
            Assert.DoesNotContain(adminTeam.Id, scenario.Org.Records("systemuser").SelectMany(user => scenario.Org.TeamsOf(user.Id)));
            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Fact]
        public void A_team_whose_roles_the_caller_holds_is_fine_and_an_administrator_may_use_any_team()
        {
            scenario.Org.AddTeam("Readers", scenario.Root, Dataverse.TestKit.TeamKind.Owner, scenario.IntegrationReader);
            scenario.Org.AddTeam("Platform Admins", scenario.Root, Dataverse.TestKit.TeamKind.Owner, scenario.Org.SystemAdministratorRole);

            var delegated = scenario.Execute(scenario.GlobalDelegate, ServiceUserScenario.NonInteractiveRequest("svc-a@contoso.com").With("Teams", "Readers"));
            var byAdmin = scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest("svc-b@contoso.com").With("Teams", "Platform Admins"));

            Assert.True((bool)delegated["Created"]);
            Assert.True((bool)byAdmin["Created"]);
        }

        [Fact]
        public void Only_two_reads_the_create_and_the_trail_row_run_as_SYSTEM()
        {
            scenario.Execute(scenario.DeepDelegate, ServiceUserScenario.NonInteractiveRequest()
                .With("BusinessUnitId", scenario.Sales.Id)
                .With("Roles", "Integration Reader")
                .With("Teams", "Integrations"));

            var nested = scenario.Org.Calls.Where(call => call.Depth > 1).ToList();
            var asSystem = nested.Where(call => call.IsSystem).Select(call => (call.Message, call.EntityLogicalName)).ToList();
            Assert.Equal(new[] { ("RetrieveMultiple", "systemuser"), ("RetrieveMultiple", "roleprivileges"), ("Create", "systemuser"), ("Create", "new_serviceuserrequest") }, asSystem);
            Assert.All(nested.Where(call => !call.IsSystem), call => Assert.Equal(scenario.DeepDelegate.Id, call.ActingUserId));
            Assert.Contains(nested, call => call.Message == "Associate" && !call.IsSystem);
        }

        [Fact]
        public void Authorization_happens_before_anything_about_existing_users_is_revealed()
        {
            scenario.Org.AddUser("jane@contoso.com", new Dataverse.TestKit.UserOptions { BusinessUnit = scenario.Support, FirstName = "Jane", LastName = "Doe" });

            scenario.Refusal(scenario.LocalDelegate, ServiceUserScenario.NonInteractiveRequest("jane@contoso.com").With("BusinessUnitId", scenario.Support.Id), ServiceUserErrorCode.CallerMayNotCreateUsersThere);
        }
    }
}

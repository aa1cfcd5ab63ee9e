using System;
using System.Linq;
using Dataverse.TestKit;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.CreateServiceUser
{
    /// <summary>Calling again is safe: an existing service user is returned and completed, never reduced or taken over.</summary>
    public class CreateServiceUserEnsureTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();

        [Fact]
        public void Repeated_calls_return_the_same_user_and_create_it_once()
        {
            var request = ServiceUserScenario.NonInteractiveRequest().With("Roles", "Integration Reader").With("Teams", "Integrations");

            var first = scenario.Execute(scenario.GlobalDelegate, request);
            var second = scenario.Execute(scenario.GlobalDelegate, request);

            Assert.True((bool)first["Created"]);
            Assert.False((bool)second["Created"]);
            Assert.Equal(first["SystemUserId"], second["SystemUserId"]);
            Assert.NotNull(scenario.UserByDomainName("svc-sync@contoso.com"));
        }

        [Fact]
        public void An_existing_service_user_gets_the_missing_roles_and_teams_and_keeps_the_others()
        {
            var existing = scenario.Org.AddUser("svc-sync@contoso.com", new UserOptions { AccessMode = 4, FirstName = "Sync", LastName = "Service" });
            scenario.Org.AssignRoles(existing, scenario.BasicAccess);
            scenario.Org.AddTeamMembers(scenario.SupportDesk, existing);

            var response = scenario.Execute(scenario.GlobalDelegate, ServiceUserScenario.NonInteractiveRequest()
                .With("Roles", "Integration Reader; Basic Access")
                .With("Teams", "Integrations; Support Desk"));

            Assert.False((bool)response["Created"]);
            Assert.Equal(existing.Id, (Guid)response["SystemUserId"]);
            Assert.Equal(new[] { scenario.IntegrationReader.Id, scenario.BasicAccess.Id }.OrderBy(id => id), scenario.Org.RolesOf(existing.Id).OrderBy(id => id));
            Assert.Contains(scenario.Integrations.Id, scenario.Org.TeamsOf(existing.Id));
            Assert.Contains(scenario.SupportDesk.Id, scenario.Org.TeamsOf(existing.Id));
        }

        [Fact]
        public void An_existing_service_user_is_never_reduced()
        {
            var existing = scenario.Org.AddUser("svc-sync@contoso.com", new UserOptions { AccessMode = 4, FirstName = "Sync", LastName = "Service" });
            scenario.Org.AssignRoles(existing, scenario.BasicAccess);

            scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest());

            Assert.Equal(new[] { scenario.BasicAccess.Id }, scenario.Org.RolesOf(existing.Id));
        }

        [Fact]
        public void An_existing_application_user_is_returned_and_completed()
        {
            var applicationId = Guid.NewGuid();
            var existing = scenario.Org.AddApplicationUser(applicationId);

            var response = scenario.Execute(scenario.Admin, ServiceUserScenario.ApplicationRequest(applicationId).With("Roles", "Basic Access"));

            Assert.False((bool)response["Created"]);
            Assert.Equal(existing.Id, (Guid)response["SystemUserId"]);
            Assert.Equal(new[] { scenario.BasicAccess.Id }, scenario.Org.RolesOf(existing.Id));
        }

        [Fact]
        public void A_persons_interactive_account_is_never_turned_into_a_service_account()
        {
            var person = scenario.Org.AddUser("jane@contoso.com", new UserOptions { FirstName = "Jane", LastName = "Doe" });
            var before = scenario.Org.Snapshot();

            var fault = scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest("JANE@contoso.com").With("Roles", "Basic Access"), ServiceUserErrorCode.ExistingUserIsInteractive);

            Assert.Contains("interactive", fault.Message);
            Assert.Equal(0, scenario.Org.Record("systemuser", person.Id).GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>("accessmode")?.Value ?? 0);
            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Fact]
        public void A_disabled_service_user_is_not_revived()
        {
            scenario.Org.AddUser("svc-sync@contoso.com", new UserOptions { AccessMode = 4, FirstName = "Sync", LastName = "Service", IsDisabled = true });

            scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest(), ServiceUserErrorCode.ExistingUserDisabled);
        }

        [Fact]
        public void A_service_user_of_another_business_unit_is_not_moved()
        {
            scenario.Org.AddUser("svc-sync@contoso.com", new UserOptions { BusinessUnit = scenario.Support, AccessMode = 4, FirstName = "Sync", LastName = "Service" });
            var before = scenario.Org.Snapshot();

            var fault = scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.Root.Id), ServiceUserErrorCode.ExistingUserInOtherBusinessUnit);

            Assert.Contains("'Support'", fault.Message);
            Assert.Equal(before, scenario.Org.Snapshot());
            var response = scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.Support.Id));
            Assert.False((bool)response["Created"]);
        }
    }
}

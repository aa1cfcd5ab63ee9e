using System;
using Dataverse.TestKit;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.CreateServiceUser
{
    /// <summary>Dataverse allows 7 non-interactive users per environment; application users do not count.</summary>
    public class NonInteractiveUserLimitTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();

        private void SeedNonInteractiveUsers(int count, bool disabled = false)
        {
            for (var i = 0; i < count; i++)
            {
                scenario.Org.AddUser($"svc-{(disabled ? "old" : "live")}-{i}@contoso.com", new UserOptions { AccessMode = 4, FirstName = "Svc", LastName = "N" + i, IsDisabled = disabled });
            }
        }

        [Fact]
        public void The_seventh_is_created_and_the_eighth_refused_before_the_platform_is_asked()
        {
            SeedNonInteractiveUsers(6);
            scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest("svc-7@contoso.com"));
            scenario.Org.ResetCalls();

            var fault = scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest("svc-8@contoso.com"), ServiceUserErrorCode.NonInteractiveUserLimitReached);

            Assert.Contains("7", fault.Message);
            Assert.DoesNotContain(scenario.Org.Calls, call => call.Message == "Create");
            Assert.Null(scenario.UserByDomainName("svc-8@contoso.com"));
        }

        [Fact]
        public void Disabled_non_interactive_users_and_application_users_do_not_count()
        {
            SeedNonInteractiveUsers(6);
            SeedNonInteractiveUsers(3, disabled: true);
            scenario.Org.AddApplicationUser(Guid.NewGuid());
            scenario.Org.AddApplicationUser(Guid.NewGuid());

            var response = scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest("svc-7@contoso.com"));

            Assert.True((bool)response["Created"]);
        }

        [Fact]
        public void Application_users_have_no_limit()
        {
            SeedNonInteractiveUsers(7);

            var response = scenario.Execute(scenario.Admin, ServiceUserScenario.ApplicationRequest(Guid.NewGuid()));

            Assert.True((bool)response["Created"]);
        }

        [Fact]
        public void An_existing_service_user_is_still_returned_when_the_limit_is_reached()
        {
            SeedNonInteractiveUsers(7);

            var response = scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest("svc-live-3@contoso.com").With("FirstName", "Svc").With("LastName", "N3"));

            Assert.False((bool)response["Created"]);
        }
    }
}

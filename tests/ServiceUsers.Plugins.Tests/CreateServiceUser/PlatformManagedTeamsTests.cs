using System;
using Dataverse.TestKit;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.CreateServiceUser
{
    /// <summary>
    /// Access teams that the platform creates for one record from a team template are system-managed: their members change
    /// through AddUserToRecordTeam on that record (team docs, dataverse-facts §6.5), so the API refuses them with SU2008.
    /// An access team a person created is an ordinary team and may be joined.
    /// </summary>
    public class PlatformManagedTeamsTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();

        [Fact]
        public void A_system_managed_access_team_is_refused_and_nothing_is_written()
        {
            scenario.Org.AddRecordAccessTeam("Account 4711 reviewers");
            var before = scenario.Org.Snapshot();

            var fault = scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("Teams", "Account 4711 reviewers"), ServiceUserErrorCode.TeamSystemManaged);

            Assert.Contains("'Account 4711 reviewers'", fault.Message);
            Assert.Equal(400, fault.HttpStatus());
            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Fact]
        public void A_user_created_access_team_is_joined()
        {
            var reviewers = scenario.Org.AddTeam("Shared reviewers", scenario.Root, TeamKind.Access);

            var response = scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("Teams", "Shared reviewers"));

            Assert.Contains(reviewers.Id, scenario.Org.TeamsOf((Guid)response["SystemUserId"]));
        }
    }
}

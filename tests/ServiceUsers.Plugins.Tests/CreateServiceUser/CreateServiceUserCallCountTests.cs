using System.Linq;
using Microsoft.Crm.Sdk.Messages;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.CreateServiceUser
{
    /// <summary>
    /// The cost of a call, counted in organization-service calls made by the plug-in (never timed). The teams hold a role,
    /// so the escalation check's two calls (the teams' grants, the caller's depth of them) are counted too, and so is the
    /// request-trail row: 11 when the data fits one page.
    /// </summary>
    public class CreateServiceUserCallCountTests
    {
        private const int MaximumCalls = 11;

        private static int PluginCallsFor(int roleAndTeamCount, bool existingUser)
        {
            var scenario = new ServiceUserScenario();
            var roles = Enumerable.Range(1, roleAndTeamCount).Select(i => scenario.Org.AddRole($"Reader {i:D2}", ("prvReadTeam", PrivilegeDepth.Local)).Id.ToString()).ToList();
            var teams = Enumerable.Range(1, roleAndTeamCount).Select(i => $"Team {i:D2}").ToList();
            var teamRole = scenario.Org.AddRole("Team reader", ("prvReadTeam", PrivilegeDepth.Local));
            teams.ForEach(team => scenario.Org.AddTeam(team, scenario.Root, Dataverse.TestKit.TeamKind.Owner, teamRole));
            var request = ServiceUserScenario.NonInteractiveRequest().With("Roles", string.Join(";", roles)).With("Teams", string.Join(";", teams));
            if (existingUser)
            {
                scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest());
            }

            scenario.Org.ResetCalls();
            var response = scenario.Execute(scenario.GlobalDelegate, request);

            Assert.Equal(roleAndTeamCount, scenario.Org.RolesOf((System.Guid)response["SystemUserId"]).Count);
            return scenario.Org.Calls.Count(call => call.Depth > 1);
        }

        [Fact]
        public void Creating_with_1_or_50_roles_and_teams_costs_the_same_number_of_calls_at_most_11()
        {
            var one = PluginCallsFor(1, existingUser: false);
            var fifty = PluginCallsFor(50, existingUser: false);

            Assert.Equal(one, fifty);
            Assert.Equal(MaximumCalls, fifty);
        }

        [Fact]
        public void Completing_an_existing_user_with_1_or_50_roles_and_teams_costs_the_same_number_of_calls()
        {
            var one = PluginCallsFor(1, existingUser: true);
            var fifty = PluginCallsFor(50, existingUser: true);

            Assert.Equal(one, fifty);
            Assert.True(fifty <= MaximumCalls, $"{fifty} calls");
        }
    }
}

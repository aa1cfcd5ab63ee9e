using System;
using System.Linq;
using Dataverse.TestKit;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.ContractRefinements
{
    /// <summary>
    /// Ensuring again without BusinessUnitId completes the existing service user in its own unit (roles resolve to that
    /// unit's copies); an explicit different unit is still refused, because the API never moves users. The Outcome
    /// response property says what happened.
    /// </summary>
    public class EnsureWithoutBusinessUnitTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();

        [Fact]
        public void Without_BusinessUnitId_an_existing_user_of_a_child_unit_gets_that_units_roles()
        {
            var first = scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.SalesEmea.Id));
            var userId = (Guid)first["SystemUserId"];

            var again = scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("Roles", "Integration Reader"));

            Assert.Equal(userId, (Guid)again["SystemUserId"]);
            Assert.False((bool)again["Created"]);
            Assert.Equal("Completed", again["Outcome"]);
            Assert.Equal(new[] { scenario.RoleIn(scenario.IntegrationReader, scenario.SalesEmea).Id }, scenario.Org.RolesOf(userId));
            Assert.Equal(scenario.SalesEmea.Id, scenario.Org.Record("systemuser", userId).GetAttributeValue<EntityReference>("businessunitid").Id);
        }

        [Fact]
        public void With_a_different_explicit_unit_the_request_is_refused_and_nothing_changes()
        {
            scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.SalesEmea.Id));
            var before = scenario.Org.Snapshot();

            scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.Sales.Id).With("Roles", "Integration Reader"), ServiceUserErrorCode.ExistingUserInOtherBusinessUnit);

            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Fact]
        public void The_existing_users_unit_must_still_be_within_the_callers_reach()
        {
            scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.Support.Id));

            scenario.Refusal(scenario.LocalDelegate, ServiceUserScenario.NonInteractiveRequest().With("Roles", "Integration Reader"), ServiceUserErrorCode.CallerMayNotCreateUsersThere);
        }

        [Fact]
        public void Outcome_is_Created_then_Unchanged_when_nothing_is_missing()
        {
            var request = ServiceUserScenario.NonInteractiveRequest().With("Roles", "Integration Reader").With("Teams", "Integrations");

            var created = scenario.Execute(scenario.Admin, request);
            var unchanged = scenario.Execute(scenario.Admin, request);

            Assert.Equal(("Created", true), ((string)created["Outcome"], (bool)created["Created"]));
            Assert.Equal(("Unchanged", false), ((string)unchanged["Outcome"], (bool)unchanged["Created"]));
        }
    }
}

using System;
using System.Linq;
using Dataverse.TestKit;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.RequestTrail;
using ServiceUsers.Plugins.Tests.Support;
using ServiceUsers.TestSupport;

namespace ServiceUsers.Plugins.Tests.RequestTrail
{
    /// <summary>
    /// The "Service User Manager" role exactly as the solution ships it (solution/Roles): giving it to a person is the
    /// only step needed to delegate service-user creation in that person's own business unit — and nothing beyond it.
    /// </summary>
    public class ServiceUserManagerRoleTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();
        private readonly EntityReference manager;

        public ServiceUserManagerRoleTests()
        {
            var shipped = SecurityRoleDefinition.LoadFromUnpackedSolution(RepositoryRoot.PathOf("solution"), "Service User Manager");
            manager = scenario.Org.AddUser("manager@contoso.com", scenario.Sales, 0, scenario.Org.AddRole(shipped.Name, shipped.Privileges.ToArray()));
            scenario.Org.AddTeam("Sales Integrations", scenario.Sales);
        }

        [Fact]
        public void Creates_a_service_user_with_roles_and_teams_in_its_own_unit()
        {
            var response = scenario.Execute(manager, ServiceUserScenario.NonInteractiveRequest()
                .With("BusinessUnitId", scenario.Sales.Id)
                .With("Roles", "Basic Access")
                .With("Teams", "Sales Integrations"));

            var userId = (Guid)response["SystemUserId"];
            Assert.Equal("Created", response["Outcome"]);
            Assert.Single(scenario.Org.RolesOf(userId));
            Assert.Contains(scenario.Org.Records("team").Single(team => team.GetAttributeValue<string>("name") == "Sales Integrations").Id, scenario.Org.TeamsOf(userId));
            Assert.Single(scenario.Org.ServiceFor(manager.Id).RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(ServiceUserRequestTable.LogicalName)).Entities);
        }

        [Fact]
        public void Reaches_no_other_unit_not_even_a_child_unit()
        {
            scenario.Refusal(manager, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.Support.Id), ServiceUserErrorCode.CallerMayNotCreateUsersThere);
            scenario.Refusal(manager, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.SalesEmea.Id), ServiceUserErrorCode.CallerMayNotCreateUsersThere);
            scenario.Refusal(manager, ServiceUserScenario.NonInteractiveRequest(), ServiceUserErrorCode.CallerMayNotCreateUsersThere);
        }

        [Fact]
        public void Cannot_hand_out_more_than_it_holds_convert_users_or_write_the_trail()
        {
            scenario.Org.AddUser("person@contoso.com", new UserOptions { BusinessUnit = scenario.Sales, LastName = "Person" });
            var before = scenario.Org.Snapshot();

            scenario.Refusal(manager, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.Sales.Id).With("Roles", "System Administrator"), ServiceUserErrorCode.RoleAssignmentDenied);
            scenario.Refusal(manager, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.Sales.Id).With("Teams", "Integrations"), ServiceUserErrorCode.TeamNotFound);
            scenario.Refusal(manager, ServiceUserScenario.NonInteractiveRequest("person@contoso.com").With("ConvertExistingUser", true), ServiceUserErrorCode.ConversionDenied);
            Assert.ThrowsAny<Exception>(() => scenario.Org.ServiceFor(manager.Id).Create(new Entity(ServiceUserRequestTable.LogicalName) { [ServiceUserRequestTable.Name] = "forged" }));

            Assert.Equal(before, scenario.Org.Snapshot());
        }
    }
}

using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.CreateServiceUser
{
    /// <summary>Both kinds of service user, created through the message as a caller, as Dataverse would run it.</summary>
    public class CreateServiceUserHappyPathTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();

        [Fact]
        public void Creates_a_non_interactive_user_in_the_root_business_unit_by_default()
        {
            var request = ServiceUserScenario.NonInteractiveRequest("  svc-sync@contoso.com ")
                .With("InternalEmailAddress", "svc-sync@contoso.com");

            var response = scenario.Execute(scenario.Admin, request);

            var user = scenario.UserByDomainName("svc-sync@contoso.com");
            Assert.NotNull(user);
            Assert.Equal(user.Id, (Guid)response["SystemUserId"]);
            Assert.True((bool)response["Created"]);
            Assert.Equal(4, user.GetAttributeValue<OptionSetValue>("accessmode").Value);
            Assert.Equal("Sync", user.GetAttributeValue<string>("firstname"));
            Assert.Equal("Service", user.GetAttributeValue<string>("lastname"));
            Assert.Equal("svc-sync@contoso.com", user.GetAttributeValue<string>("internalemailaddress"));
            Assert.Equal(scenario.Root.Id, user.GetAttributeValue<EntityReference>("businessunitid").Id);
        }

        [Fact]
        public void Creates_an_application_user_that_the_platform_makes_non_interactive()
        {
            var applicationId = Guid.NewGuid();

            var response = scenario.Execute(scenario.Admin, ServiceUserScenario.ApplicationRequest(applicationId).With("BusinessUnitId", scenario.Support.Id));

            var user = scenario.Org.Record("systemuser", (Guid)response["SystemUserId"]);
            Assert.True((bool)response["Created"]);
            Assert.Equal(applicationId, user.GetAttributeValue<Guid?>("applicationid"));
            Assert.Equal(4, user.GetAttributeValue<OptionSetValue>("accessmode").Value);
            Assert.Equal(scenario.Support.Id, user.GetAttributeValue<EntityReference>("businessunitid").Id);
        }

        [Fact]
        public void A_delegate_creates_a_user_below_its_unit_with_that_units_copy_of_the_role()
        {
            var request = ServiceUserScenario.NonInteractiveRequest()
                .With("BusinessUnitId", scenario.SalesEmea.Id)
                .With("Roles", "integration reader");

            var response = scenario.Execute(scenario.DeepDelegate, request);

            var userId = (Guid)response["SystemUserId"];
            Assert.Equal(new[] { scenario.RoleIn(scenario.IntegrationReader, scenario.SalesEmea).Id }, scenario.Org.RolesOf(userId));
        }

        [Theory]
        [InlineData("role id of the unit's copy")]
        [InlineData("parent root role id")]
        [InlineData("role template id")]
        public void A_role_can_be_named_by_any_of_its_ids(string form)
        {
            var salesCopy = scenario.RoleIn(scenario.IntegrationReader, scenario.Sales);
            var entry = form == "role id of the unit's copy" ? salesCopy.Id
                : form == "parent root role id" ? scenario.IntegrationReader.Id
                : ServiceUserScenario.IntegrationReaderTemplateId;

            var response = scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest()
                .With("BusinessUnitId", scenario.Sales.Id)
                .With("Roles", "{" + entry.ToString().ToUpperInvariant() + "}"));

            Assert.Equal(new[] { salesCopy.Id }, scenario.Org.RolesOf((Guid)response["SystemUserId"]));
        }

        [Fact]
        public void Gives_several_roles_and_teams_named_by_name_or_id()
        {
            var request = ServiceUserScenario.NonInteractiveRequest()
                .With("Roles", "Integration Reader; " + scenario.BasicAccess.Id)
                .With("Teams", "Integrations, " + scenario.SupportDesk.Id);

            var userId = (Guid)scenario.Execute(scenario.GlobalDelegate, request)["SystemUserId"];

            Assert.Equal(
                new[] { scenario.IntegrationReader.Id, scenario.BasicAccess.Id }.OrderBy(id => id),
                scenario.Org.RolesOf(userId).OrderBy(id => id));
            Assert.Contains(scenario.Integrations.Id, scenario.Org.TeamsOf(userId));
            Assert.Contains(scenario.SupportDesk.Id, scenario.Org.TeamsOf(userId));
        }

        [Fact]
        public void Traces_one_line_per_step_without_the_callers_input_values_beyond_the_identity()
        {
            scenario.Org.ResetTraces();

            scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("Roles", "Integration Reader"));

            var trace = string.Join("\n", scenario.Org.Traces.SelectMany(t => t.Lines));
            Assert.Contains("input valid: NonInteractive, 1 role(s), 0 team(s)", trace);
            Assert.Contains("created user", trace);
            Assert.Contains("ms]", trace);
            Assert.DoesNotContain("Sync", trace);
        }
    }
}

using System;
using System.Linq;
using System.ServiceModel;
using Dataverse.TestKit;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ServiceUsers.Plugins.GetServiceUserQuota;
using ServiceUsers.Plugins.Infrastructure;
using ServiceUsers.Plugins.Tests.Support;
using ServiceUsers.TestSupport;

namespace ServiceUsers.Plugins.Tests.GetServiceUserQuota
{
    /// <summary>
    /// new_GetServiceUserQuota counts the environment's enabled non-interactive users (application users excluded)
    /// whatever the caller may read, and answers nothing but the count and the limit.
    /// </summary>
    public class GetServiceUserQuotaTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();

        public GetServiceUserQuotaTests()
        {
            scenario.Org.RegisterCustomApi(
                CustomApiDefinition.LoadFromUnpackedSolution(RepositoryRoot.PathOf("solution"), GetServiceUserQuotaContract.MessageName),
                new GetServiceUserQuotaPlugin());
        }

        private void SeedNonInteractiveUsers(int count, EntityReference businessUnit, bool disabled = false)
        {
            for (var i = 0; i < count; i++)
            {
                scenario.Org.AddUser(
                    $"svc-{businessUnit.Id:N}-{(disabled ? "off" : "on")}-{i}@contoso.com",
                    new UserOptions { BusinessUnit = businessUnit, AccessMode = 4, FirstName = "Svc", LastName = "N" + i, IsDisabled = disabled });
            }
        }

        private OrganizationResponse Quota(EntityReference caller) =>
            scenario.Execute(caller, new OrganizationRequest(GetServiceUserQuotaContract.MessageName));

        [Fact]
        public void Counts_non_interactive_users_in_units_the_caller_cannot_read()
        {
            var readsOwnUnitOnly = scenario.Org.AddRole("Own Unit Service Account Manager", ("prvCreateUser", PrivilegeDepth.Local), ("prvReadUser", PrivilegeDepth.Local));
            var caller = scenario.Org.AddUser("own.unit@contoso.com", scenario.Sales, 0, readsOwnUnitOnly);
            SeedNonInteractiveUsers(2, scenario.Sales);
            SeedNonInteractiveUsers(3, scenario.Support);
            var visibleToCaller = scenario.Org.ServiceFor(caller.Id).RetrieveMultiple(new QueryExpression("systemuser")
            {
                Criteria = { Conditions = { new ConditionExpression("accessmode", ConditionOperator.Equal, 4) } },
            }).Entities.Count;

            var response = Quota(caller);

            Assert.Equal(2, visibleToCaller);
            Assert.Equal(5, (int)response["Used"]);
            Assert.Equal(7, (int)response["Limit"]);
        }

        [Fact]
        public void Disabled_and_application_users_are_not_counted()
        {
            SeedNonInteractiveUsers(4, scenario.Root);
            SeedNonInteractiveUsers(2, scenario.Root, disabled: true);
            scenario.Org.AddApplicationUser(Guid.NewGuid());
            scenario.Org.AddApplicationUser(Guid.NewGuid(), scenario.Support);

            var response = Quota(scenario.GlobalDelegate);

            Assert.Equal(4, (int)response["Used"]);
        }

        [Fact]
        public void Answers_the_count_and_the_limit_and_nothing_else()
        {
            SeedNonInteractiveUsers(1, scenario.Sales);

            var response = Quota(scenario.LocalDelegate);

            Assert.Equal(new[] { "Limit", "Used" }, response.Results.Keys.OrderBy(key => key, StringComparer.Ordinal));
            Assert.Equal(1, (int)response["Used"]);
        }

        [Fact]
        public void A_caller_without_the_create_user_privilege_is_refused_by_the_platform()
        {
            scenario.Org.ResetCalls();

            var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Quota(scenario.Bystander));

            Assert.Contains("prvCreateUser", fault.Detail.Message + fault.Detail.TraceText);
            Assert.DoesNotContain(scenario.Org.Calls, call => call.Depth > 1);
        }

        /// <summary>Beyond what a real environment allows, so that the count must read a second page of 5,000 rows.</summary>
        [Fact]
        public void Counts_users_beyond_the_first_page()
        {
            SeedNonInteractiveUsers(AllPages.PageSize + 1, scenario.Sales);
            scenario.Org.ResetCalls();

            var response = Quota(scenario.GlobalDelegate);

            Assert.Equal(AllPages.PageSize + 1, (int)response["Used"]);
            Assert.Equal(2, scenario.Org.Calls.Count(call => call.Depth > 1 && call.Message == "RetrieveMultiple"));
        }

        [Fact]
        public void Costs_exactly_one_service_call_made_as_system()
        {
            SeedNonInteractiveUsers(5, scenario.Support);
            scenario.Org.ResetCalls();

            Quota(scenario.DeepDelegate);

            var pluginCalls = scenario.Org.Calls.Where(call => call.Depth > 1).ToList();
            var only = Assert.Single(pluginCalls);
            Assert.Equal("RetrieveMultiple", only.Message);
            Assert.True(only.IsSystem);
        }
    }
}

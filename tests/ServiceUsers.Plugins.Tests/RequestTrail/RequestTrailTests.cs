using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.RequestTrail;
using ServiceUsers.Plugins.Tests.Support;
using ServiceUsers.Plugins.Workflow;
using Table = ServiceUsers.Plugins.RequestTrail.ServiceUserRequestTable;

namespace ServiceUsers.Plugins.Tests.RequestTrail
{
    /// <summary>
    /// Every call that changed something leaves exactly one new_serviceuserrequest row naming who asked; a refused or
    /// failed call, or one that changed nothing, leaves none (the row is written in the request's transaction).
    /// </summary>
    public class RequestTrailTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();

        private IReadOnlyList<Entity> Rows => scenario.Org.Records(Table.LogicalName);

        [Fact]
        public void A_create_writes_one_row_with_who_asked_what_was_added_and_the_correlation_id()
        {
            var response = scenario.Execute(scenario.DeepDelegate, ServiceUserScenario.NonInteractiveRequest("svc-erp@contoso.com")
                .With("BusinessUnitId", scenario.Sales.Id)
                .With("Roles", "Integration Reader")
                .With("Teams", "Integrations"));

            var row = Assert.Single(Rows);
            var userId = (Guid)response["SystemUserId"];
            var deepDelegateName = scenario.Org.Record("systemuser", scenario.DeepDelegate.Id).GetAttributeValue<string>("fullname");
            Assert.Equal($"svc-erp@contoso.com created by {deepDelegateName}", row.GetAttributeValue<string>(Table.Name));
            Assert.Equal(scenario.DeepDelegate.Id, row.GetAttributeValue<EntityReference>(Table.RequestedBy).Id);
            Assert.False(row.Contains(Table.InitiatedBy));
            Assert.Equal(userId, row.GetAttributeValue<EntityReference>(Table.ServiceUser).Id);
            Assert.Equal("svc-erp@contoso.com", row.GetAttributeValue<string>(Table.Identity));
            Assert.Equal(Table.KindValues.NonInteractive, row.GetAttributeValue<OptionSetValue>(Table.Kind).Value);
            Assert.Equal(scenario.Sales.Id, row.GetAttributeValue<EntityReference>(Table.BusinessUnit).Id);
            Assert.Equal("Integration Reader", row.GetAttributeValue<string>(Table.RolesAdded));
            Assert.Equal("Integrations", row.GetAttributeValue<string>(Table.TeamsAdded));
            Assert.Equal(Table.OutcomeValues.Created, row.GetAttributeValue<OptionSetValue>(Table.Outcome).Value);
            var apiCall = scenario.Org.Calls.First(call => call.Message == "new_CreateServiceUser");
            Assert.Equal(apiCall.CorrelationId.ToString(), row.GetAttributeValue<string>(Table.CorrelationId));
            var write = Assert.Single(scenario.Org.Calls, call => call.Message == "Create" && call.EntityLogicalName == Table.LogicalName);
            Assert.True(write.IsSystem);
        }

        [Fact]
        public void Under_impersonation_the_row_names_both_the_caller_and_the_initiating_user()
        {
            var flowOwner = scenario.Org.AddUser("flow.owner@contoso.com");

            scenario.Org.ServiceFor(scenario.GlobalDelegate.Id, flowOwner.Id).Execute(ServiceUserScenario.ApplicationRequest(Guid.NewGuid()));

            var row = Assert.Single(Rows);
            Assert.Equal(scenario.GlobalDelegate.Id, row.GetAttributeValue<EntityReference>(Table.RequestedBy).Id);
            Assert.Equal(flowOwner.Id, row.GetAttributeValue<EntityReference>(Table.InitiatedBy).Id);
            Assert.Equal(Table.KindValues.Application, row.GetAttributeValue<OptionSetValue>(Table.Kind).Value);
        }

        [Fact]
        public void A_refused_call_and_a_call_the_platform_fails_midway_leave_no_row()
        {
            scenario.Refusal(scenario.LocalDelegate, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.Support.Id), ServiceUserErrorCode.CallerMayNotCreateUsersThere);
            // The platform refuses the role assignment after the user was created: the whole request rolls back.
            scenario.Refusal(scenario.GlobalDelegate, ServiceUserScenario.NonInteractiveRequest().With("Roles", "System Administrator"), ServiceUserErrorCode.RoleAssignmentDenied);

            Assert.Empty(Rows);
            Assert.Null(scenario.UserByDomainName("svc-sync@contoso.com"));
        }

        [Fact]
        public void An_ensure_that_changes_nothing_writes_no_row_and_one_that_completes_writes_one()
        {
            var request = ServiceUserScenario.NonInteractiveRequest().With("Roles", "Integration Reader");
            scenario.Execute(scenario.Admin, request);
            scenario.Execute(scenario.Admin, request);
            Assert.Single(Rows);

            scenario.Execute(scenario.Admin, request.With("Teams", "Integrations"));

            Assert.Equal(2, Rows.Count);
            var completed = Rows.Single(row => row.GetAttributeValue<OptionSetValue>(Table.Outcome).Value == Table.OutcomeValues.Completed);
            Assert.Equal(string.Empty, completed.GetAttributeValue<string>(Table.RolesAdded) ?? string.Empty);
            Assert.Equal("Integrations", completed.GetAttributeValue<string>(Table.TeamsAdded));
        }

        [Fact]
        public void A_call_through_the_workflow_activity_records_the_workflows_user()
        {
            scenario.Org.ExecuteWorkflowActivity(new CreateServiceUserActivity(), new Dictionary<string, object>
            {
                ["DomainName"] = "svc-flow@contoso.com",
                ["FirstName"] = "Flow",
                ["LastName"] = "Service",
            }, scenario.GlobalDelegate.Id);

            var row = Assert.Single(Rows);
            Assert.Equal(scenario.GlobalDelegate.Id, row.GetAttributeValue<EntityReference>(Table.RequestedBy).Id);
        }
    }
}

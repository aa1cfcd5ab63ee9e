using System;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;
using ServiceUsers.Plugins.Workflow;

namespace ServiceUsers.Plugins.Tests.Workflow
{
    /// <summary>The classic-workflow step, run through the test kit's workflow invoker; it must behave exactly as the API.</summary>
    public class CreateServiceUserActivityTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();

        private IDictionary<string, object> Run(EntityReference workflowUser, IDictionary<string, object> inputs) =>
            scenario.Org.ExecuteWorkflowActivity(new CreateServiceUserActivity(), inputs, workflowUser.Id);

        private static Dictionary<string, object> NonInteractiveInputs(string domainName = "svc-flow@contoso.com") => new Dictionary<string, object>
        {
            ["DomainName"] = domainName,
            ["FirstName"] = "Flow",
            ["LastName"] = "Service",
        };

        [Fact]
        public void Creates_the_user_through_the_API_and_returns_a_lookup_and_Created()
        {
            var inputs = NonInteractiveInputs();
            inputs["BusinessUnit"] = scenario.Sales;
            inputs["Roles"] = "Integration Reader";

            var outputs = Run(scenario.DeepDelegate, inputs);

            var user = (EntityReference)outputs["ServiceUser"];
            Assert.Equal("systemuser", user.LogicalName);
            Assert.True((bool)outputs["Created"]);
            Assert.Equal(scenario.Sales.Id, scenario.Org.Record("systemuser", user.Id).GetAttributeValue<EntityReference>("businessunitid").Id);
            Assert.Equal(new[] { scenario.RoleIn(scenario.IntegrationReader, scenario.Sales).Id }, scenario.Org.RolesOf(user.Id));
            Assert.Contains(scenario.Org.Calls, call => call.Message == "new_CreateServiceUser" && call.ActingUserId == scenario.DeepDelegate.Id);
        }

        [Fact]
        public void A_second_run_returns_the_existing_user_with_Created_false()
        {
            var first = Run(scenario.Admin, NonInteractiveInputs());
            var second = Run(scenario.Admin, NonInteractiveInputs());

            Assert.False((bool)second["Created"]);
            Assert.Equal(((EntityReference)first["ServiceUser"]).Id, ((EntityReference)second["ServiceUser"]).Id);
        }

        [Fact]
        public void Creates_an_application_user_from_a_text_application_id()
        {
            var applicationId = Guid.NewGuid();

            var outputs = Run(scenario.Admin, new Dictionary<string, object> { ["ApplicationId"] = " " + applicationId.ToString("B") + " " });

            var user = scenario.Org.Record("systemuser", ((EntityReference)outputs["ServiceUser"]).Id);
            Assert.Equal(applicationId, user.GetAttributeValue<Guid?>("applicationid"));
        }

        [Fact]
        public void The_API_refusal_reaches_the_workflow_with_the_APIs_message_unchanged()
        {
            var inputs = NonInteractiveInputs();
            inputs["BusinessUnit"] = scenario.Support;

            var error = Assert.Throws<InvalidPluginExecutionException>(() => Run(scenario.LocalDelegate, inputs));

            Assert.Equal(OperationStatus.Failed, error.Status);
            // The platform reports a plug-in failure as IsvAborted; the SU code travels in the message, kept word for word.
            Assert.Equal(unchecked((int)0x80040265), error.ErrorCode);
            Assert.StartsWith("SU3001 BusinessUnitId: You may not create users in business unit 'Support'.", error.Message);
            Assert.Null(scenario.UserByDomainName("svc-flow@contoso.com"));
        }

        [Fact]
        public void A_workflow_user_cannot_elevate_through_the_activity()
        {
            var error = Assert.Throws<InvalidPluginExecutionException>(() => Run(scenario.GlobalDelegate, new Dictionary<string, object>(NonInteractiveInputs()) { ["Roles"] = "System Administrator" }));

            Assert.StartsWith("SU3002", error.Message);
        }

        [Fact]
        public void An_application_id_that_is_not_a_GUID_is_refused_before_calling_the_API()
        {
            scenario.Org.ResetCalls();

            var error = Assert.Throws<InvalidPluginExecutionException>(() => Run(scenario.Admin, new Dictionary<string, object> { ["ApplicationId"] = "my-app" }));

            Assert.StartsWith("SU1004 ApplicationId: ", error.Message);
            Assert.DoesNotContain(scenario.Org.Calls, call => call.Message == "new_CreateServiceUser");
        }

        [Fact]
        public void Is_registered_for_spkl_in_the_Service_Users_group()
        {
            var registration = typeof(CreateServiceUserActivity).GetCustomAttribute<CrmPluginRegistrationAttribute>();

            Assert.Equal("Service Users", registration.GroupName);
            Assert.Equal(IsolationModeEnum.Sandbox, registration.IsolationMode);
            Assert.False(string.IsNullOrEmpty(registration.Name));
        }
    }
}

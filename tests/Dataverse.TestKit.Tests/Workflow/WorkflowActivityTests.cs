using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Xunit;

namespace Dataverse.TestKit.Tests.Workflow
{
    public class WorkflowActivityTests
    {
        private readonly InMemoryOrganization org = new InMemoryOrganization();

        [Fact]
        public void Every_service_the_activity_creates_acts_as_the_workflow_user_whatever_id_is_passed()
        {
            var user = org.AddUser("ann@contoso.com");
            var other = org.AddUser("bob@contoso.com");

            var outputs = org.ExecuteWorkflowActivity(new WhoRunsActivity(), new Dictionary<string, object> { ["OtherUserId"] = other.Id.ToString() }, user.Id);

            Assert.Equal(user.Id.ToString(), outputs["SystemServiceUser"]);
            Assert.Equal(user.Id.ToString(), outputs["OtherServiceUser"]);
            Assert.Equal(user.Id.ToString(), outputs["ContextUser"]);
            Assert.All(org.Calls, call => Assert.False(call.IsSystem));
        }

        [Fact]
        public void The_activity_has_no_SYSTEM_service_so_the_workflow_user_privileges_apply()
        {
            var user = org.AddUser("ann@contoso.com");

            FaultAssert.Throws(PlatformErrorCode.PrivilegeDenied, () => org.ExecuteWorkflowActivity(new WhoRunsActivity(), new Dictionary<string, object> { ["TeamName"] = "Ops" }, user.Id));

            var creator = org.AddUser("creator@contoso.com", null, 0, org.AddRole("Team creator", ("prvCreateTeam", PrivilegeDepth.Global)));
            org.ExecuteWorkflowActivity(new WhoRunsActivity(), new Dictionary<string, object> { ["TeamName"] = "Ops" }, creator.Id);
            Assert.Contains(org.Records("team"), t => t.GetAttributeValue<string>("name") == "Ops");
        }

        [Fact]
        public void The_run_returns_the_context_and_the_trace()
        {
            var user = org.AddUser("ann@contoso.com");

            var run = org.RunWorkflowActivity(new WhoRunsActivity(), new Dictionary<string, object>(), new WorkflowContextOptions { UserId = user.Id, PrimaryEntityName = "systemuser", PrimaryEntityId = user.Id });

            Assert.Equal("running as " + user.Id, Assert.Single(run.TraceLines));
            Assert.Equal("systemuser", run.Context.PrimaryEntityName);
            Assert.Equal(user.Id, run.Context.PrimaryEntityId);
            Assert.Equal(1, org.Calls.Single().Depth - run.Context.Depth);
        }
    }
}

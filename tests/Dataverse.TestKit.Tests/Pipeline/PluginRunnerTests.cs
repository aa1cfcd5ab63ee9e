using System;
using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.TestKit.Tests.Pipeline
{
    public class PluginRunnerTests
    {
        private readonly InMemoryOrganization org = new InMemoryOrganization();

        [Fact]
        public void The_context_carries_the_options_and_the_outputs_and_trace_come_back()
        {
            var user = org.AddUser("ann@contoso.com");
            var initiator = org.AddUser("bob@contoso.com");
            var correlation = Guid.NewGuid();
            IPluginExecutionContext seen = null;
            var plugin = new DelegatePlugin(services =>
            {
                seen = services.Context();
                services.Tracing().Trace("Hello {0}", seen.InputParameters["Name"]);
                seen.OutputParameters["Greeting"] = "hi";
            });

            var run = org.ExecutePlugin(plugin, new PluginContextOptions
            {
                MessageName = "new_Greet",
                UserId = user.Id,
                InitiatingUserId = initiator.Id,
                Depth = 2,
                CorrelationId = correlation,
                InputParameters = { ["Name"] = "world" },
            });

            Assert.Equal("hi", run.OutputParameters["Greeting"]);
            Assert.Equal(new[] { "Hello world" }, run.TraceLines);
            Assert.Equal("new_Greet", seen.MessageName);
            Assert.Equal(30, seen.Stage);
            Assert.Equal(2, seen.Depth);
            Assert.Equal(user.Id, seen.UserId);
            Assert.Equal(initiator.Id, seen.InitiatingUserId);
            Assert.Equal(correlation, seen.CorrelationId);
            Assert.True(seen.IsInTransaction);
            Assert.Equal(org.RootBusinessUnit.Id, seen.BusinessUnitId);
            Assert.Contains(org.Traces, t => t.MessageName == "new_Greet" && t.Lines.Contains("Hello world"));
        }

        [Fact]
        public void The_factory_gives_SYSTEM_for_null_the_context_user_for_empty_and_any_user_by_id()
        {
            var user = org.AddUser("ann@contoso.com");
            var other = org.AddUser("bob@contoso.com");
            Guid system = Guid.Empty, contextUser = Guid.Empty, named = Guid.Empty;
            var plugin = new DelegatePlugin(services =>
            {
                system = ((WhoAmIResponse)services.Service(null).Execute(new WhoAmIRequest())).UserId;
                contextUser = ((WhoAmIResponse)services.Service(Guid.Empty).Execute(new WhoAmIRequest())).UserId;
                named = ((WhoAmIResponse)services.Service(other.Id).Execute(new WhoAmIRequest())).UserId;
            });

            org.ExecutePlugin(plugin, new PluginContextOptions { MessageName = "x", UserId = user.Id });

            Assert.Equal(org.SystemUserId, system);
            Assert.Equal(user.Id, contextUser);
            Assert.Equal(other.Id, named);
        }

        [Fact]
        public void The_plugin_exception_reaches_the_test_unchanged_and_its_writes_are_rolled_back()
        {
            var user = org.AddUser("ann@contoso.com");
            var before = org.Snapshot();
            var plugin = new DelegatePlugin(services =>
            {
                services.Service(null).Create(new Entity("team") { ["name"] = "Temporary" });
                throw new InvalidPluginExecutionException("stop");
            });

            var exception = Assert.Throws<InvalidPluginExecutionException>(() => org.ExecutePlugin(plugin, new PluginContextOptions { MessageName = "x", UserId = user.Id }));

            Assert.Equal("stop", exception.Message);
            Assert.Equal(before, org.Snapshot());
        }

        [Fact]
        public void Outside_a_transaction_each_call_commits_on_its_own()
        {
            var user = org.AddUser("ann@contoso.com");
            var plugin = new DelegatePlugin(services =>
            {
                services.Service(null).Create(new Entity("team") { ["name"] = "Kept" });
                throw new InvalidPluginExecutionException("stop");
            });

            Assert.Throws<InvalidPluginExecutionException>(() => org.ExecutePlugin(plugin, new PluginContextOptions { MessageName = "x", UserId = user.Id, Stage = 10 }));

            Assert.Contains(org.Records("team"), t => t.GetAttributeValue<string>("name") == "Kept");
        }

        [Fact]
        public void Nested_calls_of_a_direct_run_are_one_level_deeper_than_its_context()
        {
            var user = org.AddUser("ann@contoso.com", null, 0, org.AddRole("Reader", ("prvReadUser", PrivilegeDepth.Global)));
            var plugin = new DelegatePlugin(services => services.Service(Guid.Empty).Retrieve("systemuser", user.Id, new Microsoft.Xrm.Sdk.Query.ColumnSet("fullname")));

            org.ExecutePlugin(plugin, new PluginContextOptions { MessageName = "x", UserId = user.Id, Depth = 3 });

            var call = Assert.Single(org.Calls);
            Assert.Equal(4, call.Depth);
            Assert.Equal(user.Id, call.ActingUserId);
            Assert.False(call.IsSystem);
        }

        [Fact]
        public void A_privilege_fault_inside_the_plugin_is_the_platform_fault()
        {
            var user = org.AddUser("ann@contoso.com");
            var plugin = new DelegatePlugin(services => services.Service(Guid.Empty).Create(new Entity("team") { ["name"] = "Not allowed" }));

            FaultAssert.Throws(PlatformErrorCode.PrivilegeDenied, () => org.ExecutePlugin(plugin, new PluginContextOptions { MessageName = "x", UserId = user.Id }));
        }
    }
}

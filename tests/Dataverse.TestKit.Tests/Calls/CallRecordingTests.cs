using System;
using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.TestKit.Tests.Calls
{
    public class CallRecordingTests
    {
        private readonly InMemoryOrganization org = new InMemoryOrganization();

        [Fact]
        public void Every_service_call_is_recorded_with_message_table_identity_and_depth()
        {
            var user = org.AddUser("ann@contoso.com", null, 0, org.AddRole("Reader", ("prvReadUser", PrivilegeDepth.Global)));
            org.RegisterCustomApi(new CustomApiDefinition("new_Lookup"), new DelegatePlugin(services =>
            {
                services.Service(Guid.Empty).RetrieveMultiple(new QueryExpression("systemuser"));
                services.Service(null).Execute(new WhoAmIRequest());
            }));

            org.ServiceFor(user.Id).Retrieve("systemuser", user.Id, new ColumnSet("fullname"));
            org.ServiceFor(user.Id).Execute(new OrganizationRequest("new_Lookup"));

            var calls = org.Calls;
            Assert.Equal(
                new[] { "Retrieve systemuser 1 user", "new_Lookup  1 user", "RetrieveMultiple systemuser 2 user", "WhoAmI  2 SYSTEM" },
                calls.Select(c => $"{c.Message} {c.EntityLogicalName} {c.Depth} {(c.IsSystem ? "SYSTEM" : "user")}"));
            Assert.All(calls.Where(c => !c.IsSystem), c => Assert.Equal(user.Id, c.ActingUserId));
            Assert.Equal(org.SystemUserId, calls.Last().ActingUserId);
            Assert.Equal(calls[1].CorrelationId, calls[2].CorrelationId);
            Assert.NotEqual(calls[0].CorrelationId, calls[1].CorrelationId);
        }

        [Fact]
        public void Failed_calls_are_recorded_with_their_error_code()
        {
            var user = org.AddUser("ann@contoso.com");

            FaultAssert.Throws(PlatformErrorCode.PrivilegeDenied, () => org.ServiceFor(user.Id).Create(new Entity("team") { ["name"] = "x" }));

            var call = Assert.Single(org.Calls);
            Assert.False(call.Succeeded);
            Assert.Equal(PlatformErrorCode.PrivilegeDenied, call.ErrorCode);
        }

        [Fact]
        public void ResetCalls_starts_a_new_count()
        {
            org.SystemService.Execute(new WhoAmIRequest());
            org.SystemService.Execute(new WhoAmIRequest());
            Assert.Equal(2, org.Calls.Count);

            org.ResetCalls();
            org.SystemService.Create(new Entity("team") { ["name"] = "x" });

            Assert.Equal("Create", Assert.Single(org.Calls).Message);
        }

        [Fact]
        public void The_typed_and_plain_forms_of_a_message_are_the_same_call()
        {
            org.SystemService.Create(new Entity("team") { ["name"] = "typed" });
            var id = (Guid)org.SystemService.Execute(new OrganizationRequest("Create") { ["Target"] = new Entity("team") { ["name"] = "plain" } }).Results["id"];

            Assert.Equal(new[] { "Create", "Create" }, org.Calls.Select(c => c.Message));
            Assert.Equal("plain", org.Record("team", id).GetAttributeValue<string>("name"));
        }
    }
}

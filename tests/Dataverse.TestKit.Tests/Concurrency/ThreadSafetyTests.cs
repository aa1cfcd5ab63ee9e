using System;
using System.Linq;
using System.Threading;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.TestKit.Tests.Concurrency
{
    public class ThreadSafetyTests
    {
        [Fact]
        public void Parallel_custom_API_calls_each_see_their_own_transaction_and_none_is_lost()
        {
            var org = new InMemoryOrganization();
            var caller = org.AddUser("caller@contoso.com", null, 0, org.AddRole("Creator", ("prvCreateUser", PrivilegeDepth.Basic)));
            org.RegisterCustomApi(
                new CustomApiDefinition("new_MakeTeam") { ExecutePrivilegeName = "prvCreateUser" }
                    .WithRequestParameter("Name", CustomApiFieldType.String)
                    .WithRequestParameter("Fail", CustomApiFieldType.Boolean),
                new DelegatePlugin(services =>
                {
                    // A probe row that only this request can see while it runs: with interleaved requests another
                    // request's probe would be visible too.
                    var context = services.Context();
                    var system = services.Service(null);
                    var probe = system.Create(new Entity("team") { ["name"] = "probe" });
                    Thread.Sleep(1); // widen the window another request would need to interleave
                    var probes = system.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryByAttribute("team") { Attributes = { "name" }, Values = { "probe" } });
                    if (probes.Entities.Count != 1)
                    {
                        throw new InvalidPluginExecutionException("Another request's uncommitted row was visible.");
                    }

                    system.Delete("team", probe);
                    system.Create(new Entity("team") { ["name"] = (string)context.InputParameters["Name"] });
                    if ((bool)context.InputParameters["Fail"])
                    {
                        throw new InvalidPluginExecutionException("fail on purpose");
                    }
                }));
            const int Requests = 200;

            // Dedicated threads released together, so requests really do overlap (the thread pool may run few at once).
            var outcomes = new string[Requests];
            const int Threads = 8;
            using (var start = new Barrier(Threads))
            {
                var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
                {
                    start.SignalAndWait();
                    for (var i = t; i < Requests; i += Threads)
                    {
                        try
                        {
                            org.ServiceFor(caller.Id).Execute(new OrganizationRequest("new_MakeTeam") { ["Name"] = "team-" + i, ["Fail"] = i % 4 == 3 });
                            outcomes[i] = "ok";
                        }
                        catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault)
                        {
                            outcomes[i] = fault.Detail.Message;
                        }
                    }
                })).ToList();
                threads.ForEach(thread => thread.Start());
                threads.ForEach(thread => thread.Join());
            }

            var teams = org.Records("team").Where(t => t.GetAttributeValue<string>("name").StartsWith("team-", StringComparison.Ordinal)).ToList();
            Assert.Equal(Requests / 4, outcomes.Count(o => o == "fail on purpose"));
            Assert.Equal(outcomes.Count(o => o == "ok"), teams.Count);
            Assert.Equal(Requests - (Requests / 4), outcomes.Count(o => o == "ok"));
            Assert.DoesNotContain(org.Records("team"), t => t.GetAttributeValue<string>("name") == "probe");
            Assert.Equal(Requests * 5, org.Calls.Count);
        }

        [Fact]
        public void Parallel_seeding_and_reads_keep_the_organization_consistent()
        {
            var org = new InMemoryOrganization();
            var role = org.AddRole("Reader", ("prvReadUser", PrivilegeDepth.Global));

            const int Threads = 4;
            using (var start = new Barrier(Threads))
            {
                var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
                {
                    start.SignalAndWait();
                    for (var i = t; i < 100; i += Threads)
                    {
                        var user = org.AddUser($"user{i}@contoso.com", null, 0, role);
                        org.ServiceFor(user.Id).Execute(new WhoAmIRequest());
                        org.ServiceFor(user.Id).RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("systemuser"));
                    }
                })).ToList();
                threads.ForEach(thread => thread.Start());
                threads.ForEach(thread => thread.Join());
            }

            Assert.Equal(101, org.Records("systemuser").Count);
            Assert.Equal(100, org.Records("systemuserroles").Count);
            Assert.Equal(200, org.Calls.Count);
        }
    }
}

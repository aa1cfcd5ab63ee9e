using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.Hardening
{
    /// <summary>
    /// One plug-in instance (as Dataverse caches it) serving many threads against one organization: no unexpected
    /// exception, no duplicate user, and every answer consistent with the final state.
    /// </summary>
    public class ConcurrencyTests
    {
        private const int Threads = 8;
        private const int RequestsPerThread = 250;

        /// <summary>Few identities, so that threads collide on the same ones all the time.</summary>
        private static readonly Guid[] ApplicationIds = Enumerable.Range(1, 40).Select(i => new Guid($"00000000-0000-4000-8000-{i:D12}")).ToArray();

        private static readonly string[] DomainNames = Enumerable.Range(1, 12).Select(i => $"svc-{i:D2}@contoso.com").ToArray();

        private sealed class Outcome
        {
            public OrganizationRequest Request;
            public OrganizationResponse Response;
            public OrganizationServiceFault Fault;
        }

        private static OrganizationRequest RequestNumber(int thread, int index)
        {
            var n = (thread * RequestsPerThread) + index;
            switch (n % 5)
            {
                case 0:
                case 1:
                    return ServiceUserScenario.ApplicationRequest(ApplicationIds[n % ApplicationIds.Length]).With("Roles", "Integration Reader");
                case 2:
                    return ServiceUserScenario.NonInteractiveRequest(DomainNames[n % DomainNames.Length]).With("Teams", "Integrations");
                case 3:
                    return ServiceUserScenario.NonInteractiveRequest("not a sign-in name " + n);
                default:
                    return ServiceUserScenario.ApplicationRequest(ApplicationIds[n % ApplicationIds.Length]).With("Roles", "No Such Role");
            }
        }

        [Fact]
        public void Eight_threads_of_mixed_requests_leave_a_consistent_organization()
        {
            var scenario = new ServiceUserScenario();
            var outcomes = new ConcurrentBag<Outcome>();
            var unexpected = new ConcurrentBag<Exception>();

            Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, thread =>
            {
                var service = scenario.Org.ServiceFor(scenario.GlobalDelegate.Id);
                for (var index = 0; index < RequestsPerThread; index++)
                {
                    var outcome = new Outcome { Request = RequestNumber(thread, index) };
                    try
                    {
                        outcome.Response = service.Execute(outcome.Request);
                    }
                    catch (FaultException<OrganizationServiceFault> fault)
                    {
                        outcome.Fault = fault.Detail;
                    }
                    catch (Exception exception)
                    {
                        unexpected.Add(exception);
                    }

                    outcomes.Add(outcome);
                }
            });

            Assert.Empty(unexpected);
            Assert.Equal(Threads * RequestsPerThread, outcomes.Count);

            var users = scenario.Org.Records("systemuser");
            AssertNoDuplicateIdentities(users);

            foreach (var outcome in outcomes)
            {
                if (outcome.Response != null)
                {
                    var user = scenario.Org.Record("systemuser", (Guid)outcome.Response["SystemUserId"]);
                    Assert.NotNull(user);
                    AssertSameIdentity(outcome.Request, user);
                    Assert.NotEmpty(scenario.Org.RolesOf(user.Id).Concat(scenario.Org.TeamsOf(user.Id)));
                }
                else
                {
                    Assert.Matches("^SU(1003|2003|4002) ", outcome.Fault.Message);
                }
            }

            // Exactly one "Created" per identity that exists, none for the others.
            var created = outcomes.Where(o => o.Response != null && (bool)o.Response["Created"]).Select(o => (Guid)o.Response["SystemUserId"]).ToList();
            Assert.Equal(created.Count, created.Distinct().Count());
            var serviceUsers = users.Where(u => u.GetAttributeValue<Guid?>("applicationid") != null || (u.GetAttributeValue<string>("domainname") ?? string.Empty).StartsWith("svc-", StringComparison.Ordinal)).ToList();
            Assert.Equal(serviceUsers.Select(u => u.Id).OrderBy(id => id), created.OrderBy(id => id));

            // The limit held: 7 non-interactive users at most, every other non-interactive identity was refused with SU4002.
            var nonInteractive = serviceUsers.Count(u => u.GetAttributeValue<Guid?>("applicationid") == null);
            Assert.Equal(7, nonInteractive);
        }

        [Fact]
        public void Twenty_identical_retries_create_one_user_and_say_Created_once()
        {
            var scenario = new ServiceUserScenario();
            var request = ServiceUserScenario.NonInteractiveRequest().With("Roles", "Integration Reader").With("Teams", "Integrations");

            var responses = Enumerable.Range(0, 20).Select(_ => scenario.Execute(scenario.GlobalDelegate, request)).ToList();

            Assert.Single(responses, response => (bool)response["Created"]);
            Assert.True((bool)responses[0]["Created"]);
            Assert.Single(responses.Select(response => response["SystemUserId"]).Distinct());
            Assert.NotNull(scenario.UserByDomainName("svc-sync@contoso.com"));
        }

        [Fact]
        public void Twenty_identical_retries_in_parallel_create_one_user_and_say_Created_once()
        {
            var scenario = new ServiceUserScenario();
            var applicationId = Guid.NewGuid();

            var responses = Enumerable.Range(0, 20).AsParallel().WithDegreeOfParallelism(8)
                .Select(_ => scenario.Execute(scenario.GlobalDelegate, ServiceUserScenario.ApplicationRequest(applicationId).With("Roles", "Basic Access")))
                .ToList();

            Assert.Single(responses, response => (bool)response["Created"]);
            Assert.Single(responses.Select(response => response["SystemUserId"]).Distinct());
            Assert.Single(scenario.Org.Records("systemuser"), user => user.GetAttributeValue<Guid?>("applicationid") == applicationId);
        }

        private static void AssertNoDuplicateIdentities(IReadOnlyList<Entity> users)
        {
            var domainNames = users.Select(u => u.GetAttributeValue<string>("domainname")).Where(name => name != null).ToList();
            Assert.Equal(domainNames.Count, domainNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            var applicationIds = users.Select(u => u.GetAttributeValue<Guid?>("applicationid")).Where(id => id != null).ToList();
            Assert.Equal(applicationIds.Count, applicationIds.Distinct().Count());
        }

        private static void AssertSameIdentity(OrganizationRequest request, Entity user)
        {
            if (request.Parameters.Contains("ApplicationId"))
            {
                Assert.Equal((Guid)request["ApplicationId"], user.GetAttributeValue<Guid?>("applicationid"));
            }
            else
            {
                Assert.Equal((string)request["DomainName"], user.GetAttributeValue<string>("domainname"), StringComparer.OrdinalIgnoreCase);
            }
        }
    }
}

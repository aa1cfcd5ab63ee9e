using System;
using BenchmarkDotNet.Attributes;
using Dataverse.TestKit;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Benchmarks.Configuration;
using ServiceUsers.Benchmarks.Organization;
using ServiceUsers.Benchmarks.ServiceCalls;
using ServiceUsers.Plugins.CreateServiceUser;

namespace ServiceUsers.Benchmarks.CreateServiceUser
{
    /// <summary>
    /// Creating one non-interactive user with N roles and N teams: through new_CreateServiceUser as a delegated admin,
    /// against the naive script a System Administrator runs today (<see cref="NaiveClientScript"/>).
    /// </summary>
    /// <remarks>
    /// Every iteration starts from a fresh organization ([IterationSetup]) rather than one organization with a new
    /// domain name per invocation: the plug-in refuses the 8th non-interactive user of an environment (SU4002), and
    /// switching to application users would skip the non-interactive path the API exists for. A growing organization
    /// would also make each lookup slower than the last, so later iterations would measure a bigger organization.
    /// </remarks>
    [Config(typeof(ServiceUsersBenchmarkConfig))]
    public class CreateServiceUserBenchmarks : IRecordsServiceCalls
    {
        private BenchmarkOrganization organization;
        private IOrganizationService systemAdministratorService;
        private IOrganizationService delegatedAdminService;
        private OrganizationRequest createServiceUserRequest;

        /// <summary>Roles to give and, as many, teams to join.</summary>
        [Params(1, 5, 50)]
        public int RolesAndTeams { get; set; }

        public InMemoryOrganization Organization => organization.Org;

        [IterationSetup]
        public void CreateFreshOrganization()
        {
            organization = new BenchmarkOrganization(RolesAndTeams);
            systemAdministratorService = organization.Org.ServiceFor(organization.SystemAdministrator.Id);
            delegatedAdminService = organization.Org.ServiceFor(organization.DelegatedAdmin.Id);
            createServiceUserRequest = organization.CreateServiceUserRequest();
        }

        [Benchmark(Baseline = true, Description = "Naive script, as System Administrator")]
        [CountServiceCallsMadeBy(ServiceCallOrigin.Client)]
        public Guid NaiveScriptAsSystemAdministrator() =>
            NaiveClientScript.CreateServiceUser(
                systemAdministratorService,
                organization.Org.RootBusinessUnit,
                BenchmarkOrganization.ServiceUserDomainName,
                BenchmarkOrganization.ServiceUserFirstName,
                BenchmarkOrganization.ServiceUserLastName,
                organization.Roles,
                organization.Teams);

        [Benchmark(Description = "new_CreateServiceUser, as delegated admin")]
        [CountServiceCallsMadeBy(ServiceCallOrigin.PlugIn)]
        public Guid CustomApiAsDelegatedAdmin() =>
            (Guid)delegatedAdminService.Execute(createServiceUserRequest).Results[CreateServiceUserContract.Outputs.SystemUserId];
    }
}

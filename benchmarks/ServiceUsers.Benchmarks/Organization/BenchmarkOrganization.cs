using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.CreateServiceUser;
using ServiceUsers.Plugins.RequestTrail;
using ServiceUsers.TestSupport;

namespace ServiceUsers.Benchmarks.Organization
{
    /// <summary>
    /// A fresh in-memory organization in which one service user gets created with <c>rolesAndTeams</c> roles and as many
    /// teams: a System Administrator (who runs the naive script), a delegated admin (who calls the API), the roles and
    /// owner teams to hand out, and new_CreateServiceUser registered from solution/ with the real plug-in.
    /// Seeding is not recorded as service calls, so <see cref="InMemoryOrganization.Calls"/> holds only what a case does.
    /// </summary>
    public sealed class BenchmarkOrganization
    {
        public const string ServiceUserDomainName = "svc-benchmark@contoso.com";
        public const string ServiceUserFirstName = "Benchmark";
        public const string ServiceUserLastName = "Service";

        public BenchmarkOrganization(int rolesAndTeams)
        {
            Org = new InMemoryOrganization("Contoso");
            SystemAdministrator = Org.AddUser("admin@contoso.com", Org.RootBusinessUnit, 0, Org.SystemAdministratorRole);
            DelegatedAdmin = Org.AddUser("user.admin@contoso.com", Org.RootBusinessUnit, 0, ServiceAccountManagerRole());

            // Each role grants only what the delegated admin holds itself, so handing it out is no escalation.
            Roles = Enumerable.Range(1, rolesAndTeams)
                .Select(i => Org.AddRole($"Integration Role {i:D2}", ("prvReadTeam", PrivilegeDepth.Local)))
                .ToList();
            // Each team holds a role too, so the escalation check's calls are measured.
            var teamRole = Org.AddRole("Integration Team Role", ("prvReadTeam", PrivilegeDepth.Local));
            Teams = Enumerable.Range(1, rolesAndTeams)
                .Select(i => Org.AddTeam($"Integration Team {i:D2}", Org.RootBusinessUnit, TeamKind.Owner, teamRole))
                .ToList();
            Org.AddTable(ServiceUserRequestTable.LogicalName, Dataverse.TestKit.Metadata.TableOwnership.Organization, "new_ServiceUserRequest");

            Org.RegisterCustomApi(
                CustomApiDefinition.LoadFromUnpackedSolution(RepositoryRoot.PathOf("solution"), CreateServiceUserContract.MessageName),
                new CreateServiceUserPlugin());
            Org.ResetCalls();
        }

        public InMemoryOrganization Org { get; }

        /// <summary>Holds System Administrator: the only kind of caller the platform lets set accessmode.</summary>
        public EntityReference SystemAdministrator { get; }

        /// <summary>Holds Create User (Global) and what assigning roles and filling teams takes, but is no System Administrator.</summary>
        public EntityReference DelegatedAdmin { get; }

        /// <summary>Roles of the root business unit, where the service user is created.</summary>
        public IReadOnlyList<EntityReference> Roles { get; }

        public IReadOnlyList<EntityReference> Teams { get; }

        /// <summary>The API request a power user would send: roles and teams by name, as typed in a flow or the dialog.</summary>
        public OrganizationRequest CreateServiceUserRequest()
        {
            var request = new OrganizationRequest(CreateServiceUserContract.MessageName);
            request[CreateServiceUserContract.Inputs.DomainName] = ServiceUserDomainName;
            request[CreateServiceUserContract.Inputs.FirstName] = ServiceUserFirstName;
            request[CreateServiceUserContract.Inputs.LastName] = ServiceUserLastName;
            request[CreateServiceUserContract.Inputs.Roles] = string.Join(";", Roles.Select(role => role.Name));
            request[CreateServiceUserContract.Inputs.Teams] = string.Join(";", Teams.Select(team => team.Name));
            return request;
        }

        private EntityReference ServiceAccountManagerRole() => Org.AddRole("Service Account Manager", DelegatedAdminPrivileges.With(PrivilegeDepth.Global));
    }
}

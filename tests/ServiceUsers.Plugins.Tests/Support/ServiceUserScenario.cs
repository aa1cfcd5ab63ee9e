using System;
using System.Linq;
using System.ServiceModel;
using Dataverse.TestKit;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.CreateServiceUser;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.RequestTrail;
using ServiceUsers.TestSupport;

namespace ServiceUsers.Plugins.Tests.Support
{
    /// <summary>
    /// A small organization in which service users get created, with the API registered from the solution's own
    /// definition (so the platform's parameter checks use the real types):
    /// <code>
    /// Contoso (root)                 Admin (System Administrator), GlobalDelegate
    /// ├── Sales                      DeepDelegate, LocalDelegate, Bystander (no prvCreateUser)
    /// │   └── Sales EMEA
    /// ├── Support
    /// └── Closed (disabled)
    /// </code>
    /// Roles (created in the root, copied into every unit): "Integration Reader" (little), "Service Account Manager"
    /// (what a delegate needs, at a depth per delegate), "Basic Access". Teams: "Integrations" (owner, root),
    /// "Support Desk" (owner, Support), "Entra Sync" (Entra ID security group), and every unit's default team.
    /// </summary>
    public sealed class ServiceUserScenario
    {
        public static readonly Guid IntegrationReaderTemplateId = new Guid("8d6fd2a5-0000-4000-8000-00000000a001");

        public ServiceUserScenario()
        {
            Org = new InMemoryOrganization("Contoso");
            Root = Org.RootBusinessUnit;
            Sales = Org.AddBusinessUnit("Sales");
            SalesEmea = Org.AddBusinessUnit("Sales EMEA", Sales);
            Support = Org.AddBusinessUnit("Support");
            Closed = Org.AddBusinessUnit("Closed", disabled: true);

            IntegrationReader = Org.AddRole("Integration Reader", IntegrationReaderTemplateId,
                ("prvReadUser", PrivilegeDepth.Local),
                ("prvReadBusinessUnit", PrivilegeDepth.Local));
            BasicAccess = Org.AddRole("Basic Access",
                ("prvReadTeam", PrivilegeDepth.Local));

            Admin = Org.AddUser("admin@contoso.com", Root, 0, Org.SystemAdministratorRole);
            GlobalDelegate = Org.AddUser("global.delegate@contoso.com", Root, 0, ManagerRole("Global Service Account Manager", PrivilegeDepth.Global));
            DeepDelegate = Org.AddUser("deep.delegate@contoso.com", Sales, 0, ManagerRole("Deep Service Account Manager", PrivilegeDepth.Deep));
            LocalDelegate = Org.AddUser("local.delegate@contoso.com", Sales, 0, ManagerRole("Local Service Account Manager", PrivilegeDepth.Local));
            Bystander = Org.AddUser("bystander@contoso.com", Sales, 0, BasicAccess);

            Integrations = Org.AddTeam("Integrations", Root);
            SupportDesk = Org.AddTeam("Support Desk", Support);
            EntraSync = Org.AddTeam("Entra Sync", Root, TeamKind.AadSecurityGroup);

            // The request trail table the solution ships, organization-owned (privileges prv*new_ServiceUserRequest).
            Org.AddTable(ServiceUserRequestTable.LogicalName, Dataverse.TestKit.Metadata.TableOwnership.Organization, "new_ServiceUserRequest");

            Org.RegisterCustomApi(
                CustomApiDefinition.LoadFromUnpackedSolution(RepositoryRoot.PathOf("solution"), CreateServiceUserContract.MessageName),
                new CreateServiceUserPlugin());
            Org.ResetCalls();
        }

        public InMemoryOrganization Org { get; }

        public EntityReference Root { get; }

        public EntityReference Sales { get; }

        public EntityReference SalesEmea { get; }

        public EntityReference Support { get; }

        public EntityReference Closed { get; }

        public EntityReference IntegrationReader { get; }

        public EntityReference BasicAccess { get; }

        public EntityReference Admin { get; }

        public EntityReference GlobalDelegate { get; }

        public EntityReference DeepDelegate { get; }

        public EntityReference LocalDelegate { get; }

        public EntityReference Bystander { get; }

        public EntityReference Integrations { get; }

        public EntityReference SupportDesk { get; }

        public EntityReference EntraSync { get; }

        /// <summary>A valid non-interactive request; tests change what they are about.</summary>
        public static OrganizationRequest NonInteractiveRequest(string domainName = "svc-sync@contoso.com")
        {
            var request = new OrganizationRequest(CreateServiceUserContract.MessageName);
            request["DomainName"] = domainName;
            request["FirstName"] = "Sync";
            request["LastName"] = "Service";
            return request;
        }

        public static OrganizationRequest ApplicationRequest(Guid applicationId)
        {
            var request = new OrganizationRequest(CreateServiceUserContract.MessageName);
            request["ApplicationId"] = applicationId;
            return request;
        }

        public OrganizationResponse Execute(EntityReference caller, OrganizationRequest request) => Org.ServiceFor(caller.Id).Execute(request);

        /// <summary>Executes and expects the API to refuse with <paramref name="code"/>; returns the fault for further checks.</summary>
        public OrganizationServiceFault Refusal(EntityReference caller, OrganizationRequest request, ServiceUserErrorCode code)
        {
            var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Execute(caller, request));
            Assert.True(
                fault.Detail.SubErrorCode() == ServiceUserError.NumericCode(code) && fault.Detail.Message.StartsWith(ServiceUserError.TextCode(code), StringComparison.Ordinal),
                $"Expected {ServiceUserError.TextCode(code)} but got 0x{fault.Detail.ErrorCode:x8} (sub 0x{fault.Detail.SubErrorCode() ?? 0:x8}): {fault.Detail.Message}");
            Assert.Equal(unchecked((int)0x80040265), fault.Detail.ErrorCode);
            Assert.Equal((int)ServiceUserError.HttpStatusOf(code), fault.Detail.HttpStatus());
            return fault.Detail;
        }

        public Entity UserByDomainName(string domainName) =>
            Org.Records("systemuser").SingleOrDefault(user => string.Equals(user.GetAttributeValue<string>("domainname"), domainName, StringComparison.OrdinalIgnoreCase));

        public EntityReference RoleIn(EntityReference rootRole, EntityReference businessUnit) => Org.RoleInBusinessUnit(rootRole, businessUnit);

        private EntityReference ManagerRole(string name, PrivilegeDepth createDepth) => Org.AddRole(name, DelegatedAdminPrivileges.With(createDepth));
    }
}

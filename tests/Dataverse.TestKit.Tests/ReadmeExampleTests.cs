// The example of tests/Dataverse.TestKit/README.md, kept as a real test: change both together.
using System;
using Dataverse.TestKit;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.TestKit.Tests
{
    public class ReadmeExampleTests
    {
        /// <summary>A small custom API plug-in: creates a non-interactive user as SYSTEM, gives it a role as the caller.</summary>
        private sealed class CreateServiceUserPlugin : IPlugin
        {
            public void Execute(IServiceProvider serviceProvider)
            {
                var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext));
                var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory));
                var system = factory.CreateOrganizationService(null);         // SYSTEM: may set accessmode
                var caller = factory.CreateOrganizationService(Guid.Empty);   // the caller: role escalation is checked

                var userId = system.Create(new Entity("systemuser")
                {
                    ["domainname"] = (string)context.InputParameters["DomainName"],
                    ["lastname"] = "Service",
                    ["businessunitid"] = new EntityReference("businessunit", context.BusinessUnitId),
                    ["accessmode"] = new OptionSetValue(4),
                });
                caller.Associate("systemuser", userId, new Relationship("systemuserroles_association"),
                    new EntityReferenceCollection { (EntityReference)context.InputParameters["Role"] });
                context.OutputParameters["UserId"] = userId;
            }
        }

        [Fact]
        public void A_delegated_admin_creates_a_service_user_but_cannot_hand_out_System_Administrator()
        {
            // Arrange: an organization, a delegated admin who holds prvCreateUser, the API and its plug-in.
            var org = new InMemoryOrganization();
            var reader = org.AddRole("Reader", ("prvReadUser", PrivilegeDepth.Local));
            var delegatedAdmin = org.AddUser("admin@contoso.com", org.RootBusinessUnit, 0, org.AddRole("User admin",
                ("prvCreateUser", PrivilegeDepth.Global), ("prvReadUser", PrivilegeDepth.Global),
                ("prvReadRole", PrivilegeDepth.Global), ("prvAssignRole", PrivilegeDepth.Global)));
            org.RegisterCustomApi(
                new CustomApiDefinition("new_CreateServiceUser") { ExecutePrivilegeName = "prvCreateUser" }
                    .WithRequestParameter("DomainName", CustomApiFieldType.String)
                    .WithRequestParameter("Role", CustomApiFieldType.EntityReference)
                    .WithResponseProperty("UserId", CustomApiFieldType.Guid),
                new CreateServiceUserPlugin());
            var service = org.ServiceFor(delegatedAdmin.Id);

            // Act: call the API as the delegated admin, the way Dataverse would run it.
            var response = service.Execute(new OrganizationRequest("new_CreateServiceUser")
            {
                ["DomainName"] = "svc-reader@contoso.com",
                ["Role"] = reader,
            });

            // Assert on the organization's state and on the calls made.
            var userId = (Guid)response.Results["UserId"];
            Assert.Equal(4, org.Record("systemuser", userId).GetAttributeValue<OptionSetValue>("accessmode").Value);
            Assert.Equal(new[] { reader.Id }, org.RolesOf(userId));
            Assert.Equal(3, org.Calls.Count); // the API call, then Create (as SYSTEM) and Associate (as the admin)

            // The same admin cannot escalate: the whole request fails and nothing is left behind.
            var before = org.Snapshot();
            var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() =>
                service.Execute(new OrganizationRequest("new_CreateServiceUser")
                {
                    ["DomainName"] = "svc-admin@contoso.com",
                    ["Role"] = org.SystemAdministratorRole,
                }));
            Assert.Equal(unchecked((int)0x80048405), fault.Detail.ErrorCode); // AccessDenied
            Assert.Equal(before, org.Snapshot());
        }
    }
}

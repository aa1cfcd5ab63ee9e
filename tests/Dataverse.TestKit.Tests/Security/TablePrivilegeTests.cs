using System;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.TestKit.Tests.Security
{
    /// <summary>Create, Write and Delete need prv&lt;Verb&gt;&lt;Table&gt; at a depth reaching the row's business unit or owner.</summary>
    public class TablePrivilegeTests
    {
        private readonly InMemoryOrganization org = new InMemoryOrganization();

        [Fact]
        public void Creating_a_user_needs_prvCreateUser_reaching_the_new_user_business_unit()
        {
            var sales = org.AddBusinessUnit("Sales");
            var support = org.AddBusinessUnit("Support");
            var creator = org.AddUser("creator@contoso.com", sales, 0, org.AddRole("Local creator", ("prvCreateUser", PrivilegeDepth.Local)));
            var service = org.ServiceFor(creator.Id);

            service.Create(NewUser("in-sales@contoso.com", sales));
            FaultAssert.Throws(PlatformErrorCode.AccessCheckFailed, () => service.Create(NewUser("in-support@contoso.com", support)));
            FaultAssert.Throws(PlatformErrorCode.PrivilegeDenied, () => org.ServiceFor(org.AddUser("plain@contoso.com", sales).Id).Create(NewUser("x@contoso.com", sales)));
            org.SystemService.Create(NewUser("by-system@contoso.com", support));
        }

        [Fact]
        public void Updating_needs_prvWrite_and_deleting_needs_prvDelete()
        {
            var writer = org.AddUser("writer@contoso.com", null, 0, org.AddRole("Team writer", ("prvWriteTeam", PrivilegeDepth.Global)));
            var team = org.AddTeam("Ops");
            var service = org.ServiceFor(writer.Id);

            service.Update(new Entity("team", team.Id) { ["description"] = "updated" });
            FaultAssert.Throws(PlatformErrorCode.PrivilegeDenied, () => service.Delete("team", team.Id));

            Assert.Equal("updated", org.Record("team", team.Id).GetAttributeValue<string>("description"));
            Assert.NotNull(org.Record("team", team.Id));
        }

        [Fact]
        public void Basic_depth_on_a_user_owned_table_reaches_only_the_caller_own_rows()
        {
            org.AddTable("new_ticket");
            var role = org.AddRole("Ticket owner", ("prvCreatenew_ticket", PrivilegeDepth.Basic), ("prvReadnew_ticket", PrivilegeDepth.Basic));
            var ann = org.AddUser("ann@contoso.com", null, 0, role);
            var bob = org.AddUser("bob@contoso.com", null, 0, role);

            var annTicket = org.ServiceFor(ann.Id).Create(new Entity("new_ticket") { ["new_title"] = "mine" });

            Assert.Equal(ann.Id, org.Record("new_ticket", annTicket).GetAttributeValue<EntityReference>("ownerid").Id);
            org.ServiceFor(ann.Id).Retrieve("new_ticket", annTicket, new Microsoft.Xrm.Sdk.Query.ColumnSet(true));
            FaultAssert.Throws(PlatformErrorCode.AccessCheckFailed, () => org.ServiceFor(bob.Id).Retrieve("new_ticket", annTicket, new Microsoft.Xrm.Sdk.Query.ColumnSet(true)));
            FaultAssert.Throws(PlatformErrorCode.AccessCheckFailed, () => org.ServiceFor(bob.Id).Create(new Entity("new_ticket") { ["ownerid"] = ann }));
        }

        [Fact]
        public void Users_are_never_deleted_only_disabled()
        {
            var user = org.AddUser("gone@contoso.com");

            FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => org.SystemService.Delete("systemuser", user.Id));
        }

        [Fact]
        public void Unknown_tables_and_columns_are_refused()
        {
            FaultAssert.Throws(PlatformErrorCode.QueryBuilderNoEntity, () => org.SystemService.Create(new Entity("systemusers")));
            FaultAssert.Throws(PlatformErrorCode.QueryBuilderNoAttribute, () => org.SystemService.Create(new Entity("team") { ["nmae"] = "typo" }));
        }

        [Fact]
        public void Values_must_have_the_column_type_and_lookups_must_exist()
        {
            FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => org.SystemService.Create(new Entity("team") { ["name"] = "T", ["teamtype"] = 0 }));
            FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => org.SystemService.Create(NewUser("bad-mode@contoso.com", org.RootBusinessUnit, accessMode: 9)));
            FaultAssert.Throws(PlatformErrorCode.ObjectDoesNotExist, () => org.SystemService.Create(NewUser("lost@contoso.com", new EntityReference("businessunit", Guid.NewGuid()))));
        }

        private static Entity NewUser(string domainName, EntityReference businessUnit, int? accessMode = null)
        {
            var user = new Entity("systemuser")
            {
                ["domainname"] = domainName,
                ["firstname"] = "Test",
                ["lastname"] = domainName,
                ["businessunitid"] = businessUnit,
            };
            if (accessMode.HasValue)
            {
                user["accessmode"] = new OptionSetValue(accessMode.Value);
            }

            return user;
        }

        [Fact]
        public void On_an_organization_owned_table_any_depth_reaches_every_row_and_a_missing_privilege_is_refused()
        {
            org.AddTable("new_auditrow", Dataverse.TestKit.Metadata.TableOwnership.Organization, "new_AuditRow");
            var sales = org.AddBusinessUnit("Sales");
            org.SystemService.Create(new Entity("new_auditrow") { ["new_name"] = "written by the system" });
            var reader = org.AddUser("reader@contoso.com", sales, 0, org.AddRole("Audit reader", ("prvReadnew_AuditRow", PrivilegeDepth.Basic)));

            var rows = org.ServiceFor(reader.Id).RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("new_auditrow")).Entities;

            Assert.Single(rows);
            FaultAssert.Throws(PlatformErrorCode.PrivilegeDenied, () => org.ServiceFor(reader.Id).Create(new Entity("new_auditrow") { ["new_name"] = "forged" }));
        }
    }
}

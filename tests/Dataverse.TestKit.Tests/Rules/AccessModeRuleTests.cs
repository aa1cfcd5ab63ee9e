using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.TestKit.Tests.Rules
{
    /// <summary>AccessModeChangeNeedSystemAdmin (0x80048d2f): only a Read-Write System Administrator sets or changes accessmode; SYSTEM may.</summary>
    public class AccessModeRuleTests
    {
        private readonly InMemoryOrganization org = new InMemoryOrganization();
        private readonly EntityReference delegatedAdmin;

        public AccessModeRuleTests()
        {
            delegatedAdmin = org.AddUser("delegate@contoso.com", null, 0, org.AddRole("User admin", Seeds.UserAdministrator()));
        }

        [Fact]
        public void A_user_with_prvCreateUser_but_not_System_Administrator_cannot_create_a_non_interactive_user()
        {
            var fault = FaultAssert.Throws(PlatformErrorCode.AccessModeChangeNeedSystemAdmin, () => org.ServiceFor(delegatedAdmin.Id).Create(NonInteractive("svc@contoso.com")));

            Assert.StartsWith("You need to have system administrator role and access mode Full to change access mode of a user.", fault.Message);
            Assert.DoesNotContain(org.Records("systemuser"), u => u.GetAttributeValue<string>("domainname") == "svc@contoso.com");
        }

        [Fact]
        public void The_same_user_may_create_a_read_write_user()
        {
            org.ServiceFor(delegatedAdmin.Id).Create(new Entity("systemuser") { ["domainname"] = "rw@contoso.com", ["lastname"] = "RW", ["businessunitid"] = org.RootBusinessUnit, ["accessmode"] = new OptionSetValue(0) });
        }

        [Fact]
        public void A_System_Administrator_and_SYSTEM_may_set_it()
        {
            var admin = org.AddUser("admin@contoso.com", null, 0, org.SystemAdministratorRole);

            org.ServiceFor(admin.Id).Create(NonInteractive("svc1@contoso.com"));
            var id = org.SystemService.Create(NonInteractive("svc2@contoso.com"));

            Assert.Equal(4, org.Record("systemuser", id).GetAttributeValue<OptionSetValue>("accessmode").Value);
        }

        [Fact]
        public void A_System_Administrator_whose_own_access_mode_is_not_Read_Write_cannot()
        {
            var adminInReadMode = org.AddUser("read-admin@contoso.com", null, 2, org.SystemAdministratorRole);

            FaultAssert.Throws(PlatformErrorCode.AccessModeChangeNeedSystemAdmin, () => org.ServiceFor(adminInReadMode.Id).Create(NonInteractive("svc@contoso.com")));
        }

        [Fact]
        public void Changing_the_access_mode_of_an_existing_user_follows_the_same_rule()
        {
            var user = org.AddUser("ann@contoso.com");
            var change = new Entity("systemuser", user.Id) { ["accessmode"] = new OptionSetValue(4) };

            FaultAssert.Throws(PlatformErrorCode.AccessModeChangeNeedSystemAdmin, () => org.ServiceFor(delegatedAdmin.Id).Update(change));
            org.ServiceFor(delegatedAdmin.Id).Update(new Entity("systemuser", user.Id) { ["accessmode"] = new OptionSetValue(0), ["jobtitle"] = "same mode is no change" });
            org.SystemService.Update(change);

            Assert.Equal(4, org.Record("systemuser", user.Id).GetAttributeValue<OptionSetValue>("accessmode").Value);
        }

        private Entity NonInteractive(string domainName) => new Entity("systemuser")
        {
            ["domainname"] = domainName,
            ["firstname"] = "Service",
            ["lastname"] = domainName,
            ["businessunitid"] = org.RootBusinessUnit,
            ["accessmode"] = new OptionSetValue(4),
        };
    }
}

using System;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.TestKit.Tests.Rules
{
    /// <summary>The systemuser data rules, which hold for SYSTEM too.</summary>
    public class SystemUserRuleTests
    {
        private readonly InMemoryOrganization org = new InMemoryOrganization();

        [Fact]
        public void A_second_user_with_the_same_domain_name_already_exists_whatever_the_case()
        {
            org.AddUser("ann@contoso.com");

            var fault = FaultAssert.Throws(PlatformErrorCode.UserAlreadyExists, () => org.SystemService.Create(User("ANN@contoso.com")));

            Assert.Equal("The specified Active Directory user already exists as a Dynamics 365 user.", fault.Message);
        }

        [Fact]
        public void A_second_user_with_the_same_application_id_already_exists()
        {
            var applicationId = Guid.NewGuid();
            org.AddApplicationUser(applicationId);

            FaultAssert.Throws(PlatformErrorCode.UserAlreadyExists, () => org.SystemService.Create(new Entity("systemuser") { ["applicationid"] = applicationId, ["lastname"] = "App", ["businessunitid"] = org.RootBusinessUnit }));
            org.SystemService.Create(new Entity("systemuser") { ["applicationid"] = Guid.NewGuid(), ["lastname"] = "Other app", ["businessunitid"] = org.RootBusinessUnit });
        }

        [Fact]
        public void Changing_a_domain_name_to_one_in_use_already_exists()
        {
            org.AddUser("ann@contoso.com");
            var bob = org.AddUser("bob@contoso.com");

            FaultAssert.Throws(PlatformErrorCode.UserAlreadyExists, () => org.SystemService.Update(new Entity("systemuser", bob.Id) { ["domainname"] = "ann@contoso.com" }));
        }

        [Fact]
        public void A_user_needs_a_business_unit()
        {
            var user = User("nobu@contoso.com");
            user.Attributes.Remove("businessunitid");

            var fault = FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => org.SystemService.Create(user));

            Assert.Contains("business column", fault.Message);
        }

        [Fact]
        public void A_disabled_business_unit_takes_no_new_user()
        {
            var closed = org.AddBusinessUnit("Closed", disabled: true);
            var user = User("late@contoso.com");
            user["businessunitid"] = closed;

            var fault = FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => org.SystemService.Create(user));

            Assert.Contains("disabled", fault.Message);
            user["businessunitid"] = org.AddBusinessUnit("Open");
            org.SystemService.Create(user);
        }

        [Fact]
        public void An_application_user_is_non_interactive_with_first_name_hash()
        {
            var id = org.SystemService.Create(new Entity("systemuser") { ["applicationid"] = Guid.NewGuid(), ["firstname"] = "Ignored", ["lastname"] = "Integration", ["businessunitid"] = org.RootBusinessUnit });

            var user = org.Record("systemuser", id);
            Assert.Equal(4, user.GetAttributeValue<OptionSetValue>("accessmode").Value);
            Assert.Equal("#", user.GetAttributeValue<string>("firstname"));
            Assert.Equal("# Integration", user.GetAttributeValue<string>("fullname"));
        }

        [Fact]
        public void An_application_user_access_mode_cannot_change_even_for_SYSTEM()
        {
            var app = org.AddApplicationUser(Guid.NewGuid());

            var fault = FaultAssert.Throws(PlatformErrorCode.ApplicationUserCannotChangeAccessMode, () => org.SystemService.Update(new Entity("systemuser", app.Id) { ["accessmode"] = new OptionSetValue(0) }));

            Assert.Equal("An application user's access mode cannot be changed.", fault.Message);
            FaultAssert.Throws(
                PlatformErrorCode.ApplicationUserCannotChangeAccessMode,
                () => org.SystemService.Create(new Entity("systemuser") { ["applicationid"] = Guid.NewGuid(), ["lastname"] = "App", ["businessunitid"] = org.RootBusinessUnit, ["accessmode"] = new OptionSetValue(0) }));
        }

        private Entity User(string domainName) => new Entity("systemuser")
        {
            ["domainname"] = domainName,
            ["firstname"] = "Test",
            ["lastname"] = "User",
            ["businessunitid"] = org.RootBusinessUnit,
        };
    }
}

using System;
using System.Linq;
using Dataverse.TestKit;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;
using ServiceUsers.TestSupport;

namespace ServiceUsers.Plugins.Tests.ContractRefinements
{
    /// <summary>
    /// Microsoft's documented route to a non-interactive user goes through a synced Read-Write user whose access mode is
    /// then changed ("Create users", Power Platform admin docs). With ConvertExistingUser the API does that change AS THE
    /// CALLER, so the platform's rule decides: only a System Administrator in Read-Write mode may change access mode
    /// (0x80048d2f AccessModeChangeNeedSystemAdmin). Without the flag the user stays refused (SU4001).
    /// </summary>
    public class ConvertExistingUserTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();
        private readonly EntityReference synced;

        public ConvertExistingUserTests()
        {
            synced = scenario.Org.AddUser("svc-erp@contoso.com", new UserOptions { BusinessUnit = scenario.Sales, FirstName = "ERP", LastName = "Integration" });
        }

        private static OrganizationRequest Convert(string domainName = "svc-erp@contoso.com") =>
            ServiceUserScenario.NonInteractiveRequest(domainName).With("FirstName", null).With("LastName", null).With("ConvertExistingUser", true);

        private int AccessModeOf(EntityReference user) => scenario.Org.Record("systemuser", user.Id).GetAttributeValue<OptionSetValue>("accessmode")?.Value ?? 0;

        [Fact]
        public void A_System_Administrator_converts_a_Read_Write_user_and_gives_it_roles_in_one_call()
        {
            var response = scenario.Execute(scenario.Admin, Convert().With("Roles", "Integration Reader").With("Teams", "Integrations"));

            Assert.Equal(synced.Id, (Guid)response["SystemUserId"]);
            Assert.Equal(("Converted", false), ((string)response["Outcome"], (bool)response["Created"]));
            Assert.Equal(4, AccessModeOf(synced));
            Assert.Equal(new[] { scenario.RoleIn(scenario.IntegrationReader, scenario.Sales).Id }, scenario.Org.RolesOf(synced.Id));
            Assert.Contains(scenario.Integrations.Id, scenario.Org.TeamsOf(synced.Id));
            var update = Assert.Single(scenario.Org.Calls, call => call.Message == "Update");
            Assert.False(update.IsSystem);
            Assert.Equal(scenario.Admin.Id, update.ActingUserId);
        }

        [Fact]
        public void A_delegates_conversion_is_refused_by_the_platform_rule_with_our_code_and_nothing_changes()
        {
            // The delegate may write users, so it is the access-mode rule itself that refuses, not a missing privilege.
            var writer = scenario.Org.AddUser("writer.delegate@contoso.com", scenario.Root, 0,
                scenario.Org.AddRole("Delegate who writes users", DelegatedAdminPrivileges.With(PrivilegeDepth.Global).Append(("prvWriteUser", PrivilegeDepth.Global)).ToArray()));
            var before = scenario.Org.Snapshot();

            var fault = scenario.Refusal(writer, Convert().With("Roles", "Integration Reader"), ServiceUserErrorCode.ConversionDenied);

            Assert.Contains("only a System Administrator", fault.Message);
            Assert.Equal(403, fault.HttpStatus());
            Assert.Equal(before, scenario.Org.Snapshot());
            Assert.Contains(scenario.Org.Calls, call => call.Message == "Update" && call.ErrorCode == unchecked((int)0x80048d2f));
        }

        [Fact]
        public void Without_the_flag_the_Read_Write_user_is_refused_and_the_message_names_the_flag_and_the_route()
        {
            var fault = scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest("svc-erp@contoso.com"), ServiceUserErrorCode.ExistingUserIsInteractive);

            Assert.Contains("ConvertExistingUser", fault.Message);
            Assert.Contains("licen", fault.Message);
            Assert.Equal(0, AccessModeOf(synced));
        }

        [Fact]
        public void Converting_the_callers_own_account_is_refused()
        {
            var before = scenario.Org.Snapshot();

            var fault = scenario.Refusal(scenario.Admin, Convert("admin@contoso.com"), ServiceUserErrorCode.CannotConvertOwnAccount);

            Assert.Contains("your own account", fault.Message);
            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Fact]
        public void A_conversion_that_would_pass_the_limit_of_7_is_refused()
        {
            for (var i = 0; i < 7; i++)
            {
                scenario.Org.AddUser($"svc-{i}@contoso.com", new UserOptions { AccessMode = 4, LastName = "N" + i });
            }

            var before = scenario.Org.Snapshot();

            scenario.Refusal(scenario.Admin, Convert(), ServiceUserErrorCode.NonInteractiveUserLimitReached);

            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Fact]
        public void Only_Read_Write_users_are_converted()
        {
            scenario.Org.AddUser("support.user@contoso.com", new UserOptions { AccessMode = 3, LastName = "Support" });

            var fault = scenario.Refusal(scenario.Admin, Convert("support.user@contoso.com"), ServiceUserErrorCode.ExistingUserIsInteractive);

            Assert.Contains("not Read-Write", fault.Message);
        }

        [Fact]
        public void The_flag_changes_nothing_for_an_existing_service_user_or_an_application_user()
        {
            var applicationId = Guid.NewGuid();
            scenario.Org.AddApplicationUser(applicationId, scenario.Root);
            scenario.Org.AddUser("svc-ready@contoso.com", new UserOptions { AccessMode = 4, LastName = "Ready" });

            var service = scenario.Execute(scenario.Admin, Convert("svc-ready@contoso.com"));
            var application = scenario.Execute(scenario.Admin, ServiceUserScenario.ApplicationRequest(applicationId).With("ConvertExistingUser", true));

            Assert.Equal("Unchanged", service["Outcome"]);
            Assert.Equal("Unchanged", application["Outcome"]);
            Assert.DoesNotContain(scenario.Org.Calls, call => call.Message == "Update");
        }
    }
}

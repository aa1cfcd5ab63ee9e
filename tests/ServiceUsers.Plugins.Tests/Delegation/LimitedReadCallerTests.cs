using System;
using Dataverse.TestKit;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.Delegation
{
    /// <summary>
    /// A delegate who may create users everywhere but reads users and business units only in its own unit (Local).
    /// Queries leave out what the caller cannot read instead of failing, so the count of non-interactive users and the
    /// search for an existing identity run as SYSTEM: otherwise this caller would pass the limit of 7, and would meet an
    /// existing user of another unit only at the create, as a misleading "another request created it".
    /// Nothing the caller cannot read may appear in a message.
    /// </summary>
    public class LimitedReadCallerTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();
        private readonly EntityReference localReader;

        public LimitedReadCallerTests()
        {
            localReader = scenario.Org.AddUser("local.reader@contoso.com", scenario.Sales, 0, scenario.Org.AddRole("Local reader delegate",
                ("prvCreateUser", PrivilegeDepth.Global),
                ("prvReadUser", PrivilegeDepth.Local),
                ("prvReadBusinessUnit", PrivilegeDepth.Local),
                ("prvReadRole", PrivilegeDepth.Local),
                ("prvAssignRole", PrivilegeDepth.Local),
                ("prvReadTeam", PrivilegeDepth.Local)));
        }

        [Fact]
        public void The_limit_of_7_counts_the_users_the_caller_cannot_read()
        {
            for (var i = 0; i < 7; i++)
            {
                scenario.Org.AddUser($"svc-support-{i}@contoso.com", new UserOptions { BusinessUnit = scenario.Support, AccessMode = 4, FirstName = "Svc", LastName = "S" + i });
            }

            var before = scenario.Org.Snapshot();

            var fault = scenario.Refusal(localReader, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.Sales.Id), ServiceUserErrorCode.NonInteractiveUserLimitReached);

            Assert.Contains("7", fault.Message);
            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Fact]
        public void An_existing_user_in_a_unit_the_caller_cannot_read_is_named_as_such_without_revealing_the_unit()
        {
            scenario.Org.AddUser("svc-sync@contoso.com", new UserOptions { BusinessUnit = scenario.Support, AccessMode = 4, FirstName = "Sync", LastName = "Service" });

            var fault = scenario.Refusal(localReader, ServiceUserScenario.NonInteractiveRequest("svc-sync@contoso.com").With("BusinessUnitId", scenario.Sales.Id), ServiceUserErrorCode.ExistingUserInOtherBusinessUnit);

            Assert.Contains("already exists in another business unit", fault.Message);
            Assert.DoesNotContain("Support", fault.Message);
            Assert.DoesNotContain("Another request", fault.Message);
        }

        [Fact]
        public void An_existing_interactive_user_the_caller_cannot_read_is_refused_without_its_name()
        {
            scenario.Org.AddUser("jane.doe@contoso.com", new UserOptions { BusinessUnit = scenario.Support, FirstName = "Jane", LastName = "Doe" });

            var fault = scenario.Refusal(localReader, ServiceUserScenario.NonInteractiveRequest("jane.doe@contoso.com").With("BusinessUnitId", scenario.Sales.Id), ServiceUserErrorCode.ExistingUserIsInteractive);

            Assert.DoesNotContain("Jane", fault.Message);
        }
    }
}

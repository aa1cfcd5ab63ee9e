using System;
using Dataverse.TestKit;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.CreateServiceUser
{
    /// <summary>
    /// Each class of error reaches the Web API with its HTTP status, set through InvalidPluginExecutionException's
    /// PluginHttpStatusCode (SDK 9.0.2.34): 400 for input, 403 for authorization, 409 for conflicts with the organization's
    /// state. The fault's own code stays 0x80040265 (IsvAborted) and the API's number travels as the SubErrorCode.
    /// </summary>
    public class ErrorHttpStatusTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();

        [Fact]
        public void Malformed_input_is_400()
        {
            var fault = scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("DomainName", null), ServiceUserErrorCode.IdentityMissing);

            Assert.Equal(400, fault.HttpStatus());
        }

        [Fact]
        public void Input_naming_nothing_usable_is_400()
        {
            var fault = scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("Roles", "No Such Role"), ServiceUserErrorCode.RoleNotFound);

            Assert.Equal(400, fault.HttpStatus());
        }

        [Fact]
        public void A_caller_out_of_reach_is_403()
        {
            var fault = scenario.Refusal(scenario.LocalDelegate, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.Support.Id), ServiceUserErrorCode.CallerMayNotCreateUsersThere);

            Assert.Equal(403, fault.HttpStatus());
        }

        [Fact]
        public void Conflicts_with_existing_users_and_the_limit_are_409()
        {
            scenario.Org.AddUser("jane@contoso.com");
            scenario.Org.AddUser("svc-old@contoso.com", new UserOptions { AccessMode = 4, LastName = "Old", IsDisabled = true });
            scenario.Org.AddUser("svc-sales@contoso.com", new UserOptions { BusinessUnit = scenario.Sales, AccessMode = 4, LastName = "Sales" });

            var interactive = scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest("jane@contoso.com"), ServiceUserErrorCode.ExistingUserIsInteractive);
            var disabled = scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest("svc-old@contoso.com"), ServiceUserErrorCode.ExistingUserDisabled);
            var otherUnit = scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest("svc-sales@contoso.com").With("BusinessUnitId", scenario.Support.Id), ServiceUserErrorCode.ExistingUserInOtherBusinessUnit);
            for (var i = 0; i < 6; i++)
            {
                scenario.Org.AddUser($"svc-{i}@contoso.com", new UserOptions { AccessMode = 4, LastName = "N" + i });
            }

            var limit = scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest("svc-new@contoso.com"), ServiceUserErrorCode.NonInteractiveUserLimitReached);

            Assert.All(new[] { interactive, disabled, otherUnit, limit }, fault => Assert.Equal(409, fault.HttpStatus()));
        }
    }
}

using System;
using Dataverse.TestKit;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.CreateServiceUser;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.CreateServiceUser
{
    /// <summary>
    /// Every validation rule, through the message as a System Administrator (so only the input is at fault): the
    /// documented code, a message naming the parameter, and nothing written.
    /// </summary>
    public class CreateServiceUserValidationTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();

        public static TheoryData<string, string, object, ServiceUserErrorCode> InvalidInputs() => new TheoryData<string, string, object, ServiceUserErrorCode>
        {
            { "no identity", "DomainName", null, ServiceUserErrorCode.IdentityMissing },
            { "blank domain name", "DomainName", "   ", ServiceUserErrorCode.DomainNameInvalid },
            { "not a UPN", "DomainName", "svc-sync", ServiceUserErrorCode.DomainNameInvalid },
            { "UPN with a Cyrillic letter", "DomainName", "svc-\u0441ync@contoso.com", ServiceUserErrorCode.DomainNameInvalid },
            { "domain name too long", "DomainName", new string('a', 60) + "@" + string.Join(".", new string('b', 60), new string('c', 60), new string('d', 60), new string('e', 60), new string('f', 60), new string('g', 60), new string('h', 60), new string('i', 60), new string('j', 60), new string('k', 60), new string('l', 60), new string('m', 60), new string('n', 60), new string('o', 60), new string('p', 60), new string('q', 60), "com"), ServiceUserErrorCode.DomainNameInvalid },
            { "first name missing", "FirstName", null, ServiceUserErrorCode.FirstNameInvalid },
            { "first name with markup", "FirstName", "<img src=x>", ServiceUserErrorCode.FirstNameInvalid },
            { "first name 257 characters", "FirstName", new string('a', 257), ServiceUserErrorCode.FirstNameInvalid },
            { "last name with a line break", "LastName", "Ser\nvice", ServiceUserErrorCode.LastNameInvalid },
            { "last name mixing scripts", "LastName", "Serv\u0456ce", ServiceUserErrorCode.LastNameInvalid },
            { "email without domain", "InternalEmailAddress", "svc@", ServiceUserErrorCode.EmailInvalid },
            { "empty business unit id", "BusinessUnitId", Guid.Empty, ServiceUserErrorCode.BusinessUnitNotFound },
            { "unknown business unit", "BusinessUnitId", Guid.NewGuid(), ServiceUserErrorCode.BusinessUnitNotFound },
            { "empty role entry", "Roles", "Integration Reader;;Basic Access", ServiceUserErrorCode.RolesListInvalid },
            { "duplicated role", "Roles", "Basic Access; basic access", ServiceUserErrorCode.RolesListInvalid },
            { "unknown role", "Roles", "Integration Reader; Time Traveller", ServiceUserErrorCode.RoleNotFound },
            { "empty team entry", "Teams", "Integrations,", ServiceUserErrorCode.TeamsListInvalid },
            { "unknown team", "Teams", "Nobody's Team", ServiceUserErrorCode.TeamNotFound },
            { "Entra group team", "Teams", "Entra Sync", ServiceUserErrorCode.TeamNotAllowed },
        };

        [Theory]
        [MemberData(nameof(InvalidInputs))]
        public void Invalid_input_is_refused_with_its_code_and_changes_nothing(string because, string parameter, object value, ServiceUserErrorCode expected)
        {
            var before = scenario.Org.Snapshot();

            var fault = scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With(parameter, value), expected);

            Assert.False(string.IsNullOrEmpty(because));
            Assert.Contains(parameter, fault.Message);
            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Fact]
        public void Both_identities_are_refused()
        {
            scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("ApplicationId", Guid.NewGuid()), ServiceUserErrorCode.IdentityAmbiguous);
        }

        [Fact]
        public void The_empty_application_id_is_refused()
        {
            scenario.Refusal(scenario.Admin, ServiceUserScenario.ApplicationRequest(Guid.Empty), ServiceUserErrorCode.ApplicationIdInvalid);
        }

        [Fact]
        public void An_application_user_needs_no_names()
        {
            var response = scenario.Execute(scenario.Admin, ServiceUserScenario.ApplicationRequest(Guid.NewGuid()));

            Assert.True((bool)response["Created"]);
        }

        [Fact]
        public void A_disabled_business_unit_is_refused_after_authorization()
        {
            scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.Closed.Id), ServiceUserErrorCode.BusinessUnitDisabled);
            scenario.Refusal(scenario.LocalDelegate, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.Closed.Id), ServiceUserErrorCode.CallerMayNotCreateUsersThere);
        }

        [Fact]
        public void A_role_name_that_two_roles_of_the_unit_share_is_ambiguous()
        {
            scenario.Org.AddRole("Twin", ("prvReadTeam", Microsoft.Crm.Sdk.Messages.PrivilegeDepth.Local));
            scenario.Org.AddRole("Twin", ("prvReadTeam", Microsoft.Crm.Sdk.Messages.PrivilegeDepth.Local));

            var fault = scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("Roles", "Twin"), ServiceUserErrorCode.RoleAmbiguous);

            Assert.Contains("'Twin'", fault.Message);
        }

        [Fact]
        public void A_team_name_used_in_two_units_is_ambiguous_but_its_id_works()
        {
            var salesTwin = scenario.Org.AddTeam("Support Desk", scenario.Sales);

            scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("Teams", "Support Desk"), ServiceUserErrorCode.TeamAmbiguous);
            var response = scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("Teams", salesTwin.Id.ToString()));
            Assert.Contains(salesTwin.Id, scenario.Org.TeamsOf((Guid)response["SystemUserId"]));
        }

        [Fact]
        public void A_business_unit_default_team_is_refused()
        {
            var defaultTeam = scenario.Org.DefaultTeamOf(scenario.Sales);

            scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("Teams", defaultTeam.Id.ToString()), ServiceUserErrorCode.TeamNotAllowed);
        }

        [Fact]
        public void A_parameter_of_the_wrong_type_reaching_the_plugin_is_our_error_not_a_cast_exception()
        {
            // The platform type-checks the API's parameters first; this is the plug-in's own guard for any other route.
            var options = new PluginContextOptions { MessageName = CreateServiceUserContract.MessageName, UserId = scenario.Admin.Id };
            options.InputParameters["DomainName"] = 42;

            var error = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Org.ExecutePlugin(new CreateServiceUserPlugin(), options));

            Assert.Equal(ServiceUserError.NumericCode(ServiceUserErrorCode.ParameterTypeInvalid), error.ErrorCode);
            Assert.StartsWith("SU1008 DomainName: ", error.Message);
        }

        [Fact]
        public void The_plugin_refuses_to_run_for_another_message_or_stage()
        {
            var options = new PluginContextOptions { MessageName = "Create", Stage = 40, UserId = scenario.Admin.Id };

            var error = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Org.ExecutePlugin(new CreateServiceUserPlugin(), options));

            Assert.StartsWith("SU5002", error.Message);
            Assert.Contains("stage 30", error.Message);
        }
    }
}

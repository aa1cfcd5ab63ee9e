using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Dataverse.TestKit;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.CreateServiceUser;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.Hardening
{
    /// <summary>
    /// The generated corpus of hostile input, run through the message as the platform runs it (as a System
    /// Administrator, so only the input is at fault): each case ends in our documented code and leaves every table
    /// exactly as it was.
    /// </summary>
    public class BadInputCorpusTests
    {
        public static IEnumerable<object[]> Cases() => BadInputCorpus.All().Select(badInput => new object[] { badInput });

        [Fact]
        public void The_corpus_has_at_least_200_distinct_cases()
        {
            var cases = BadInputCorpus.All();

            Assert.True(cases.Count >= 200, $"only {cases.Count} cases");
            Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Hostile_input_ends_in_its_documented_code_and_changes_nothing(BadInputCase badInput)
        {
            var scenario = new ServiceUserScenario();
            var request = badInput.Build(scenario);
            var before = scenario.Org.Snapshot();

            var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Execute(scenario.Admin, request));

            Assert.True(
                fault.Detail.SubErrorCode() == ServiceUserError.NumericCode(badInput.Expected),
                $"{badInput}: got sub-error 0x{fault.Detail.SubErrorCode() ?? 0:x8} {fault.Detail.Message}");
            Assert.StartsWith(ServiceUserError.TextCode(badInput.Expected) + " ", fault.Detail.Message);
            Assert.DoesNotContain(" at ServiceUsers.", fault.Detail.Message);
            Assert.Equal(before, scenario.Org.Snapshot());
        }

        public static TheoryData<string, object> WrongTypes() => new TheoryData<string, object>
        {
            { "DomainName", 42 },
            { "DomainName", Guid.NewGuid() },
            { "DomainName", new[] { "svc@contoso.com" } },
            { "ApplicationId", "3f2504e0-4f89-11d3-9a0c-0305e82c3301" },
            { "FirstName", true },
            { "LastName", new OptionSetValue(1) },
            { "BusinessUnitId", "b3a1c1de-0000-0000-0000-000000000001" },
            { "BusinessUnitId", new EntityReference("businessunit", Guid.NewGuid()) },
            { "InternalEmailAddress", 1.5 },
            { "Roles", new[] { "Integration Reader" } },
            { "Teams", 7 },
        };

        [Theory]
        [MemberData(nameof(WrongTypes))]
        public void A_value_of_the_wrong_type_is_stopped_by_the_platform_and_by_the_plugin_itself(string parameter, object value)
        {
            var scenario = new ServiceUserScenario();
            var before = scenario.Org.Snapshot();
            var request = ServiceUserScenario.NonInteractiveRequest().With(parameter, value);

            // Through the message: the platform type-checks the API's parameters before the plug-in runs.
            var platformFault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Execute(scenario.Admin, request));
            Assert.Contains(parameter, platformFault.Detail.Message);

            // Any other route into the plug-in: its own guard, with our code.
            var options = new Dataverse.TestKit.PluginContextOptions { MessageName = CreateServiceUserContract.MessageName, UserId = scenario.Admin.Id };
            foreach (var input in request.Parameters)
            {
                options.InputParameters[input.Key] = input.Value;
            }

            var error = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Org.ExecutePlugin(new CreateServiceUserPlugin(), options));
            Assert.Equal(ServiceUserError.NumericCode(ServiceUserErrorCode.ParameterTypeInvalid), error.ErrorCode);
            Assert.StartsWith($"SU1008 {parameter}: ", error.Message);
            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Theory]
        [InlineData("FirstName", 256)]
        [InlineData("LastName", 256)]
        public void Names_of_exactly_the_maximum_length_are_accepted(string parameter, int length)
        {
            var scenario = new ServiceUserScenario();

            var response = scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With(parameter, new string('n', length)));

            Assert.True((bool)response["Created"]);
        }

        [Fact]
        public void A_sign_in_name_of_exactly_1024_characters_is_accepted()
        {
            var scenario = new ServiceUserScenario();
            var domainName = BadInputCorpus.SignInNameOfLength(1024);

            var response = scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest(domainName));

            Assert.Equal(1024, domainName.Length);
            Assert.True((bool)response["Created"]);
        }
    }
}

using System;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.CreateServiceUser
{
    /// <summary>
    /// Dataverse names an application user itself: its first name becomes '#' ("Create users", Power Platform admin docs).
    /// The API refuses FirstName and LastName for an application user instead of dropping them silently; a blank value,
    /// as flows often send, counts as not given.
    /// </summary>
    public class ApplicationUserNamesTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();

        [Theory]
        [InlineData("FirstName", ServiceUserErrorCode.FirstNameInvalid)]
        [InlineData("LastName", ServiceUserErrorCode.LastNameInvalid)]
        public void A_name_for_an_application_user_is_refused(string parameter, ServiceUserErrorCode expected)
        {
            var before = scenario.Org.Snapshot();

            var fault = scenario.Refusal(scenario.Admin, ServiceUserScenario.ApplicationRequest(Guid.NewGuid()).With(parameter, "Integration"), expected);

            Assert.Contains("Leave " + parameter + " out for an application user", fault.Message);
            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Fact]
        public void Blank_names_are_ignored_and_the_platform_names_the_user()
        {
            var response = scenario.Execute(scenario.Admin, ServiceUserScenario.ApplicationRequest(Guid.NewGuid()).With("FirstName", "").With("LastName", "  "));

            var user = scenario.Org.Record("systemuser", (Guid)response["SystemUserId"]);
            Assert.Equal("#", user.GetAttributeValue<string>("firstname"));
        }
    }
}

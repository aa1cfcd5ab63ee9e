using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Validation;

namespace ServiceUsers.Plugins.Tests.Validation
{
    public class EntryListParserTests
    {
        private static readonly EntryListParser Parser = new EntryListParser("Roles", ServiceUserErrorCode.RolesListInvalid, 160, 3);

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        public void Blank_means_none(string value)
        {
            Assert.Empty(Parser.Parse(value));
        }

        [Fact]
        public void Splits_on_semicolons_and_commas_and_trims()
        {
            Assert.Equal(new[] { "Sales Rep", "Support", "Basic User" }, Parser.Parse(" Sales Rep ;Support,  Basic User "));
        }

        [Theory]
        [InlineData("Sales;;Support", "Entry 2 is empty")]
        [InlineData("Sales;", "Entry 2 is empty")]
        [InlineData("Sales;sales", "listed twice")]
        [InlineData("Sales\nSupport", "control character")]
        [InlineData("a;b;c;d", "at most 3")]
        public void Rejects_broken_lists_with_the_lists_code(string value, string expectedHint)
        {
            var error = Assert.Throws<InvalidPluginExecutionException>(() => Parser.Parse(value));

            Assert.Equal(ServiceUserError.NumericCode(ServiceUserErrorCode.RolesListInvalid), error.ErrorCode);
            Assert.StartsWith("SU1009 Roles: ", error.Message);
            Assert.Contains(expectedHint, error.Message);
        }

        [Fact]
        public void Rejects_an_entry_longer_than_a_name_can_be()
        {
            var error = Assert.Throws<InvalidPluginExecutionException>(() => Parser.Parse(new string('r', 161)));

            Assert.Contains("161 characters", error.Message);
        }
    }
}

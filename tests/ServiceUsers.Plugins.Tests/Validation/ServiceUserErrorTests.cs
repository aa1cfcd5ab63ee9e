using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;

namespace ServiceUsers.Plugins.Tests.Validation
{
    public class ServiceUserErrorTests
    {
        [Fact]
        public void Numeric_code_reads_like_the_text_code_in_hexadecimal()
        {
            Assert.Equal(unchecked((int)0x80A12003), ServiceUserError.NumericCode(ServiceUserErrorCode.RoleNotFound));
            Assert.Equal("SU2003", ServiceUserError.TextCode(ServiceUserErrorCode.RoleNotFound));
        }

        [Fact]
        public void Every_code_is_distinct_and_four_digits()
        {
            var codes = System.Enum.GetValues(typeof(ServiceUserErrorCode));
            var numeric = new System.Collections.Generic.HashSet<int>();
            foreach (ServiceUserErrorCode code in codes)
            {
                Assert.Matches("^SU[1-5][0-9]{3}$", ServiceUserError.TextCode(code));
                Assert.True(numeric.Add(ServiceUserError.NumericCode(code)), $"{code} shares its numeric code");
            }
        }

        [Fact]
        public void Exception_is_a_failure_whose_message_starts_with_code_and_parameter()
        {
            var error = ServiceUserError.Create(ServiceUserErrorCode.TeamNotFound, "Teams", "No team 'X' exists.");

            Assert.Equal(OperationStatus.Failed, error.Status);
            Assert.Equal("SU2005 Teams: No team 'X' exists.", error.Message);
        }
    }
}

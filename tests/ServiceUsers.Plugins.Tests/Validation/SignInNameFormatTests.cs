using ServiceUsers.Plugins.Validation;

namespace ServiceUsers.Plugins.Tests.Validation
{
    public class SignInNameFormatTests
    {
        [Theory]
        [InlineData("svc-integration@contoso.com")]
        [InlineData("svc.sync_01@contoso.onmicrosoft.com")]
        [InlineData("o'brien@sub.contoso.co.uk")]
        [InlineData("CONTOSO\\svc-sync")]
        public void Accepts_upns_and_down_level_names(string value)
        {
            Assert.Null(SignInNameFormat.Problem(value));
        }

        [Theory]
        [InlineData("svc-integration", "name@domain")]
        [InlineData("a@b@contoso.com", "name@domain")]
        [InlineData("@contoso.com", "1 to 64")]
        [InlineData(".svc@contoso.com", "dot")]
        [InlineData("svc..x@contoso.com", "dot")]
        [InlineData("svc@contoso", "full domain")]
        [InlineData("svc@contoso..com", "not a valid domain")]
        [InlineData("svc@-contoso.com", "not a valid domain")]
        [InlineData("svc x@contoso.com", "' '")]
        [InlineData("svc<script>@contoso.com", "'<'")]
        [InlineData("sv\u0441@contoso.com", "'\u0441'")]
        [InlineData("svc@cont\u043eso.com", "'\u043e'")]
        [InlineData("\\svc", "DOMAIN\\user")]
        [InlineData("CONTOSOCONTOSOCONTOSO\\svc", "DOMAIN\\user")]
        [InlineData("CONTOSO\\svc<x>", "'<'")]
        public void Rejects_malformed_names_saying_what_is_wrong(string value, string expectedHint)
        {
            var problem = SignInNameFormat.Problem(value);

            Assert.NotNull(problem);
            Assert.Contains(expectedHint, problem);
        }
    }
}

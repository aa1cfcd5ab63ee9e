using ServiceUsers.Plugins.Validation;

namespace ServiceUsers.Plugins.Tests.Validation
{
    public class PersonNameFormatTests
    {
        [Theory]
        [InlineData("Integration")]
        [InlineData("Jean-Luc O'Neil Jr.")]
        [InlineData("Zoë Ångström")]
        [InlineData("Интеграция")]
        [InlineData("山田 たろう")]
        [InlineData("Sync (EU) 2")]
        public void Accepts_names_in_one_writing_system(string name)
        {
            Assert.Null(PersonNameFormat.Problem(name));
        }

        [Theory]
        [InlineData("P\u0430ul", "mixes writing systems")]
        [InlineData("Integration\u03b1", "mixes writing systems")]
        [InlineData("<b>Bot</b>", "'<'")]
        [InlineData("Bot & Co", "'&'")]
        [InlineData("Bot\"", "'\"'")]
        [InlineData("Bot;drop", "';'")]
        public void Rejects_markup_and_mixed_scripts(string name, string expectedHint)
        {
            var problem = PersonNameFormat.Problem(name);

            Assert.NotNull(problem);
            Assert.Contains(expectedHint, problem);
        }
    }
}

using ServiceUsers.Plugins.Validation;

namespace ServiceUsers.Plugins.Tests.Validation
{
    /// <summary>
    /// Name rules: UTS #39 "Highly Restrictive" script mixing (one script, or Latin with Han + Hiragana + Katakana,
    /// Han + Bopomofo or Han + Hangul; Common and Inherited count as none), the punctuation service-account names use,
    /// and no markup.
    /// </summary>
    public class PersonNameFormatTests
    {
        [Theory]
        [InlineData("Integration")]
        [InlineData("Jean-Luc O'Neil Jr.")]
        [InlineData("Zoë Ångström")]
        [InlineData("Sync (EU) 2")]
        [InlineData("R&D Sync")]
        [InlineData("Finance: Payables")]
        [InlineData("ERP/CRM Bridge")]
        [InlineData("Build + Release #2, EU @ night")]
        [InlineData("SAP連携")]
        [InlineData("Teams通知ユーザー")]
        [InlineData("ERP 연동")]
        [InlineData("CRM同步")]
        [InlineData("山田 たろう")]
        [InlineData("ㄅㄆ 中文 CRM")]
        [InlineData("Υπηρεσία")]
        [InlineData("Интеграция")]
        [InlineData("خدمة التكامل")]
        [InlineData("שירות")]
        [InlineData("सेवा खाता")]
        [InlineData("Café\u0301")]
        public void Accepts_a_single_script_or_a_mix_UTS39_allows(string name)
        {
            Assert.Null(PersonNameFormat.Problem(name));
        }

        [Theory]
        [InlineData("P\u0430ul", "Latin, Cyrillic")]
        [InlineData("Integration\u03b1", "Latin, Greek")]
        [InlineData("\u0395RP Sync", "Greek, Latin")]
        [InlineData("山田 \u0421ync", "Han, Cyrillic, Latin")]
        [InlineData("연동 たろう", "Hangul, Hiragana")]
        [InlineData("Sync \u0635", "Latin, Arabic")]
        public void Refuses_other_script_mixes(string name, string scripts)
        {
            var problem = PersonNameFormat.Problem(name);

            Assert.NotNull(problem);
            Assert.Contains("mixes writing systems (" + scripts + ")", problem);
        }

        [Theory]
        [InlineData("<b>Bot</b>", "'<'")]
        [InlineData("Bot>", "'>'")]
        [InlineData("Bot\"", "'\"'")]
        [InlineData("Bot;drop", "';'")]
        [InlineData("Bot=1", "'='")]
        public void Refuses_markup_and_other_symbols(string name, string expectedHint)
        {
            var problem = PersonNameFormat.Problem(name);

            Assert.NotNull(problem);
            Assert.Contains(expectedHint, problem);
        }
    }
}

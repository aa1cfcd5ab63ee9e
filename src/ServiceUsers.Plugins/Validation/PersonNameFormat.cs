using System.Globalization;
using System.Linq;

namespace ServiceUsers.Plugins.Validation
{
    /// <summary>
    /// What a first or last name may contain: letters and marks, digits, spaces and the punctuation service-account names
    /// use ("R&amp;D Sync", "Finance: Payables", "ERP/CRM Bridge": - ' . _ ( ) &amp; , : / + # @ and the Japanese middle
    /// dot), in scripts that UTS #39's "Highly Restrictive" level allows together (<see cref="ScriptMixing"/>). Markup
    /// characters (&lt; &gt;) and other symbols are refused, so a name can never carry HTML into a grid, an email or a
    /// report. Control and invisible characters are refused before this by <see cref="TextRule"/>.
    /// </summary>
    public static class PersonNameFormat
    {
        public const string AllowedPunctuation = " -'._()&,:/+#@\u30FB\uFF65";

        /// <returns>Null when the name is acceptable; otherwise what is wrong and what to do.</returns>
        public static string Problem(string name)
        {
            for (var i = 0; i < name.Length; i += char.IsSurrogatePair(name, i) ? 2 : 1)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(name, i);
                var isLetterOrMark = char.IsLetter(name, i)
                    || category == UnicodeCategory.NonSpacingMark
                    || category == UnicodeCategory.SpacingCombiningMark;
                if (!isLetterOrMark && !char.IsDigit(name, i) && AllowedPunctuation.IndexOf(name[i]) < 0)
                {
                    return $"The character '{char.ConvertFromUtf32(char.ConvertToUtf32(name, i))}' is not allowed in a name. Use letters, digits, spaces and - ' . _ ( ) & , : / + # @ only.";
                }
            }

            var scripts = ScriptMixing.ScriptsOf(name);
            if (!ScriptMixing.IsHighlyRestrictive(scripts))
            {
                return $"The name mixes writing systems ({string.Join(", ", scripts.Select(script => script.ToString()))}), which makes look-alike names possible. " +
                    "Write it in one writing system; Latin may be mixed only with Chinese, Japanese or Korean.";
            }

            return null;
        }
    }
}

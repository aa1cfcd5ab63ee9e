using System.Globalization;

namespace ServiceUsers.Plugins.Validation
{
    /// <summary>
    /// What a first or last name may contain: letters and combining marks of ONE writing system, digits, spaces and
    /// the punctuation real names use (- ' . _ ( )). Markup characters are refused so a name can never carry HTML
    /// into a grid, an email or a report; mixing scripts is refused because "Pаul" with a Cyrillic "а" is how
    /// look-alike accounts are made.
    /// </summary>
    public static class PersonNameFormat
    {
        private const string AllowedPunctuation = " -'._()";

        /// <returns>Null when the name is acceptable; otherwise what is wrong and what to do.</returns>
        public static string Problem(string name)
        {
            foreach (var character in name)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(character);
                var isLetterOrMark = char.IsLetter(character)
                    || category == UnicodeCategory.NonSpacingMark
                    || category == UnicodeCategory.SpacingCombiningMark;
                if (!isLetterOrMark && !char.IsDigit(character) && AllowedPunctuation.IndexOf(character) < 0)
                {
                    return $"The character '{character}' is not allowed in a name. Use letters, digits, spaces and - ' . _ ( ) only.";
                }
            }

            var scripts = WritingSystems.DistinctScripts(name);
            if (scripts.Count > 1)
            {
                return $"The name mixes writing systems ({string.Join(", ", scripts)}), which makes look-alike names possible. Write it in one writing system.";
            }

            return null;
        }
    }
}

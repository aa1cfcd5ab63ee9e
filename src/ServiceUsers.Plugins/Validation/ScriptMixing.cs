using System.Collections.Generic;
using System.Linq;

namespace ServiceUsers.Plugins.Validation
{
    /// <summary>
    /// The script rule of Unicode Technical Standard #39 (Security Mechanisms), restriction level "Highly Restrictive":
    /// a name uses one script, or one of the mixes that writing Japanese, Chinese or Korean needs:
    /// Latin + Han + Hiragana + Katakana, Latin + Han + Bopomofo, Latin + Han + Hangul. Common and Inherited characters
    /// (digits, punctuation, combining marks) count as no script. Every other mix is refused, above all Latin with
    /// Cyrillic or Greek, whose look-alike letters ("Pаul" with a Cyrillic "а") are how impostor accounts are named.
    /// </summary>
    public static class ScriptMixing
    {
        private static readonly UnicodeScript[][] AllowedCombinations =
        {
            new[] { UnicodeScript.Latin, UnicodeScript.Han, UnicodeScript.Hiragana, UnicodeScript.Katakana },
            new[] { UnicodeScript.Latin, UnicodeScript.Han, UnicodeScript.Bopomofo },
            new[] { UnicodeScript.Latin, UnicodeScript.Han, UnicodeScript.Hangul },
        };

        /// <summary>The scripts the text uses, in order of appearance, Common and Inherited left out.</summary>
        public static IReadOnlyList<UnicodeScript> ScriptsOf(string text)
        {
            var scripts = new List<UnicodeScript>();
            for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
            {
                var script = UnicodeScripts.Of(text, i);
                if (script != UnicodeScript.Common && script != UnicodeScript.Inherited && !scripts.Contains(script))
                {
                    scripts.Add(script);
                }
            }

            return scripts;
        }

        public static bool IsHighlyRestrictive(IReadOnlyList<UnicodeScript> scripts) =>
            scripts.Count <= 1 || AllowedCombinations.Any(combination => scripts.All(combination.Contains));
    }
}

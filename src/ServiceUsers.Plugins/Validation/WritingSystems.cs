using System.Collections.Generic;

namespace ServiceUsers.Plugins.Validation
{
    /// <summary>
    /// A coarse classification of letters by writing system, enough to spot names that mix scripts.
    /// Han, Hiragana and Katakana count as one ("CJK") because Japanese names mix them legitimately.
    /// </summary>
    public static class WritingSystems
    {
        public static IReadOnlyList<string> DistinctScripts(string text)
        {
            var scripts = new List<string>();
            foreach (var character in text)
            {
                if (!char.IsLetter(character))
                {
                    continue;
                }

                var script = ScriptOf(character);
                if (!scripts.Contains(script))
                {
                    scripts.Add(script);
                }
            }

            return scripts;
        }

        public static string ScriptOf(char letter)
        {
            int c = letter;
            if (c <= 0x024F || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2C60 && c <= 0x2C7F) || (c >= 0xA720 && c <= 0xA7FF) || (c >= 0xFF21 && c <= 0xFF5A)) return "Latin";
            if (c >= 0x0370 && c <= 0x03FF || c >= 0x1F00 && c <= 0x1FFF) return "Greek";
            if (c >= 0x0400 && c <= 0x052F || c >= 0x2DE0 && c <= 0x2DFF || c >= 0xA640 && c <= 0xA69F) return "Cyrillic";
            if (c >= 0x0530 && c <= 0x058F) return "Armenian";
            if (c >= 0x0590 && c <= 0x05FF) return "Hebrew";
            if (c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) return "Arabic";
            if (c >= 0x0900 && c <= 0x097F) return "Devanagari";
            if (c >= 0x0E00 && c <= 0x0E7F) return "Thai";
            if (c >= 0x10A0 && c <= 0x10FF) return "Georgian";
            if (c >= 0x1100 && c <= 0x11FF || c >= 0xAC00 && c <= 0xD7AF || c >= 0x3130 && c <= 0x318F) return "Hangul";
            if (c >= 0x3040 && c <= 0x30FF || c >= 0x3400 && c <= 0x4DBF || c >= 0x4E00 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF66 && c <= 0xFF9F) return "CJK";
            return "Other";
        }
    }
}

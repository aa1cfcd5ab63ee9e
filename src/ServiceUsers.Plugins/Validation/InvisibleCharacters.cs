using System.Globalization;

namespace ServiceUsers.Plugins.Validation
{
    /// <summary>
    /// Characters that show nothing, or change the direction of the text around them, so that two different names look
    /// the same: every format character (Unicode category Cf: zero-width space and joiners, bidi embeddings, overrides
    /// and isolates, the byte order mark, soft hyphen, tags) and the letters and marks that render as blank (Hangul
    /// fillers, the combining grapheme joiner, variation selectors, the braille blank).
    /// </summary>
    public static class InvisibleCharacters
    {
        public static bool IsInvisible(string text, int index)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(text, index) == UnicodeCategory.Format)
            {
                return true;
            }

            var c = char.ConvertToUtf32(text, index);
            return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x180E
                || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
        }
    }
}

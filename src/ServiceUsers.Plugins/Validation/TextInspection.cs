using System.Globalization;

namespace ServiceUsers.Plugins.Validation
{
    /// <summary>Character-level facts about input text, shared by the rules.</summary>
    public static class TextInspection
    {
        /// <summary>Index of the first control or format-control character (C0, C1, DEL, zero-width and bidi controls), or -1.</summary>
        public static int IndexOfControlCharacter(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(text[i]);
                // Format characters (Cf) include zero-width joiners and right-to-left overrides, which make one name look like another.
                if (category == UnicodeCategory.Control || category == UnicodeCategory.Format)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}

using System.Globalization;

namespace ServiceUsers.Plugins.Validation
{
    /// <summary>
    /// The script of a character, from the Unicode blocks that hold each script's letters (a close approximation of the
    /// Script property of UAX #24 for the scripts names are written in). Characters that are neither letters nor marks
    /// are Common; combining marks outside a script's block are Inherited.
    /// </summary>
    public static class UnicodeScripts
    {
        public static UnicodeScript Of(string text, int index)
        {
            var codePoint = char.ConvertToUtf32(text, index);
            var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
            var byBlock = ByBlock(codePoint);
            if (byBlock != UnicodeScript.Other)
            {
                return byBlock;
            }

            switch (category)
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    return UnicodeScript.Inherited;
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                    return UnicodeScript.Other;
                default:
                    return UnicodeScript.Common;
            }
        }

        private static UnicodeScript ByBlock(int c)
        {
            if (c < 0x80)
            {
                return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ? UnicodeScript.Latin : UnicodeScript.Common;
            }

            // Combining marks shared by every script (Combining Diacritical Marks and their extensions).
            if (In(c, 0x0300, 0x036F) || In(c, 0x1AB0, 0x1AFF) || In(c, 0x1DC0, 0x1DFF) || In(c, 0x20D0, 0x20FF) || In(c, 0xFE20, 0xFE2F) || In(c, 0x3099, 0x309A)) return UnicodeScript.Inherited;

            // Marks of length and iteration used by both kana scripts, and the middle dot: Common (Script_Extensions Hira Kana).
            if (c == 0x30FC || c == 0xFF70 || c == 0x30FB || c == 0xFF65) return UnicodeScript.Common;

            if (In(c, 0x00C0, 0x024F) && c != 0x00D7 && c != 0x00F7 || In(c, 0x1E00, 0x1EFF) || In(c, 0x2C60, 0x2C7F) || In(c, 0xA720, 0xA7FF) || In(c, 0xAB30, 0xAB6F) || In(c, 0xFF21, 0xFF3A) || In(c, 0xFF41, 0xFF5A)) return UnicodeScript.Latin;
            if (In(c, 0x0370, 0x03FF) || In(c, 0x1F00, 0x1FFF)) return UnicodeScript.Greek;
            if (In(c, 0x0400, 0x052F) || In(c, 0x1C80, 0x1C8F) || In(c, 0x2DE0, 0x2DFF) || In(c, 0xA640, 0xA69F)) return UnicodeScript.Cyrillic;
            if (In(c, 0x0530, 0x058F) || In(c, 0xFB13, 0xFB17)) return UnicodeScript.Armenian;
            if (In(c, 0x0590, 0x05FF) || In(c, 0xFB1D, 0xFB4F)) return UnicodeScript.Hebrew;
            if (In(c, 0x0600, 0x06FF) && c != 0x060C && c != 0x061B && c != 0x061F && c != 0x0640 || In(c, 0x0750, 0x077F) || In(c, 0x08A0, 0x08FF) || In(c, 0xFB50, 0xFDFF) || In(c, 0xFE70, 0xFEFF) && c != 0xFEFF) return UnicodeScript.Arabic;
            if (In(c, 0x0900, 0x097F) && c != 0x0964 && c != 0x0965 || In(c, 0xA8E0, 0xA8FF)) return UnicodeScript.Devanagari;
            if (In(c, 0x0E00, 0x0E7F)) return UnicodeScript.Thai;
            if (In(c, 0x10A0, 0x10FF) || In(c, 0x1C90, 0x1CBF) || In(c, 0x2D00, 0x2D2F)) return UnicodeScript.Georgian;
            if (In(c, 0x1100, 0x11FF) || In(c, 0x3130, 0x318F) || In(c, 0xA960, 0xA97F) || In(c, 0xAC00, 0xD7FF) || In(c, 0xFFA1, 0xFFDC)) return UnicodeScript.Hangul;
            if (In(c, 0x3040, 0x309F)) return UnicodeScript.Hiragana;
            if (In(c, 0x30A0, 0x30FF) || In(c, 0x31F0, 0x31FF) || In(c, 0xFF66, 0xFF9F)) return UnicodeScript.Katakana;
            if (In(c, 0x3100, 0x312F) || In(c, 0x31A0, 0x31BF)) return UnicodeScript.Bopomofo;
            if (In(c, 0x2E80, 0x2FDF) || c == 0x3005 || c == 0x3007 || In(c, 0x3021, 0x3029) || In(c, 0x3038, 0x303B) || In(c, 0x3400, 0x4DBF) || In(c, 0x4E00, 0x9FFF) || In(c, 0xF900, 0xFAFF) || In(c, 0x20000, 0x323AF)) return UnicodeScript.Han;
            return UnicodeScript.Other;
        }

        private static bool In(int c, int first, int last) => c >= first && c <= last;
    }
}

using System.Globalization;

namespace ServiceUsers.Plugins.Validation
{
    /// <summary>Character-level facts about input text, shared by the rules.</summary>
    public static class TextInspection
    {
        /// <summary>
        /// The first character no input may hold, or null: a control character (C0, C1, DEL), an invisible or
        /// direction-changing one (<see cref="InvisibleCharacters"/>), or half of a surrogate pair without its other half.
        /// </summary>
        public static UnsafeCharacter FirstUnsafeCharacter(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsSurrogate(text[i]))
                {
                    if (!char.IsSurrogatePair(text, i))
                    {
                        return new UnsafeCharacter(i, UnsafeCharacterKind.BrokenSurrogate, text[i]);
                    }
                }
                else if (CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.Control)
                {
                    return new UnsafeCharacter(i, UnsafeCharacterKind.Control, text[i]);
                }

                if (InvisibleCharacters.IsInvisible(text, i))
                {
                    return new UnsafeCharacter(i, UnsafeCharacterKind.Invisible, char.ConvertToUtf32(text, i));
                }

                if (char.IsSurrogatePair(text, i))
                {
                    i++;
                }
            }

            return null;
        }
    }
}

using System.Globalization;

namespace ServiceUsers.Plugins.Validation
{
    public enum UnsafeCharacterKind
    {
        Control,
        Invisible,
        BrokenSurrogate,
    }

    /// <summary>A character that no input may hold, where it is, and how to say so to a power user.</summary>
    public sealed class UnsafeCharacter
    {
        public UnsafeCharacter(int index, UnsafeCharacterKind kind, int codePoint)
        {
            Index = index;
            Kind = kind;
            CodePoint = codePoint;
        }

        public int Index { get; }

        public UnsafeCharacterKind Kind { get; }

        public int CodePoint { get; }

        public string Describe()
        {
            var position = (Index + 1).ToString(CultureInfo.InvariantCulture);
            var name = "U+" + CodePoint.ToString("X4", CultureInfo.InvariantCulture);
            switch (Kind)
            {
                case UnsafeCharacterKind.Invisible:
                    return $"an invisible or direction-changing character ({name}) at position {position}, which can make one name look like another";
                case UnsafeCharacterKind.BrokenSurrogate:
                    return $"a broken character ({name}) at position {position}";
                default:
                    return $"a control character ({name}, such as a line break or tab) at position {position}";
            }
        }
    }
}

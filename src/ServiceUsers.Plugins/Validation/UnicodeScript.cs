namespace ServiceUsers.Plugins.Validation
{
    /// <summary>
    /// The Unicode Script property values our name rules tell apart (Unicode Standard Annex #24). Common (digits,
    /// punctuation, symbols, the Japanese prolonged-sound mark) and Inherited (combining marks) belong to no script of
    /// their own. <see cref="Other"/> stands for every script this list does not name.
    /// </summary>
    public enum UnicodeScript
    {
        Common,
        Inherited,
        Latin,
        Greek,
        Cyrillic,
        Armenian,
        Hebrew,
        Arabic,
        Devanagari,
        Thai,
        Georgian,
        Hangul,
        Han,
        Hiragana,
        Katakana,
        Bopomofo,
        Other,
    }
}

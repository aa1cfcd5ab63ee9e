using System.Text;
using System.Text.RegularExpressions;

namespace Dataverse.TestKit.Query
{
    /// <summary>SQL LIKE as Dataverse applies it: % any run, _ one character, [..] a character set; case-insensitive, whole value.</summary>
    internal static class LikePattern
    {
        public static bool Matches(string value, string pattern)
        {
            if (value == null || pattern == null)
            {
                return false;
            }

            var regex = new StringBuilder("^");
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                switch (c)
                {
                    case '%':
                        regex.Append(".*");
                        break;
                    case '_':
                        regex.Append('.');
                        break;
                    case '[':
                        var end = pattern.IndexOf(']', i + 1);
                        if (end > i)
                        {
                            var set = pattern.Substring(i + 1, end - i - 1);
                            regex.Append('[').Append(set.StartsWith("^") ? "^" + Regex.Escape(set.Substring(1)) : Regex.Escape(set)).Append(']');
                            i = end;
                        }
                        else
                        {
                            regex.Append(Regex.Escape("["));
                        }

                        break;
                    default:
                        regex.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            regex.Append('$');
            return Regex.IsMatch(value, regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
        }
    }
}

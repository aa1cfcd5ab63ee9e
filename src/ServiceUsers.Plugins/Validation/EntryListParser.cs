using System;
using System.Collections.Generic;
using ServiceUsers.Plugins.Errors;

namespace ServiceUsers.Plugins.Validation
{
    /// <summary>
    /// Splits the Roles and Teams parameters ("Sales Rep; 0f7b…, Support") into entries. A Power Automate field
    /// can only carry one string, hence the list-in-a-string. Blank means "none"; an empty entry between separators,
    /// a duplicate, an over-long entry or a control character is an error, because each usually means a paste went wrong.
    /// </summary>
    public sealed class EntryListParser
    {
        private static readonly char[] Separators = { ';', ',' };

        public EntryListParser(string parameterName, ServiceUserErrorCode errorCode, int maxEntryLength, int maxEntries)
        {
            ParameterName = parameterName;
            ErrorCode = errorCode;
            MaxEntryLength = maxEntryLength;
            MaxEntries = maxEntries;
        }

        public string ParameterName { get; }

        public ServiceUserErrorCode ErrorCode { get; }

        public int MaxEntryLength { get; }

        public int MaxEntries { get; }

        public IReadOnlyList<string> Parse(string value)
        {
            var entries = new List<string>();
            if (string.IsNullOrWhiteSpace(value))
            {
                return entries;
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var parts = value.Split(Separators);
            for (var position = 0; position < parts.Length; position++)
            {
                var entry = parts[position].Trim();
                if (entry.Length == 0)
                {
                    throw Fail($"Entry {position + 1} is empty. Separate names or ids with a single ';' or ',' and no separator at the end.");
                }

                var unsafeCharacter = TextInspection.FirstUnsafeCharacter(entry);
                if (unsafeCharacter != null)
                {
                    throw Fail($"Entry {position + 1} contains {unsafeCharacter.Describe()}. Remove it and try again.");
                }

                if (entry.Length > MaxEntryLength)
                {
                    throw Fail($"Entry {position + 1} is {entry.Length} characters long; a name or id has at most {MaxEntryLength}. Check the separators.");
                }

                if (!seen.Add(entry))
                {
                    throw Fail($"'{entry}' is listed twice. List each one once.");
                }

                entries.Add(entry);
            }

            if (entries.Count > MaxEntries)
            {
                throw Fail($"{entries.Count} entries were given; at most {MaxEntries} are allowed in one call.");
            }

            return entries;
        }

        private Exception Fail(string message) => ServiceUserError.Create(ErrorCode, ParameterName, message);
    }
}

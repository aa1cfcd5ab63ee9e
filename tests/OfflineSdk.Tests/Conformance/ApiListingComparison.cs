using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Compares a candidate listing with a reference one: every line the candidate has must appear verbatim in the
    /// reference. A line that does not is a source or binary compatibility gap (a missing line).
    /// </summary>
    public sealed class ApiListingComparison
    {
        private readonly IReadOnlyList<string> _reference;

        private ApiListingComparison(IReadOnlyList<string> missingLines, IReadOnlyList<string> reference)
        {
            MissingLines = missingLines;
            _reference = reference;
        }

        /// <summary>The candidate's lines that the reference lacks, in the candidate's order.</summary>
        public IReadOnlyList<string> MissingLines { get; }

        public bool Conforms => MissingLines.Count == 0;

        public static ApiListingComparison Compare(IEnumerable<string> candidate, IReadOnlyList<string> reference)
        {
            var known = new HashSet<string>(reference, StringComparer.Ordinal);
            return new ApiListingComparison(candidate.Where(line => !known.Contains(line)).ToList(), reference);
        }

        /// <summary>
        /// The report for a failing test: each missing line alone on its line, so it can be searched for and fixed;
        /// then, to help the fix, the reference's declarations of the same type and member name.
        /// </summary>
        public string Report(string candidateName, string referenceName)
        {
            var report = new StringBuilder();
            report.AppendLine($"{MissingLines.Count} line(s) of {candidateName} are not in {referenceName}:");
            foreach (string line in MissingLines)
                report.AppendLine(line);

            var hints = MissingLines.Select(line => (Line: line, Candidates: ReferenceLinesLike(line))).Where(hint => hint.Candidates.Count > 0).ToList();
            if (hints.Count > 0)
            {
                report.AppendLine();
                report.AppendLine($"What {referenceName} declares under the same type and name:");
                foreach (var hint in hints)
                {
                    report.AppendLine("  for " + hint.Line);
                    foreach (string candidate in hint.Candidates)
                        report.AppendLine("    " + candidate);
                }
            }
            return report.ToString();
        }

        private List<string> ReferenceLinesLike(string line)
        {
            string typeKey = TypeKeyOf(line);
            string name = DeclaredNameOf(line);
            if (typeKey == null || name == null)
                return new List<string>();
            return _reference.Where(candidate => TypeKeyOf(candidate) == typeKey && DeclaredNameOf(candidate) == name).ToList();
        }

        /// <summary>"Microsoft.Xrm.Sdk.DataCollection&lt;TKey, TValue&gt;" from a listing line (the part before ": ").</summary>
        public static string TypeKeyOf(string line)
        {
            int separator = line.IndexOf(": ", StringComparison.Ordinal);
            return separator < 0 ? null : line.Substring(0, separator);
        }

        /// <summary>
        /// The declared name in a line's declaration ("EntityReference" for a constructor or the header, "ToEntity" for
        /// "public T ToEntity&lt;T&gt;() where ...", "this" for an indexer): enough to find the reference's lines of the same member.
        /// </summary>
        private static string DeclaredNameOf(string line)
        {
            string key = TypeKeyOf(line);
            if (key == null)
                return null;
            string declaration = line.Substring(key.Length + 2);
            if (declaration.Contains(" this[", StringComparison.Ordinal))
                return "this";
            int end = FirstIndexOf(declaration, "(", " {", " =", " where ", " : ");
            string head = WithoutTrailingGenericList(end < 0 ? declaration : declaration.Substring(0, end));
            int lastSpace = head.LastIndexOf(' ');
            return lastSpace < 0 ? head : head.Substring(lastSpace + 1);
        }

        /// <summary>"public T2 Add&lt;T2&gt;" gives "public T2 Add"; the list may itself hold spaces ("&lt;TKey, TValue&gt;").</summary>
        private static string WithoutTrailingGenericList(string head)
        {
            if (!head.EndsWith(">", StringComparison.Ordinal))
                return head;
            int depth = 0;
            for (int index = head.Length - 1; index >= 0; index--)
            {
                if (head[index] == '>') depth++;
                else if (head[index] == '<' && --depth == 0) return head.Substring(0, index);
            }
            return head;
        }

        private static int FirstIndexOf(string text, params string[] markers) =>
            markers.Select(marker => text.IndexOf(marker, StringComparison.Ordinal)).Where(index => index >= 0).DefaultIfEmpty(-1).Min();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace SolutionZip
{
    /// <summary>
    /// The unpacked solution or the build outputs would give a zip that Dataverse rejects or imports wrongly.
    /// Carries every problem found, not just the first, so one build run shows everything to fix.
    /// </summary>
    public sealed class SolutionPackException : Exception
    {
        public SolutionPackException(string problem)
            : this(new[] { problem })
        {
        }

        public SolutionPackException(IEnumerable<string> problems)
            : this(problems.ToList())
        {
        }

        private SolutionPackException(List<string> problems)
            : base(string.Join(Environment.NewLine, problems))
        {
            Problems = problems;
        }

        public IReadOnlyList<string> Problems { get; }
    }
}

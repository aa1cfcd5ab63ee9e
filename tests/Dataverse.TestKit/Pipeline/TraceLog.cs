using System.Collections.Generic;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>Every execution's trace lines, in completion order, kept for tests (thread-safe).</summary>
    internal sealed class TraceLog
    {
        private readonly object sync = new object();
        private readonly List<ExecutionTrace> traces = new List<ExecutionTrace>();

        public void Add(ExecutionTrace trace)
        {
            lock (sync)
            {
                traces.Add(trace);
            }
        }

        public IReadOnlyList<ExecutionTrace> Snapshot()
        {
            lock (sync)
            {
                return traces.ToArray();
            }
        }

        public void Reset()
        {
            lock (sync)
            {
                traces.Clear();
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading;

namespace Dataverse.TestKit.Calls
{
    /// <summary>Records every service call (seeding is not a service call and is never recorded). Thread-safe.</summary>
    internal sealed class CallLog
    {
        private readonly object sync = new object();
        private readonly List<ServiceCall> calls = new List<ServiceCall>();
        private long sequence;

        public ServiceCall Begin(string message, string entityLogicalName, Guid actingUserId, bool isSystem, int depth, Guid correlationId)
        {
            var call = new ServiceCall(Interlocked.Increment(ref sequence), message, entityLogicalName, actingUserId, isSystem, depth, correlationId);
            lock (sync)
            {
                calls.Add(call);
            }

            return call;
        }

        public IReadOnlyList<ServiceCall> Snapshot()
        {
            lock (sync)
            {
                var copy = calls.ToArray();
                Array.Sort(copy, (a, b) => a.Sequence.CompareTo(b.Sequence));
                return copy;
            }
        }

        public void Reset()
        {
            lock (sync)
            {
                calls.Clear();
            }
        }
    }
}

using System;
using System.Diagnostics;
using Microsoft.Xrm.Sdk;

namespace ServiceUsers.Plugins.Infrastructure
{
    /// <summary>
    /// Writes one trace line per step, prefixed with the milliseconds since the previous line and since the start,
    /// so the plug-in trace log shows where a slow call spent its time. Dataverse keeps only 10 KB of trace per
    /// execution: lines stay short and never carry secrets.
    /// Created per execution (never shared between threads).
    /// </summary>
    public sealed class StepTracer
    {
        private readonly ITracingService _tracing;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _lastMilliseconds;

        public StepTracer(ITracingService tracing)
        {
            _tracing = tracing;
        }

        public void Trace(string step)
        {
            var now = _clock.ElapsedMilliseconds;
            var delta = now - _lastMilliseconds;
            _lastMilliseconds = now;
            _tracing?.Trace(FormattableString.Invariant($"[+{delta}ms, {now}ms] {step}"));
        }
    }
}

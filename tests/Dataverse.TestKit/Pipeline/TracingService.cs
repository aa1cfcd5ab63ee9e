using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>An ITracingService whose lines a test can read (the platform keeps them in the plug-in trace log).</summary>
    internal sealed class TracingService : ITracingService
    {
        private readonly object sync = new object();
        private readonly List<string> lines = new List<string>();

        public void Trace(string format, params object[] args)
        {
            var line = args == null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
            lock (sync)
            {
                lines.Add(line);
            }
        }

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (sync)
                {
                    return lines.ToArray();
                }
            }
        }
    }
}

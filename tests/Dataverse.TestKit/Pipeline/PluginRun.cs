using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit
{
    /// <summary>The outcome of a direct plug-in run: the context it ran with, what it put in OutputParameters, what it traced.</summary>
    public sealed class PluginRun
    {
        internal PluginRun(IPluginExecutionContext context, IReadOnlyList<string> traceLines)
        {
            Context = context;
            TraceLines = traceLines;
        }

        public IPluginExecutionContext Context { get; }

        public ParameterCollection OutputParameters => Context.OutputParameters;

        public IReadOnlyList<string> TraceLines { get; }

        public string Trace => string.Join(Environment.NewLine, TraceLines);
    }
}

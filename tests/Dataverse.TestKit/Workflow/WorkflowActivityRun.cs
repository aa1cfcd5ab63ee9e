using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Workflow;

namespace Dataverse.TestKit
{
    /// <summary>The outcome of a workflow-activity run: the activity's output arguments, the context it saw and its trace.</summary>
    public sealed class WorkflowActivityRun
    {
        internal WorkflowActivityRun(IDictionary<string, object> outputs, IWorkflowContext context, IReadOnlyList<string> traceLines)
        {
            Outputs = outputs;
            Context = context;
            TraceLines = traceLines;
        }

        public IDictionary<string, object> Outputs { get; }

        public IWorkflowContext Context { get; }

        public IReadOnlyList<string> TraceLines { get; }

        public string Trace => string.Join(Environment.NewLine, TraceLines);
    }
}

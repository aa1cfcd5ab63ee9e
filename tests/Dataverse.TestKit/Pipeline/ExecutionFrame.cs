using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>
    /// A running plug-in or workflow activity, as seen by the services it creates: their calls are nested one level
    /// deeper, share its correlation id and initiating user, and name its context as their parent.
    /// </summary>
    internal sealed class ExecutionFrame
    {
        public ExecutionFrame(int depth, Guid correlationId, Guid initiatingUserId, IPluginExecutionContext pluginContext)
        {
            Depth = depth;
            CorrelationId = correlationId;
            InitiatingUserId = initiatingUserId;
            PluginContext = pluginContext;
        }

        /// <summary>The depth of the running context (1 for the operation a test started).</summary>
        public int Depth { get; }

        public Guid CorrelationId { get; }

        public Guid InitiatingUserId { get; }

        /// <summary>The running plug-in's context (null for a workflow activity).</summary>
        public IPluginExecutionContext PluginContext { get; }
    }
}

using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>The IPluginExecutionContext a plug-in receives: stage, parent context and the shared execution values.</summary>
    internal sealed class PluginExecutionContext : ExecutionContextBase, IPluginExecutionContext
    {
        /// <summary>10 PreValidation, 20 PreOperation, 30 MainOperation (custom APIs), 40 PostOperation.</summary>
        public int Stage { get; set; } = 30;

        public IPluginExecutionContext ParentContext { get; set; }
    }
}

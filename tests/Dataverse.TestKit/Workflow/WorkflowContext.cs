using Dataverse.TestKit.Pipeline;
using Microsoft.Xrm.Sdk.Workflow;

namespace Dataverse.TestKit.Workflow
{
    /// <summary>The IWorkflowContext a custom workflow activity reads through CodeActivityContext.GetExtension.</summary>
    internal sealed class WorkflowContext : ExecutionContextBase, IWorkflowContext
    {
        public string StageName { get; set; }

        /// <summary>0 Workflow (classic process), 1 Dialog, ...</summary>
        public int WorkflowCategory { get; set; }

        /// <summary>0 background (asynchronous), 1 real-time.</summary>
        public int WorkflowMode { get; set; }

        public IWorkflowContext ParentContext { get; set; }
    }
}

using System;
using Dataverse.TestKit.Messages;
using Dataverse.TestKit.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Workflow
{
    /// <summary>
    /// The IOrganizationServiceFactory of a custom workflow activity: "all service calls are made in the
    /// IWorkflowExecutionContext.UserId context" (CreateOrganizationService docs), so the id passed, null included,
    /// is ignored and no SYSTEM service can be had.
    /// </summary>
    internal sealed class WorkflowServiceFactory : IOrganizationServiceFactory
    {
        private readonly OrganizationEngine engine;
        private readonly ExecutionFrame frame;
        private readonly Guid workflowUserId;

        public WorkflowServiceFactory(OrganizationEngine engine, ExecutionFrame frame, Guid workflowUserId)
        {
            this.engine = engine;
            this.frame = frame;
            this.workflowUserId = workflowUserId;
        }

        public IOrganizationService CreateOrganizationService(Guid? userId) =>
            new ActingOrganizationService(engine, engine.PrincipalFor(workflowUserId), frame);
    }
}

using System;
using System.Activities;
using System.Collections.Generic;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Pipeline;

namespace Dataverse.TestKit.Workflow
{
    /// <summary>
    /// Runs a CodeActivity through System.Activities' WorkflowInvoker with the extensions Dataverse provides
    /// (IWorkflowContext, IOrganizationServiceFactory, ITracingService). A background workflow's calls each commit
    /// on their own; a real-time one (WorkflowMode 1) runs as one transaction. Exceptions reach the test unchanged.
    /// </summary>
    internal sealed class WorkflowActivityRunner
    {
        private readonly OrganizationEngine engine;

        public WorkflowActivityRunner(OrganizationEngine engine)
        {
            this.engine = engine;
        }

        public WorkflowActivityRun Run(CodeActivity activity, IDictionary<string, object> inputs, WorkflowContextOptions options)
        {
            if (activity == null)
            {
                throw new ArgumentNullException(nameof(activity));
            }

            options = options ?? throw new ArgumentNullException(nameof(options));
            Guid businessUnit;
            lock (engine.Sync)
            {
                if (options.UserId != engine.SystemUserId && !engine.Store.Contains(TableNames.SystemUser, options.UserId))
                {
                    throw new ArgumentException($"WorkflowContextOptions.UserId {options.UserId} is not a user of the organization.", nameof(options));
                }

                businessUnit = options.BusinessUnitId ?? engine.Directory.BusinessUnitOfUser(options.UserId);
            }

            var realTime = options.WorkflowMode == 1;
            var context = new WorkflowContext
            {
                MessageName = options.MessageName,
                Mode = realTime ? 0 : 1,
                WorkflowMode = options.WorkflowMode,
                StageName = options.StageName,
                Depth = options.Depth,
                UserId = options.UserId,
                InitiatingUserId = options.InitiatingUserId ?? options.UserId,
                BusinessUnitId = businessUnit,
                OrganizationId = engine.OrganizationId,
                CorrelationId = options.CorrelationId ?? Guid.NewGuid(),
                RequestId = Guid.NewGuid(),
                IsInTransaction = realTime,
                PrimaryEntityName = options.PrimaryEntityName,
                PrimaryEntityId = options.PrimaryEntityId,
            };
            foreach (var parameter in options.InputParameters)
            {
                context.InputParameters[parameter.Key] = parameter.Value;
            }

            foreach (var variable in options.SharedVariables)
            {
                context.SharedVariables[variable.Key] = variable.Value;
            }

            var tracing = new TracingService();
            var frame = new ExecutionFrame(context.Depth, context.CorrelationId, context.InitiatingUserId, null);
            var invoker = new WorkflowInvoker(activity);
            invoker.Extensions.Add(context);
            invoker.Extensions.Add(new WorkflowServiceFactory(engine, frame, context.UserId));
            invoker.Extensions.Add(tracing);
            try
            {
                var outputs = TransactionScope.Run(engine, realTime, () => invoker.Invoke(inputs ?? new Dictionary<string, object>()));
                return new WorkflowActivityRun(outputs, context, tracing.Lines);
            }
            finally
            {
                engine.Traces.Add(new ExecutionTrace(activity.GetType().FullName, context.MessageName, context.Depth, context.CorrelationId, tracing.Lines));
            }
        }
    }
}

using System;
using System.Linq;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>
    /// Runs a plug-in directly with a context built from <see cref="PluginContextOptions"/> and the platform's service
    /// provider. The plug-in's exception reaches the test unchanged (this runner shows what the plug-in threw; execute
    /// the message through the organization to see what a caller gets).
    /// </summary>
    internal sealed class PluginRunner
    {
        private readonly OrganizationEngine engine;

        public PluginRunner(OrganizationEngine engine)
        {
            this.engine = engine;
        }

        public PluginRun Run(IPlugin plugin, PluginContextOptions options)
        {
            if (plugin == null)
            {
                throw new ArgumentNullException(nameof(plugin));
            }

            if (options == null || string.IsNullOrEmpty(options.MessageName))
            {
                throw new ArgumentException("PluginContextOptions.MessageName is required.", nameof(options));
            }

            var userExists = options.UserId == engine.SystemUserId;
            lock (engine.Sync)
            {
                userExists |= engine.Store.Contains(Metadata.TableNames.SystemUser, options.UserId);
            }

            if (!userExists)
            {
                throw new ArgumentException($"PluginContextOptions.UserId {options.UserId} is not a user of the organization.", nameof(options));
            }

            var inTransaction = options.IsInTransaction ?? (options.Stage >= 20 && options.Stage <= 40);
            var context = new PluginExecutionContext
            {
                MessageName = options.MessageName,
                Stage = options.Stage,
                Mode = options.Mode,
                Depth = options.Depth,
                UserId = options.UserId,
                InitiatingUserId = options.InitiatingUserId ?? options.UserId,
                BusinessUnitId = options.BusinessUnitId ?? BusinessUnitOf(options.UserId),
                OrganizationId = engine.OrganizationId,
                CorrelationId = options.CorrelationId ?? Guid.NewGuid(),
                RequestId = Guid.NewGuid(),
                IsInTransaction = inTransaction,
                PrimaryEntityName = options.PrimaryEntityName,
                PrimaryEntityId = options.PrimaryEntityId,
                ParentContext = options.ParentContext,
                OwningExtension = new EntityReference("plugintype", Guid.Empty) { Name = plugin.GetType().FullName },
            };
            Fill(context.InputParameters, options.InputParameters.Select(p => (p.Key, AttributeValues.Copy(p.Value))));
            Fill(context.SharedVariables, options.SharedVariables.Select(p => (p.Key, p.Value)));
            foreach (var image in options.PreEntityImages)
            {
                context.PreEntityImages[image.Key] = EntityCopier.Copy(image.Value);
            }

            foreach (var image in options.PostEntityImages)
            {
                context.PostEntityImages[image.Key] = EntityCopier.Copy(image.Value);
            }

            var tracing = new TracingService();
            var frame = new ExecutionFrame(context.Depth, context.CorrelationId, context.InitiatingUserId, context);
            var services = new PluginServiceProvider(context, tracing, new PluginServiceFactory(engine, frame, context.UserId));
            try
            {
                return TransactionScope.Run(engine, inTransaction, () =>
                {
                    plugin.Execute(services);
                    return new PluginRun(context, tracing.Lines);
                });
            }
            finally
            {
                engine.Traces.Add(new ExecutionTrace(plugin.GetType().FullName, context.MessageName, context.Depth, context.CorrelationId, tracing.Lines));
            }
        }

        private Guid BusinessUnitOf(Guid userId)
        {
            lock (engine.Sync)
            {
                return userId == engine.SystemUserId ? engine.RootBusinessUnitId : engine.Directory.BusinessUnitOfUser(userId);
            }
        }

        private static void Fill(ParameterCollection target, System.Collections.Generic.IEnumerable<(string Key, object Value)> values)
        {
            foreach (var (key, value) in values)
            {
                target[key] = value;
            }
        }
    }
}

using System;
using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>
    /// Executes a custom API call as the platform does (custom API docs): check the caller holds the API's
    /// executeprivilegename (any depth; SYSTEM is exempt), type-check the parameters against the definition, then run
    /// the plug-in in stage 30 (MainOperation) inside the request's transaction, and return the declared response
    /// properties. The engine rolls the transaction back when this throws.
    /// </summary>
    internal sealed class CustomApiExecutor
    {
        private readonly OrganizationEngine engine;

        public CustomApiExecutor(OrganizationEngine engine)
        {
            this.engine = engine;
        }

        public OrganizationResponse Execute(RegisteredCustomApi api, OrganizationRequest request, CallContext context)
        {
            var definition = api.Definition;
            if (!string.IsNullOrEmpty(definition.ExecutePrivilegeName))
            {
                var privilege = engine.Privileges.Require(definition.ExecutePrivilegeName);
                engine.Access.DemandAnyDepth(context.Caller, privilege, engine.Metadata.Find(privilege.TableLogicalName));
            }

            var inputs = CustomApiParameterValidator.Validate(definition, request);
            var pluginContext = new PluginExecutionContext
            {
                MessageName = definition.UniqueName,
                Stage = 30,
                Mode = 0,
                Depth = context.Depth,
                UserId = context.Caller.UserId,
                InitiatingUserId = context.InitiatingUserId,
                BusinessUnitId = engine.Directory.BusinessUnitOfUser(context.Caller.UserId),
                OrganizationId = engine.OrganizationId,
                CorrelationId = context.CorrelationId,
                RequestId = request.RequestId ?? Guid.NewGuid(),
                IsInTransaction = true,
                InputParameters = inputs,
                ParentContext = context.Frame?.PluginContext,
                PrimaryEntityName = definition.BindingType == CustomApiBindingType.Global ? "none" : definition.BoundEntityLogicalName,
                PrimaryEntityId = (inputs.TryGetValue(CustomApiParameterValidator.TargetParameter, out var target) ? (target as EntityReference)?.Id : null) ?? Guid.Empty,
                OwningExtension = new EntityReference("plugintype", definition.PluginTypeId ?? Guid.Empty) { Name = api.Plugin.GetType().FullName },
            };

            var tracing = new TracingService();
            var frame = new ExecutionFrame(pluginContext.Depth, pluginContext.CorrelationId, pluginContext.InitiatingUserId, pluginContext);
            var services = new PluginServiceProvider(pluginContext, tracing, new PluginServiceFactory(engine, frame, pluginContext.UserId));
            try
            {
                api.Plugin.Execute(services);
            }
            catch (Exception exception)
            {
                throw PluginFailure.ToFault(exception, api.Plugin.GetType().FullName, string.Join(Environment.NewLine, tracing.Lines));
            }
            finally
            {
                engine.Traces.Add(new ExecutionTrace(api.Plugin.GetType().FullName, definition.UniqueName, pluginContext.Depth, pluginContext.CorrelationId, tracing.Lines));
            }

            if (engine.Store.CurrentTransaction?.IsAborted == true)
            {
                throw OrganizationEngine.TransactionAbortedFault();
            }

            return Respond(definition, pluginContext);
        }

        /// <summary>The declared response properties the plug-in set; each must hold its declared type.</summary>
        private static OrganizationResponse Respond(CustomApiDefinition definition, PluginExecutionContext pluginContext)
        {
            var response = new OrganizationResponse { ResponseName = definition.UniqueName };
            foreach (var property in definition.ResponseProperties)
            {
                if (!pluginContext.OutputParameters.TryGetValue(property.UniqueName, out var value) || value == null)
                {
                    continue;
                }

                var expected = CustomApiFieldTypes.ClrType(property.Type);
                if (!expected.IsInstanceOfType(value))
                {
                    throw PlatformFault.Create(
                        PlatformErrorCode.IsvUnExpected,
                        $"The plug-in set the response property '{property.UniqueName}' of '{definition.UniqueName}' to a {value.GetType().FullName}; its type is {property.Type} ({expected.FullName}).");
                }

                response.Results[property.UniqueName] = AttributeValues.Copy(value);
            }

            return response;
        }
    }
}

using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;

namespace ServiceUsers.Plugins.Infrastructure
{
    /// <summary>
    /// Base of a plug-in that implements a custom API's main operation (stage 30). It checks the registration,
    /// traces who calls and how long each step takes, and makes sure nothing but our
    /// <see cref="InvalidPluginExecutionException"/> ever leaves: a platform fault becomes SU5001 with the
    /// platform's words, anything else SU5002 with the correlation id, never a stack trace.
    /// Stateless: Dataverse caches one instance and runs it on many threads, so all state lives in the
    /// <see cref="LocalPluginContext"/> made per execution.
    /// </summary>
    public abstract class CustomApiPlugin : IPlugin
    {
        /// <summary>The pipeline stage Dataverse runs a custom API's plug-in in (MainOperation).</summary>
        public const int MainOperationStage = 30;

        protected CustomApiPlugin(string messageName)
        {
            MessageName = messageName;
        }

        public string MessageName { get; }

        public void Execute(IServiceProvider serviceProvider)
        {
            LocalPluginContext context;
            try
            {
                context = new LocalPluginContext(serviceProvider);
            }
            catch (Exception exception) when (!(exception is InvalidPluginExecutionException))
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.Unexpected, $"The plug-in for {MessageName} could not start: {exception.Message}");
            }

            var execution = context.ExecutionContext;
            if (!string.Equals(execution.MessageName, MessageName, StringComparison.OrdinalIgnoreCase) || execution.Stage != MainOperationStage)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.Unexpected,
                    $"This plug-in implements the custom API {MessageName} and runs only as its main operation (stage {MainOperationStage}); it was called for message '{execution.MessageName}' in stage {execution.Stage}. Remove that step registration.");
            }

            context.Trace($"{MessageName}: caller {execution.UserId}, initiating user {execution.InitiatingUserId}, depth {execution.Depth}, correlation {execution.CorrelationId}");
            try
            {
                ExecuteApi(context);
                context.Trace($"{MessageName}: done");
            }
            catch (InvalidPluginExecutionException refusal)
            {
                context.Trace($"{MessageName}: refused: {refusal.Message}");
                throw;
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                context.Trace($"{MessageName}: platform fault 0x{fault.Detail?.ErrorCode:x8}: {fault.Detail?.Message}");
                throw ServiceUserError.Create(ServiceUserErrorCode.PlatformRefused,
                    $"Dataverse refused the operation: {fault.Detail?.Message ?? fault.Message} Nothing was changed.");
            }
            catch (Exception unexpected) when (!(unexpected is OutOfMemoryException || unexpected is StackOverflowException))
            {
                // The type and message go to the trace log for the administrator; the caller only gets the correlation id.
                context.Trace($"{MessageName}: unexpected {unexpected.GetType().FullName}: {unexpected.Message}");
                throw ServiceUserError.Create(ServiceUserErrorCode.Unexpected,
                    $"An unexpected error occurred and nothing was changed. Give your administrator the correlation id {execution.CorrelationId} so they can find the plug-in trace log.");
            }
        }

        /// <summary>The custom API's logic. Throw <see cref="ServiceUserError"/> exceptions for anything the caller must fix.</summary>
        protected abstract void ExecuteApi(LocalPluginContext context);
    }
}

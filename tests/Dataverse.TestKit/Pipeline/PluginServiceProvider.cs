using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>
    /// The IServiceProvider handed to IPlugin.Execute: the execution context (as IPluginExecutionContext and
    /// IExecutionContext), the tracing service and the organization service factory. Other services are null.
    /// </summary>
    internal sealed class PluginServiceProvider : IServiceProvider
    {
        private readonly IPluginExecutionContext context;
        private readonly ITracingService tracing;
        private readonly IOrganizationServiceFactory factory;

        public PluginServiceProvider(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
            this.context = context;
            this.tracing = tracing;
            this.factory = factory;
        }

        public object GetService(Type serviceType)
        {
            if (serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext))
            {
                return context;
            }

            if (serviceType == typeof(ITracingService))
            {
                return tracing;
            }

            if (serviceType == typeof(IOrganizationServiceFactory))
            {
                return factory;
            }

            return null;
        }
    }
}

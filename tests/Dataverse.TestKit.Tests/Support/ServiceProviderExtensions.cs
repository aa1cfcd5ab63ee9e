using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Tests.Support
{
    /// <summary>Shorthands for the services a plug-in reads from its IServiceProvider.</summary>
    internal static class ServiceProviderExtensions
    {
        public static IPluginExecutionContext Context(this IServiceProvider services) =>
            (IPluginExecutionContext)services.GetService(typeof(IPluginExecutionContext));

        public static ITracingService Tracing(this IServiceProvider services) =>
            (ITracingService)services.GetService(typeof(ITracingService));

        public static IOrganizationService Service(this IServiceProvider services, Guid? userId) =>
            ((IOrganizationServiceFactory)services.GetService(typeof(IOrganizationServiceFactory))).CreateOrganizationService(userId);
    }
}

using System;
using Dataverse.TestKit.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>
    /// The IOrganizationServiceFactory of a running plug-in: <c>null</c> gives a SYSTEM service (no privilege checks),
    /// <c>Guid.Empty</c> a service acting as the context's UserId, any other id a service acting as that user.
    /// Calls made through these services are nested under the plug-in (depth + 1) and share its transaction.
    /// </summary>
    internal sealed class PluginServiceFactory : IOrganizationServiceFactory
    {
        private readonly OrganizationEngine engine;
        private readonly ExecutionFrame frame;
        private readonly Guid contextUserId;

        public PluginServiceFactory(OrganizationEngine engine, ExecutionFrame frame, Guid contextUserId)
        {
            this.engine = engine;
            this.frame = frame;
            this.contextUserId = contextUserId;
        }

        public IOrganizationService CreateOrganizationService(Guid? userId)
        {
            var principal = !userId.HasValue
                ? engine.SystemPrincipal
                : engine.PrincipalFor(userId.Value == Guid.Empty ? contextUserId : userId.Value);
            return new ActingOrganizationService(engine, principal, frame);
        }
    }
}

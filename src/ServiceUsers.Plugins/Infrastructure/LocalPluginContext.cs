using System;
using Microsoft.Xrm.Sdk;

namespace ServiceUsers.Plugins.Infrastructure
{
    /// <summary>
    /// Everything one plug-in execution needs, taken from the <see cref="IServiceProvider"/> once, with the identities
    /// spelled out: the service that acts as the caller (<see cref="CallerService"/>, every platform security rule applies)
    /// and the SYSTEM service (<see cref="SystemService"/>, no rule applies; use only where the platform forces it and
    /// only after our own authorization check).
    /// </summary>
    public sealed class LocalPluginContext
    {
        private readonly IOrganizationServiceFactory _serviceFactory;
        private IOrganizationService _callerService;
        private IOrganizationService _systemService;

        public LocalPluginContext(IServiceProvider serviceProvider)
        {
            if (serviceProvider == null) throw new ArgumentNullException(nameof(serviceProvider));
            ExecutionContext = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))
                ?? throw new InvalidOperationException("The service provider has no IPluginExecutionContext.");
            _serviceFactory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))
                ?? throw new InvalidOperationException("The service provider has no IOrganizationServiceFactory.");
            Tracer = new StepTracer((ITracingService)serviceProvider.GetService(typeof(ITracingService)));
            Inputs = new TypedInputs(ExecutionContext.InputParameters);
        }

        public IPluginExecutionContext ExecutionContext { get; }

        public StepTracer Tracer { get; }

        public TypedInputs Inputs { get; }

        /// <summary>The user the step runs as (for a custom API, the caller): its privileges decide what it may do.</summary>
        public Guid CallerId => ExecutionContext.UserId;

        /// <summary>The business unit of <see cref="CallerId"/>.</summary>
        public Guid CallerBusinessUnitId => ExecutionContext.BusinessUnitId;

        /// <summary>Acts as the caller: Dataverse checks every privilege and the role-escalation rule.</summary>
        public IOrganizationService CallerService => _callerService ?? (_callerService = _serviceFactory.CreateOrganizationService(CallerId));

        /// <summary>Acts as SYSTEM (a null user id): bypasses every privilege check.</summary>
        public IOrganizationService SystemService => _systemService ?? (_systemService = _serviceFactory.CreateOrganizationService(null));

        public void Trace(string step) => Tracer.Trace(step);
    }
}

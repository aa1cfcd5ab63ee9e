using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>The IExecutionContext values shared by plug-in and workflow contexts, filled in by the runners.</summary>
    internal abstract class ExecutionContextBase : IExecutionContext
    {
        public int Mode { get; set; }

        /// <summary>2 = sandbox, the only isolation Dataverse online accepts.</summary>
        public int IsolationMode { get; set; } = 2;

        public int Depth { get; set; } = 1;

        public string MessageName { get; set; }

        public string PrimaryEntityName { get; set; } = "none";

        public Guid? RequestId { get; set; }

        public string SecondaryEntityName { get; set; } = "none";

        public ParameterCollection InputParameters { get; set; } = new ParameterCollection();

        public ParameterCollection OutputParameters { get; set; } = new ParameterCollection();

        public ParameterCollection SharedVariables { get; set; } = new ParameterCollection();

        public Guid UserId { get; set; }

        public Guid InitiatingUserId { get; set; }

        public Guid BusinessUnitId { get; set; }

        public Guid OrganizationId { get; set; }

        public string OrganizationName { get; set; } = "InMemoryOrganization";

        public Guid PrimaryEntityId { get; set; }

        public EntityImageCollection PreEntityImages { get; set; } = new EntityImageCollection();

        public EntityImageCollection PostEntityImages { get; set; } = new EntityImageCollection();

        public EntityReference OwningExtension { get; set; }

        public Guid CorrelationId { get; set; }

        public bool IsExecutingOffline { get; set; }

        public bool IsOfflinePlayback { get; set; }

        public bool IsInTransaction { get; set; }

        public Guid OperationId { get; set; } = Guid.NewGuid();

        public DateTime OperationCreatedOn { get; set; } = DateTime.UtcNow;
    }
}

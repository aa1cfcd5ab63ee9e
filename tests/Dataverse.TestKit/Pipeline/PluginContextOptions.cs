using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit
{
    /// <summary>The execution context to run a plug-in with (<see cref="InMemoryOrganization.ExecutePlugin"/>).</summary>
    public sealed class PluginContextOptions
    {
        public string MessageName { get; set; }

        /// <summary>10 PreValidation, 20 PreOperation, 30 MainOperation (default, a custom API's stage), 40 PostOperation.</summary>
        public int Stage { get; set; } = 30;

        /// <summary>0 synchronous (default), 1 asynchronous.</summary>
        public int Mode { get; set; }

        /// <summary>The user the plug-in runs as (context.UserId); <see cref="InMemoryOrganization.SystemUserId"/> for SYSTEM.</summary>
        public Guid UserId { get; set; }

        /// <summary>The user who started the operation; defaults to <see cref="UserId"/>.</summary>
        public Guid? InitiatingUserId { get; set; }

        public IDictionary<string, object> InputParameters { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

        public IDictionary<string, object> SharedVariables { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

        public IDictionary<string, Entity> PreEntityImages { get; } = new Dictionary<string, Entity>(StringComparer.Ordinal);

        public IDictionary<string, Entity> PostEntityImages { get; } = new Dictionary<string, Entity>(StringComparer.Ordinal);

        public int Depth { get; set; } = 1;

        public Guid? CorrelationId { get; set; }

        /// <summary>Defaults to true for stages 20-40 (inside the database transaction), false otherwise.</summary>
        public bool? IsInTransaction { get; set; }

        /// <summary>Defaults to the business unit of <see cref="UserId"/>.</summary>
        public Guid? BusinessUnitId { get; set; }

        public string PrimaryEntityName { get; set; } = "none";

        public Guid PrimaryEntityId { get; set; }

        public IPluginExecutionContext ParentContext { get; set; }
    }
}

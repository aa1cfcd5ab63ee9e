using System;
using System.Collections.Generic;

namespace Dataverse.TestKit
{
    /// <summary>The workflow context to run a custom workflow activity with (<see cref="InMemoryOrganization.RunWorkflowActivity"/>).</summary>
    public sealed class WorkflowContextOptions
    {
        /// <summary>The user the workflow runs as: every service the activity creates acts as this user.</summary>
        public Guid UserId { get; set; }

        /// <summary>Defaults to <see cref="UserId"/>.</summary>
        public Guid? InitiatingUserId { get; set; }

        /// <summary>The message that started the workflow (e.g. Create, Update, or ExecuteWorkflow for on-demand runs).</summary>
        public string MessageName { get; set; } = "ExecuteWorkflow";

        public string PrimaryEntityName { get; set; } = "none";

        public Guid PrimaryEntityId { get; set; }

        public string StageName { get; set; }

        /// <summary>0 background (default), 1 real-time. A real-time workflow runs inside the operation's transaction.</summary>
        public int WorkflowMode { get; set; }

        public int Depth { get; set; } = 1;

        public Guid? CorrelationId { get; set; }

        public Guid? BusinessUnitId { get; set; }

        /// <summary>The workflow context's own InputParameters (not the activity's arguments).</summary>
        public IDictionary<string, object> InputParameters { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

        public IDictionary<string, object> SharedVariables { get; } = new Dictionary<string, object>(StringComparer.Ordinal);
    }
}

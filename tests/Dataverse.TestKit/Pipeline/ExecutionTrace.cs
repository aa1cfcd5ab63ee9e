using System;
using System.Collections.Generic;

namespace Dataverse.TestKit
{
    /// <summary>The trace lines one plug-in or workflow-activity execution wrote, with where it ran.</summary>
    public sealed class ExecutionTrace
    {
        internal ExecutionTrace(string source, string messageName, int depth, Guid correlationId, IReadOnlyList<string> lines)
        {
            Source = source;
            MessageName = messageName;
            Depth = depth;
            CorrelationId = correlationId;
            Lines = lines;
        }

        /// <summary>The plug-in or activity type name.</summary>
        public string Source { get; }

        public string MessageName { get; }

        public int Depth { get; }

        public Guid CorrelationId { get; }

        public IReadOnlyList<string> Lines { get; }

        public override string ToString() => $"{Source} ({MessageName}, depth {Depth}):{Environment.NewLine}{string.Join(Environment.NewLine, Lines)}";
    }
}

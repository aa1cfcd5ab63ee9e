using System;

namespace Dataverse.TestKit
{
    /// <summary>
    /// One organization-service call, as the kit recorded it: which message, on which table, as whom, how deep in the
    /// pipeline, and how it ended. Calls are listed in the order they started, so a request appears before its nested calls.
    /// </summary>
    public sealed class ServiceCall
    {
        internal ServiceCall(long sequence, string message, string entityLogicalName, Guid actingUserId, bool isSystem, int depth, Guid correlationId)
        {
            Sequence = sequence;
            Message = message;
            EntityLogicalName = entityLogicalName;
            ActingUserId = actingUserId;
            IsSystem = isSystem;
            Depth = depth;
            CorrelationId = correlationId;
        }

        /// <summary>Start order within the organization (1, 2, 3, ...).</summary>
        public long Sequence { get; }

        /// <summary>Request name: Create, Retrieve, RetrieveMultiple, Update, Delete, Associate, Disassociate, WhoAmI, ..., or a custom API's unique name.</summary>
        public string Message { get; }

        /// <summary>The table the call addressed (Target, query or bound table); null for messages without one.</summary>
        public string EntityLogicalName { get; }

        /// <summary>The systemuser the call ran as (SYSTEM's id when <see cref="IsSystem"/>).</summary>
        public Guid ActingUserId { get; }

        /// <summary>True for calls made through a SYSTEM service (<c>CreateOrganizationService(null)</c>).</summary>
        public bool IsSystem { get; }

        /// <summary>
        /// Pipeline depth: 1 for a call the test made, 2 for a call made by a plug-in that the test's call ran, and so on
        /// (the depth the platform would give the operation's own context).
        /// </summary>
        public int Depth { get; }

        /// <summary>Shared by every call of one top-level request.</summary>
        public Guid CorrelationId { get; }

        /// <summary>False when the call ended in a fault or an exception.</summary>
        public bool Succeeded { get; private set; } = true;

        /// <summary>The fault's error code when the call failed with one.</summary>
        public int? ErrorCode { get; private set; }

        internal void Failed(int? errorCode)
        {
            Succeeded = false;
            ErrorCode = errorCode;
        }

        public override string ToString() =>
            $"#{Sequence} depth {Depth} {Message}{(EntityLogicalName == null ? string.Empty : " " + EntityLogicalName)} as {(IsSystem ? "SYSTEM" : ActingUserId.ToString())}{(Succeeded ? string.Empty : " (failed)")}";
    }
}

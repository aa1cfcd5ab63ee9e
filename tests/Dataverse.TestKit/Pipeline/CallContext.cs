using System;
using Dataverse.TestKit.Security;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>Who makes a service call and from where: the test itself (no frame) or a running plug-in / activity.</summary>
    internal sealed class CallContext
    {
        public CallContext(Principal caller, ExecutionFrame frame, Guid? impersonatorId = null)
        {
            Caller = caller;
            Frame = frame;
            ImpersonatorId = impersonatorId;
            CorrelationId = frame?.CorrelationId ?? Guid.NewGuid();
        }

        public Principal Caller { get; }

        public ExecutionFrame Frame { get; }

        /// <summary>The depth this call's own operation runs at: 1 from a test, parent depth + 1 from a plug-in.</summary>
        public int Depth => Frame == null ? 1 : Frame.Depth + 1;

        public Guid CorrelationId { get; }

        /// <summary>The user who started the whole operation (the caller itself for a call a test makes).</summary>
        public Guid InitiatingUserId => Frame?.InitiatingUserId ?? ImpersonatorId ?? Caller.UserId;

        /// <summary>The user who called on behalf of <see cref="Caller"/> (SDK CallerId / Web API MSCRMCallerID), or null.</summary>
        public Guid? ImpersonatorId { get; }
    }
}

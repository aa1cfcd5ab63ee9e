using System;
using System.Runtime.Serialization;
using System.Security;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// The exception a plug-in or workflow activity throws to fail the operation with a message for the caller.
    /// Mirrored real behaviour (Microsoft.Xrm.Sdk 9.0, as described in public sources found with the code search):
    ///  - Status is Failed unless a constructor takes a status;
    ///  - ErrorCode is the exception's HResult: an error code of 0 leaves the default HResult of System.Exception;
    ///  - HttpStatus is NotSet unless given; the (message, exception) constructor inherits it from an inner InvalidPluginExecutionException;
    ///  - the (status) constructor uses an empty message.
    /// </summary>
    [Serializable]
    public sealed class InvalidPluginExecutionException : Exception, ISerializable
    {
        private const string StatusKey = "Status";
        private const string HttpStatusKey = "HttpStatus";

        private readonly OperationStatus _status;
        private readonly PluginHttpStatusCode _httpStatus;

        public InvalidPluginExecutionException()
        {
            _status = OperationStatus.Failed;
            _httpStatus = PluginHttpStatusCode.NotSet;
        }

        public InvalidPluginExecutionException(string message)
            : base(message)
        {
            _status = OperationStatus.Failed;
            _httpStatus = PluginHttpStatusCode.NotSet;
        }

        public InvalidPluginExecutionException(string message, Exception exception)
            : base(message, exception)
        {
            _status = OperationStatus.Failed;
            InvalidPluginExecutionException inner = exception as InvalidPluginExecutionException;
            _httpStatus = inner == null ? PluginHttpStatusCode.NotSet : inner.HttpStatus;
        }

        public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
            : this(OperationStatus.Failed, 0, message, httpStatus)
        {
        }

        public InvalidPluginExecutionException(OperationStatus status)
            : this(status, string.Empty)
        {
        }

        public InvalidPluginExecutionException(OperationStatus status, string message)
            : this(status, 0, message)
        {
        }

        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
            : this(status, errorCode, message, PluginHttpStatusCode.NotSet)
        {
        }

        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
            : base(message)
        {
            _status = status;
            _httpStatus = httpStatus;
            if (errorCode != 0)
            {
                HResult = errorCode;
            }
        }

        private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
            : base(info, context)
        {
            _status = (OperationStatus)info.GetValue(StatusKey, typeof(OperationStatus));
            try
            {
                _httpStatus = (PluginHttpStatusCode)info.GetValue(HttpStatusKey, typeof(PluginHttpStatusCode));
            }
            catch (SerializationException)
            {
                // Payloads from SDK versions that predate HttpStatus do not carry it.
                _httpStatus = PluginHttpStatusCode.NotSet;
            }
        }

        public OperationStatus Status
        {
            get { return _status; }
        }

        public int ErrorCode
        {
            get { return HResult; }
        }

        public PluginHttpStatusCode HttpStatus
        {
            get { return _httpStatus; }
        }

        // Exception serialization is obsolete on .NET (SYSLIB0051) but part of the real surface and still used by .NET Framework.
#pragma warning disable CS0672 // overrides an obsolete member
        [SecurityCritical]
        public override void GetObjectData(SerializationInfo info, StreamingContext context)
        {
            if (info == null)
            {
                throw new ArgumentNullException(nameof(info));
            }

            info.AddValue(StatusKey, _status, typeof(OperationStatus));
            info.AddValue(HttpStatusKey, _httpStatus, typeof(PluginHttpStatusCode));
            base.GetObjectData(info, context);
        }
#pragma warning restore CS0672
    }
}

using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The fault detail shared by the Dataverse services (the T of FaultException&lt;T&gt;).</summary>
    public abstract class BaseServiceFault : IExtensibleDataObject
    {
        private ErrorDetailCollection _errorDetails;

        protected BaseServiceFault()
        {
        }

        public Guid ActivityId { get; set; }

        public int ErrorCode { get; set; }

        public ErrorDetailCollection ErrorDetails
        {
            get { return _errorDetails ?? (_errorDetails = new ErrorDetailCollection()); }
            set { _errorDetails = value; }
        }

        public string Message { get; set; }

        public DateTime Timestamp { get; set; }

        public string HelpLink { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}

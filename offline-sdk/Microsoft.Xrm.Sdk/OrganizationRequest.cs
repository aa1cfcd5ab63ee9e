using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// A message sent to IOrganizationService.Execute: a name and named parameters.
    /// Typed requests (CreateRequest, WhoAmIRequest, ...) are views over Parameters under the message's parameter names,
    /// so a handler can read either form.
    /// </summary>
    public class OrganizationRequest : IExtensibleDataObject
    {
        private ParameterCollection _parameters;

        public OrganizationRequest()
        {
        }

        public OrganizationRequest(string requestName)
        {
            RequestName = requestName;
        }

        public string RequestName { get; set; }

        public ParameterCollection Parameters
        {
            get { return _parameters ?? (_parameters = new ParameterCollection()); }
            set { _parameters = value; }
        }

        public Guid? RequestId { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        /// <summary>Parameters[parameterName]: KeyNotFoundException when the parameter is absent.</summary>
        public object this[string parameterName]
        {
            get { return Parameters[parameterName]; }
            set { Parameters[parameterName] = value; }
        }
    }
}

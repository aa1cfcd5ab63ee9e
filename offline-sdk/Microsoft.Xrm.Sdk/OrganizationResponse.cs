using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// The answer to an OrganizationRequest: a name and named results.
    /// Typed responses (CreateResponse, WhoAmIResponse, ...) read Results under the message's result names.
    /// </summary>
    public class OrganizationResponse : IExtensibleDataObject
    {
        private ParameterCollection _results;

        public OrganizationResponse()
        {
        }

        public string ResponseName { get; set; }

        public ParameterCollection Results
        {
            get { return _results ?? (_results = new ParameterCollection()); }
            set { _results = value; }
        }

        public ExtensionDataObject ExtensionData { get; set; }

        /// <summary>Results[parameterName]: KeyNotFoundException when the result is absent.</summary>
        public object this[string parameterName]
        {
            get { return Results[parameterName]; }
            set { Results[parameterName] = value; }
        }
    }
}

using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>
    /// Runs a query (IOrganizationService.RetrieveMultiple).
    /// A typed view over Parameters: each property is stored under its own name (the message's parameter name).
    /// As in the real SDK the constructor sets RequestName and puts the main parameters in Parameters with default values.
    /// Keys and constructor defaults: learn.microsoft.com Microsoft.Xrm.Sdk.Messages reference (property names = parameter names),
    /// cross-checked with public SDK-derived sources found through the code search (e.g. Parameters["Target"], Results["id"]).
    /// </summary>
    public sealed class RetrieveMultipleRequest : OrganizationRequest
    {
        public RetrieveMultipleRequest()
        {
            RequestName = "RetrieveMultiple";
            Query = default(QueryBase);
        }

        public QueryBase Query
        {
            get { return Parameters.Contains("Query") ? (QueryBase)Parameters["Query"] : default(QueryBase); }
            set { Parameters["Query"] = value; }
        }
    }
}

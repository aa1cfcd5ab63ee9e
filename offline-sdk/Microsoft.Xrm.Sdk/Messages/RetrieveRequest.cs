using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>
    /// Retrieves one record (IOrganizationService.Retrieve).
    /// A typed view over Parameters: each property is stored under its own name (the message's parameter name).
    /// As in the real SDK the constructor sets RequestName and puts the main parameters in Parameters with default values.
    /// Keys and constructor defaults: learn.microsoft.com Microsoft.Xrm.Sdk.Messages reference (property names = parameter names),
    /// cross-checked with public SDK-derived sources found through the code search (e.g. Parameters["Target"], Results["id"]).
    /// </summary>
    public sealed class RetrieveRequest : OrganizationRequest
    {
        public RetrieveRequest()
        {
            RequestName = "Retrieve";
            Target = default(EntityReference);
            ColumnSet = default(ColumnSet);
        }

        public EntityReference Target
        {
            get { return Parameters.Contains("Target") ? (EntityReference)Parameters["Target"] : default(EntityReference); }
            set { Parameters["Target"] = value; }
        }

        public ColumnSet ColumnSet
        {
            get { return Parameters.Contains("ColumnSet") ? (ColumnSet)Parameters["ColumnSet"] : default(ColumnSet); }
            set { Parameters["ColumnSet"] = value; }
        }
    }
}

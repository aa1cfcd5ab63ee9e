namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>
    /// Deletes a record (IOrganizationService.Delete).
    /// A typed view over Parameters: each property is stored under its own name (the message's parameter name).
    /// As in the real SDK the constructor sets RequestName and puts the main parameters in Parameters with default values.
    /// Keys and constructor defaults: learn.microsoft.com Microsoft.Xrm.Sdk.Messages reference (property names = parameter names),
    /// cross-checked with public SDK-derived sources found through the code search (e.g. Parameters["Target"], Results["id"]).
    /// </summary>
    public sealed class DeleteRequest : OrganizationRequest
    {
        public DeleteRequest()
        {
            RequestName = "Delete";
            Target = default(EntityReference);
        }

        public EntityReference Target
        {
            get { return Parameters.Contains("Target") ? (EntityReference)Parameters["Target"] : default(EntityReference); }
            set { Parameters["Target"] = value; }
        }

        public ConcurrencyBehavior ConcurrencyBehavior
        {
            get { return Parameters.Contains("ConcurrencyBehavior") ? (ConcurrencyBehavior)Parameters["ConcurrencyBehavior"] : default(ConcurrencyBehavior); }
            set { Parameters["ConcurrencyBehavior"] = value; }
        }
    }
}

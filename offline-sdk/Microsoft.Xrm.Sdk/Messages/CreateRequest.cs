namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>
    /// Creates a record (IOrganizationService.Create).
    /// A typed view over Parameters: each property is stored under its own name (the message's parameter name).
    /// As in the real SDK the constructor sets RequestName and puts the main parameters in Parameters with default values.
    /// Keys and constructor defaults: learn.microsoft.com Microsoft.Xrm.Sdk.Messages reference (property names = parameter names),
    /// cross-checked with public SDK-derived sources found through the code search (e.g. Parameters["Target"], Results["id"]).
    /// </summary>
    public sealed class CreateRequest : OrganizationRequest
    {
        public CreateRequest()
        {
            RequestName = "Create";
            Target = default(Entity);
        }

        public Entity Target
        {
            get { return Parameters.Contains("Target") ? (Entity)Parameters["Target"] : default(Entity); }
            set { Parameters["Target"] = value; }
        }
    }
}

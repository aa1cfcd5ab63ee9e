namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>
    /// Removes links between records (IOrganizationService.Disassociate).
    /// A typed view over Parameters: each property is stored under its own name (the message's parameter name).
    /// As in the real SDK the constructor sets RequestName and puts the main parameters in Parameters with default values.
    /// Keys and constructor defaults: learn.microsoft.com Microsoft.Xrm.Sdk.Messages reference (property names = parameter names),
    /// cross-checked with public SDK-derived sources found through the code search (e.g. Parameters["Target"], Results["id"]).
    /// </summary>
    public sealed class DisassociateRequest : OrganizationRequest
    {
        public DisassociateRequest()
        {
            RequestName = "Disassociate";
            Target = default(EntityReference);
            Relationship = default(Relationship);
            RelatedEntities = default(EntityReferenceCollection);
        }

        public EntityReference Target
        {
            get { return Parameters.Contains("Target") ? (EntityReference)Parameters["Target"] : default(EntityReference); }
            set { Parameters["Target"] = value; }
        }

        public Relationship Relationship
        {
            get { return Parameters.Contains("Relationship") ? (Relationship)Parameters["Relationship"] : default(Relationship); }
            set { Parameters["Relationship"] = value; }
        }

        public EntityReferenceCollection RelatedEntities
        {
            get { return Parameters.Contains("RelatedEntities") ? (EntityReferenceCollection)Parameters["RelatedEntities"] : default(EntityReferenceCollection); }
            set { Parameters["RelatedEntities"] = value; }
        }
    }
}

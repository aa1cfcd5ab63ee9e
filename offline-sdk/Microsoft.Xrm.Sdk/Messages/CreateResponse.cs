using System;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>
    /// The id of the created record, in Results["id"].
    /// A typed view over Results: each property reads the result of the same name; a missing result reads as the default value.
    /// Keys and constructor defaults: learn.microsoft.com Microsoft.Xrm.Sdk.Messages reference (property names = parameter names),
    /// cross-checked with public SDK-derived sources found through the code search (e.g. Parameters["Target"], Results["id"]).
    /// </summary>
    public sealed class CreateResponse : OrganizationResponse
    {
        public CreateResponse()
        {
        }

        public Guid id
        {
            get { return Results.Contains("id") ? (Guid)Results["id"] : default(Guid); }
        }
    }
}

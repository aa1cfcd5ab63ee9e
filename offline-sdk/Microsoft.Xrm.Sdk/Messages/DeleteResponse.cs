namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>
    /// Delete returns no results.
    /// </summary>
    public sealed class DeleteResponse : OrganizationResponse
    {
        public DeleteResponse()
        {
        }
    }
}

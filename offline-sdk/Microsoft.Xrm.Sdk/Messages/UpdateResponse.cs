namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>
    /// Update returns no results.
    /// </summary>
    public sealed class UpdateResponse : OrganizationResponse
    {
        public UpdateResponse()
        {
        }
    }
}

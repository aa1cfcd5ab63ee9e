namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>
    /// Associate returns no results.
    /// </summary>
    public sealed class AssociateResponse : OrganizationResponse
    {
        public AssociateResponse()
        {
        }
    }
}

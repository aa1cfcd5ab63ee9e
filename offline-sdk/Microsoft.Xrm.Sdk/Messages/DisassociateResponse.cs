namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>
    /// Disassociate returns no results.
    /// </summary>
    public sealed class DisassociateResponse : OrganizationResponse
    {
        public DisassociateResponse()
        {
        }
    }
}

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Outcome a plug-in reports through InvalidPluginExecutionException.</summary>
    public enum OperationStatus
    {
        Failed = 0,
        Canceled = 1,
        Retry = 2,
        Suspended = 3,
        Succeeded = 4,
    }
}

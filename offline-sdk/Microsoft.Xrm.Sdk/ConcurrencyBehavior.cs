namespace Microsoft.Xrm.Sdk
{
    /// <summary>Optimistic concurrency choice for Update and Delete.</summary>
    public enum ConcurrencyBehavior
    {
        Default = 0,
        IfRowVersionMatches = 1,
        AlwaysOverwrite = 2,
    }
}

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>Sort direction.</summary>
    public enum OrderType
    {
        Ascending = 0,
        Descending = 1,
    }
}

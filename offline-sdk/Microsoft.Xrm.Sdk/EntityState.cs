namespace Microsoft.Xrm.Sdk
{
    /// <summary>Change tracking state of an entity sent in a request.</summary>
    public enum EntityState
    {
        Unchanged = 0,
        Created = 1,
        Changed = 2,
    }
}

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Which side of a self-referential relationship an entity is on.</summary>
    public enum EntityRole
    {
        Referencing = 0,
        Referenced = 1,
    }
}

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Extra details a service fault carries, by name.</summary>
    public sealed class ErrorDetailCollection : DataCollection<string, object>
    {
        public ErrorDetailCollection()
        {
        }
    }
}

using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>Which page of results to return (Count 0 and PageNumber 0 mean: the service default).</summary>
    public sealed class PagingInfo : IExtensibleDataObject
    {
        public PagingInfo()
        {
        }

        public int PageNumber { get; set; }

        public int Count { get; set; }

        public string PagingCookie { get; set; }

        public bool ReturnTotalRecordCount { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}

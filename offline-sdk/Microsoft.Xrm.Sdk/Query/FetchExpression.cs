namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A query written in FetchXML, for RetrieveMultiple (learn.microsoft.com FetchExpression class).</summary>
    public sealed class FetchExpression : QueryBase
    {
        public FetchExpression()
        {
        }

        public FetchExpression(string query)
        {
            Query = query;
        }

        public string Query { get; set; }
    }
}

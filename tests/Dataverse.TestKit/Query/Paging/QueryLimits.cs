namespace Dataverse.TestKit.Query.Paging
{
    /// <summary>
    /// Row limits of RetrieveMultiple for standard tables ("Page results using QueryExpression" / "Page results using
    /// FetchXml": the default and maximum page size is 5,000 rows; fetch element reference: top cannot exceed 5,000;
    /// "Count rows": the total record count stops at 5,000).
    /// </summary>
    internal static class QueryLimits
    {
        public const int MaxPageSize = 5000;

        public const int MaxTop = 5000;

        public const int MaxTotalRecordCount = 5000;
    }
}

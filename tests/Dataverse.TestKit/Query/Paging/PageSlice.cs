using System.Collections.Generic;

namespace Dataverse.TestKit.Query.Paging
{
    /// <summary>The rows of one page and what EntityCollection says about the rest of the result.</summary>
    internal sealed class PageSlice
    {
        public PageSlice(IReadOnlyList<JoinedRow> rows, bool moreRecords, string pagingCookie, int totalRecordCount, bool totalRecordCountLimitExceeded)
        {
            Rows = rows;
            MoreRecords = moreRecords;
            PagingCookie = pagingCookie;
            TotalRecordCount = totalRecordCount;
            TotalRecordCountLimitExceeded = totalRecordCountLimitExceeded;
        }

        public IReadOnlyList<JoinedRow> Rows { get; }

        public bool MoreRecords { get; }

        public string PagingCookie { get; }

        /// <summary>-1 unless the total was asked for; then the number of matching rows, at most 5,000.</summary>
        public int TotalRecordCount { get; }

        public bool TotalRecordCountLimitExceeded { get; }
    }
}

using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit.Faults;

namespace Dataverse.TestKit.Query.Paging
{
    /// <summary>
    /// Cuts one page out of a query's ordered result. With a paging cookie from the page just before the requested one,
    /// the page starts after the cookie's last row (rows added or removed in between do not shift it); otherwise
    /// ("simple paging", a page asked for without a cookie or with a cookie of another page, which the platform ignores)
    /// it starts at (PageNumber - 1) × PageSize. A query whose order the cookie cannot record (distinct rows, an order on
    /// a link-entity column) gets no cookie and pages simply, as the platform downgrades such queries to legacy paging.
    /// </summary>
    internal static class ResultPager
    {
        /// <param name="ordered">The whole result in query order.</param>
        /// <param name="cookieColumns">The sort columns a cookie records, or null when the query gets no cookie.</param>
        public static PageSlice Cut(IReadOnlyList<JoinedRow> ordered, PageRequest request, IReadOnlyList<SortColumn> cookieColumns)
        {
            var total = ordered.Count;
            var totalRecordCount = request.ReturnTotalRecordCount ? System.Math.Min(total, QueryLimits.MaxTotalRecordCount) : -1;
            var limitExceeded = request.ReturnTotalRecordCount && total > QueryLimits.MaxTotalRecordCount;
            if (request.Top.HasValue)
            {
                return new PageSlice(ordered.Take(request.Top.Value).ToList(), false, null, totalRecordCount, limitExceeded);
            }

            var start = StartOfPage(ordered, request, cookieColumns);
            var rows = ordered.Skip(start).Take(request.PageSize).ToList();
            var cookie = cookieColumns != null && rows.Count > 0 ? PagingCookie.Write(request.PageNumber, cookieColumns, rows[0], rows[rows.Count - 1]) : null;
            return new PageSlice(rows, start + rows.Count < total, cookie, totalRecordCount, limitExceeded);
        }

        private static int StartOfPage(IReadOnlyList<JoinedRow> ordered, PageRequest request, IReadOnlyList<SortColumn> cookieColumns)
        {
            var simpleStart = (int)System.Math.Min(int.MaxValue, (long)(request.PageNumber - 1) * request.PageSize);
            if (string.IsNullOrEmpty(request.PagingCookie))
            {
                return simpleStart;
            }

            var cookie = PagingCookie.Read(request.PagingCookie);
            if (cookieColumns == null || cookie.Page != request.PageNumber - 1)
            {
                return simpleStart;
            }

            if (!cookie.Columns.SequenceEqual(cookieColumns.Select(c => c.Attribute)))
            {
                throw PlatformFault.Create(
                    PlatformErrorCode.QueryBuilderPagingOrderBy,
                    "Order by columns do not match those in paging cookie.",
                    $"the cookie records ({string.Join(", ", cookie.Columns)}), the query orders by ({string.Join(", ", cookieColumns.Select(c => c.Attribute))})");
            }

            // The rows are in sort order, so those after the cookie's last row form a tail: find where it starts.
            int low = 0, high = ordered.Count;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (cookie.IsAfterLastRow(ordered[middle], cookieColumns))
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            return low;
        }
    }
}

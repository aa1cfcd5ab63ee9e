using System;
using Dataverse.TestKit.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.TestKit.Query.Paging
{
    /// <summary>
    /// Which rows of a query's result a caller asks for: the first Top rows, or page PageNumber of PageSize rows, maybe
    /// continuing from a paging cookie. Built from QueryExpression.TopCount and PageInfo (FetchXML's top, count, page and
    /// paging-cookie are translated into those), checked the way the platform checks them.
    /// </summary>
    internal sealed class PageRequest
    {
        private PageRequest(int? top, int pageNumber, int pageSize, string pagingCookie, bool returnTotalRecordCount)
        {
            Top = top;
            PageNumber = pageNumber;
            PageSize = pageSize;
            PagingCookie = pagingCookie;
            ReturnTotalRecordCount = returnTotalRecordCount;
        }

        public int? Top { get; }

        /// <summary>1 for the first page (PageNumber 0 means the first page).</summary>
        public int PageNumber { get; }

        /// <summary>Count, or 5,000 when Count is 0; a Count above 5,000 is served as 5,000 (the maximum page size).</summary>
        public int PageSize { get; }

        public string PagingCookie { get; }

        public bool ReturnTotalRecordCount { get; }

        public static PageRequest For(QueryExpression query)
        {
            var info = query.PageInfo ?? new PagingInfo();
            if (info.Count < 0 || info.PageNumber < 0)
            {
                throw PlatformFault.Create(
                    PlatformErrorCode.QueryBuilderValueGreaterThanZero,
                    "A value greater than zero must be specified.",
                    $"PageInfo.Count = {info.Count}, PageInfo.PageNumber = {info.PageNumber}");
            }

            if (query.TopCount.HasValue)
            {
                RequireValidTop(query.TopCount.Value, info);
            }

            var pageSize = info.Count == 0 ? QueryLimits.MaxPageSize : Math.Min(info.Count, QueryLimits.MaxPageSize);
            return new PageRequest(query.TopCount, Math.Max(1, info.PageNumber), pageSize, info.PagingCookie, info.ReturnTotalRecordCount);
        }

        private static void RequireValidTop(int top, PagingInfo info)
        {
            var pagingAskedFor = info.Count != 0 || info.PageNumber != 0 || !string.IsNullOrEmpty(info.PagingCookie) || info.ReturnTotalRecordCount;
            if (pagingAskedFor)
            {
                // QueryExpression.TopCount reference: a query holds either PageInfo or TopCount values, both is an error.
                // The error code is not documented: InvalidArgument stands in.
                throw PlatformFault.Create(
                    PlatformErrorCode.InvalidArgument,
                    $"The Top.Count = {top} can't be specified with pagingInfo",
                    "TopCount (fetch top) cannot be combined with PageInfo values (fetch count, page, paging-cookie, returntotalrecordcount)");
            }

            if (top < 0)
            {
                throw PlatformFault.Create(PlatformErrorCode.QueryBuilderValueGreaterThanZero, "A value greater than zero must be specified.", $"TopCount = {top}");
            }

            if (top > QueryLimits.MaxTop)
            {
                // fetch element reference: top cannot exceed 5,000. The error code is not documented: InvalidArgument stands in.
                throw PlatformFault.Create(
                    PlatformErrorCode.InvalidArgument,
                    $"The top value {top} exceeds the maximum of {QueryLimits.MaxTop}.",
                    "top / TopCount cannot exceed 5,000; page the query instead");
            }
        }
    }
}

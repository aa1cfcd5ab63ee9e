using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ServiceUsers.Plugins.Errors;

namespace ServiceUsers.Plugins.Infrastructure
{
    /// <summary>
    /// Runs a query to its last page. RetrieveMultiple answers at most 5,000 rows a page and says with
    /// <see cref="EntityCollection.MoreRecords"/> whether more exist; the next page needs the page number and the
    /// paging cookie of the page before ("Page large result sets with QueryExpression"). Every decision this API takes
    /// (who may join a team, whether a role exists, how many non-interactive users there are) must see all rows, so no
    /// query here stops at the first page. A query that fits one page costs one call. Callers order their queries by a
    /// unique key, since a stable order is what keeps consecutive pages from repeating or skipping rows.
    /// </summary>
    public static class AllPages
    {
        public const int PageSize = 5000;

        /// <summary>No real query of ours comes near this; reaching it means the paging did not advance, and we refuse to guess.</summary>
        private const int MaxPages = 1000;

        public static IReadOnlyList<Entity> Retrieve(IOrganizationService service, QueryExpression query)
        {
            var rows = new List<Entity>();
            query.PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 };
            for (var page = 1; page <= MaxPages; page++)
            {
                var result = service.RetrieveMultiple(query);
                rows.AddRange(result.Entities);
                if (!result.MoreRecords)
                {
                    return rows;
                }

                query.PageInfo.PageNumber = page + 1;
                query.PageInfo.PagingCookie = result.PagingCookie;
            }

            throw ServiceUserError.Create(ServiceUserErrorCode.Unexpected,
                $"A query on '{query.EntityName}' returned more than {MaxPages} pages, so the request was stopped before deciding on incomplete data. Nothing was changed.");
        }
    }
}

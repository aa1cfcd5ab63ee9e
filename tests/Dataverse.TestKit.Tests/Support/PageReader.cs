using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Tests.Support
{
    /// <summary>Reads a query page after page, as a caller following the paging cookie does, until MoreRecords is false.</summary>
    internal static class PageReader
    {
        /// <param name="retrievePage">Retrieves page n (1, 2, ...) given the cookie of page n - 1 (null for the first).</param>
        /// <returns>The size of each page and the ids read, in order.</returns>
        public static (IReadOnlyList<int> PageSizes, IReadOnlyList<Guid> Ids) ReadAll(Func<int, string, EntityCollection> retrievePage)
        {
            var sizes = new List<int>();
            var ids = new List<Guid>();
            string cookie = null;
            EntityCollection page;
            do
            {
                page = retrievePage(sizes.Count + 1, cookie);
                sizes.Add(page.Entities.Count);
                ids.AddRange(page.Entities.Select(e => e.Id));
                cookie = page.PagingCookie;
            }
            while (page.MoreRecords);

            return (sizes, ids);
        }
    }
}

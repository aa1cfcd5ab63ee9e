using System.Linq;
using System.Xml.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.TestKit.Tests.Query
{
    /// <summary>
    /// RetrieveMultiple pages of QueryExpression, QueryByAttribute and FetchXML over more rows than one page holds
    /// (FetchXML passes the cookie back in the paging-cookie attribute).
    /// </summary>
    [Collection(ManyWidgetsCollection.Name)]
    public class QueryPagingTests
    {
        private readonly ManyWidgets widgets;
        private readonly IOrganizationService service;

        public QueryPagingTests(ManyWidgets widgets)
        {
            this.widgets = widgets;
            service = widgets.Organization.SystemService;
        }

        [Fact]
        public void Without_PageInfo_a_query_returns_the_first_5000_rows_with_MoreRecords_and_a_cookie()
        {
            var page = service.RetrieveMultiple(AllWidgets());

            Assert.Equal(5000, page.Entities.Count);
            Assert.True(page.MoreRecords);
            Assert.StartsWith("<cookie page=\"1\">", page.PagingCookie);
        }

        [Fact]
        public void Following_the_cookie_reads_every_row_once_and_the_last_page_says_no_more_records()
        {
            var query = AllWidgets();

            var (pageSizes, ids) = PageReader.ReadAll((pageNumber, cookie) =>
            {
                query.PageInfo = new PagingInfo { PageNumber = pageNumber, PagingCookie = cookie };
                return service.RetrieveMultiple(query);
            });

            Assert.Equal(new[] { 5000, 5000, 1 }, pageSizes);
            Assert.Equal(widgets.Ids.OrderBy(id => id), ids.OrderBy(id => id));
        }

        [Fact]
        public void A_Count_above_5000_is_served_as_pages_of_5000()
        {
            var query = AllWidgets();
            query.PageInfo = new PagingInfo { Count = 8000, PageNumber = 1 };

            var page = service.RetrieveMultiple(query);

            Assert.Equal(5000, page.Entities.Count);
            Assert.True(page.MoreRecords);
        }

        [Fact]
        public void A_page_asked_for_without_a_cookie_starts_after_the_pages_before_it()
        {
            var first = AllWidgets();
            first.PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 };
            var second = AllWidgets();
            second.PageInfo = new PagingInfo { Count = 5000, PageNumber = 2 };

            var firstIds = service.RetrieveMultiple(first).Entities.Select(e => e.Id).ToList();
            var secondPage = service.RetrieveMultiple(second);

            Assert.Equal(5000, secondPage.Entities.Count);
            Assert.Empty(firstIds.Intersect(secondPage.Entities.Select(e => e.Id)));
            Assert.True(secondPage.MoreRecords);
        }

        [Fact]
        public void QueryByAttribute_pages_like_QueryExpression()
        {
            var query = new QueryByAttribute(Widgets.Table) { ColumnSet = new ColumnSet("new_name") };
            query.AddAttributeValue("ownerid", widgets.Organization.SystemUserId);
            query.AddOrder("new_number", OrderType.Descending);

            var first = service.RetrieveMultiple(query);
            query.PageInfo = new PagingInfo { PageNumber = 2, PagingCookie = first.PagingCookie };
            var second = service.RetrieveMultiple(query);

            Assert.Equal(5000, first.Entities.Count);
            Assert.True(first.MoreRecords);
            Assert.Equal(Widgets.Name(ManyWidgets.Count), first.Entities[0].GetAttributeValue<string>("new_name"));
            Assert.Equal(Widgets.Name(ManyWidgets.Count - 5000), second.Entities[0].GetAttributeValue<string>("new_name"));
        }

        [Fact]
        public void The_total_record_count_stops_at_5000_and_says_the_limit_was_exceeded()
        {
            var query = AllWidgets();
            query.PageInfo = new PagingInfo { Count = 10, PageNumber = 1, ReturnTotalRecordCount = true };

            var page = service.RetrieveMultiple(query);

            Assert.Equal(5000, page.TotalRecordCount);
            Assert.True(page.TotalRecordCountLimitExceeded);
            Assert.Equal(-1, service.RetrieveMultiple(AllWidgets()).TotalRecordCount);
        }

        [Fact]
        public void TopCount_returns_at_most_its_rows_and_cannot_exceed_5000_or_be_combined_with_paging()
        {
            var top = AllWidgets();
            top.TopCount = 5000;
            var rows = service.RetrieveMultiple(top);
            Assert.Equal(5000, rows.Entities.Count);
            Assert.False(rows.MoreRecords);

            top.TopCount = 5001;
            FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => service.RetrieveMultiple(top));

            top.TopCount = 10;
            top.PageInfo = new PagingInfo { Count = 10, PageNumber = 1 };
            FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => service.RetrieveMultiple(top));
        }

        [Fact]
        public void A_fetch_without_count_returns_5000_rows_and_following_its_cookie_reads_every_row_once()
        {
            var fetch = XElement.Parse($"<fetch><entity name='{Widgets.Table}'><attribute name='new_name' /></entity></fetch>");

            var (pageSizes, ids) = PageReader.ReadAll((pageNumber, cookie) =>
            {
                // XAttribute escapes the cookie's XML, as the FetchXML paging page asks.
                fetch.SetAttributeValue("page", pageNumber);
                fetch.SetAttributeValue("paging-cookie", cookie);
                return service.RetrieveMultiple(new FetchExpression(fetch.ToString()));
            });

            Assert.Equal(new[] { 5000, 5000, 1 }, pageSizes);
            Assert.Equal(widgets.Ids.OrderBy(id => id), ids.OrderBy(id => id));
        }

        [Fact]
        public void A_count_above_5000_is_served_as_5000_and_the_total_count_stops_at_5000()
        {
            var page = service.RetrieveMultiple(new FetchExpression(
                $"<fetch count='9000' page='1' returntotalrecordcount='true'><entity name='{Widgets.Table}'><attribute name='new_name' /></entity></fetch>"));

            Assert.Equal(5000, page.Entities.Count);
            Assert.True(page.MoreRecords);
            Assert.Equal(5000, page.TotalRecordCount);
            Assert.True(page.TotalRecordCountLimitExceeded);
        }

        [Fact]
        public void Top_takes_the_first_rows_and_cannot_exceed_5000_or_be_combined_with_paging()
        {
            var top = service.RetrieveMultiple(new FetchExpression(
                $"<fetch top='3'><entity name='{Widgets.Table}'><attribute name='new_name' /><order attribute='new_number' descending='true' /></entity></fetch>"));

            Assert.Equal(new[] { Widgets.Name(ManyWidgets.Count), Widgets.Name(ManyWidgets.Count - 1), Widgets.Name(ManyWidgets.Count - 2) }, top.Entities.Select(e => e.GetAttributeValue<string>("new_name")));
            Assert.False(top.MoreRecords);
            FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => service.RetrieveMultiple(new FetchExpression($"<fetch top='5001'><entity name='{Widgets.Table}' /></fetch>")));
            FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => service.RetrieveMultiple(new FetchExpression($"<fetch top='3' count='3' page='1'><entity name='{Widgets.Table}' /></fetch>")));
            FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => service.RetrieveMultiple(new FetchExpression($"<fetch top='3' returntotalrecordcount='true'><entity name='{Widgets.Table}' /></fetch>")));
        }
        private static QueryExpression AllWidgets() => new QueryExpression(Widgets.Table) { ColumnSet = new ColumnSet("new_name") };
    }
}

using System;
using System.Linq;
using System.Xml.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.TestKit.Tests.Query
{
    /// <summary>What a paging cookie carries from one page to the next, on a few rows and pages of two.</summary>
    public class PagingCookieTests
    {
        private readonly InMemoryOrganization org = new InMemoryOrganization();
        private readonly IOrganizationService service;

        public PagingCookieTests()
        {
            Widgets.Seed(org, 5);
            service = org.SystemService;
        }

        [Fact]
        public void The_next_page_starts_after_the_cookies_last_row_even_when_a_row_was_added_before_it()
        {
            var first = service.RetrieveMultiple(ByNumber(page: 1, cookie: null));
            service.Create(new Entity(Widgets.Table) { ["new_name"] = "W00000", ["new_number"] = 0 });

            var withCookie = service.RetrieveMultiple(ByNumber(page: 2, cookie: first.PagingCookie));
            var withoutCookie = service.RetrieveMultiple(ByNumber(page: 2, cookie: null));

            Assert.Equal(new[] { 1, 2 }, Numbers(first));
            Assert.Equal(new[] { 3, 4 }, Numbers(withCookie));
            Assert.Equal(new[] { 2, 3 }, Numbers(withoutCookie)); // simple paging counts rows: the new row shifts it
        }

        [Fact]
        public void A_FetchXml_cookie_passed_back_escaped_in_paging_cookie_continues_after_its_last_row()
        {
            var fetch = new XElement("fetch", new XAttribute("count", 2), new XAttribute("page", 1), XElement.Parse(
                $"<entity name='{Widgets.Table}'><attribute name='new_number' /><order attribute='new_number' /></entity>"));
            var first = service.RetrieveMultiple(new FetchExpression(fetch.ToString()));
            service.Create(new Entity(Widgets.Table) { ["new_name"] = "W00000", ["new_number"] = 0 });

            fetch.SetAttributeValue("page", 2);
            fetch.SetAttributeValue("paging-cookie", first.PagingCookie);
            var second = service.RetrieveMultiple(new FetchExpression(fetch.ToString()));

            Assert.Contains("paging-cookie=\"&lt;cookie page=", fetch.ToString());
            Assert.Equal(new[] { 3, 4 }, Numbers(second));
        }

        [Fact]
        public void A_cookie_from_another_page_than_the_one_before_is_ignored()
        {
            var first = service.RetrieveMultiple(ByNumber(page: 1, cookie: null));

            var third = service.RetrieveMultiple(ByNumber(page: 3, cookie: first.PagingCookie));

            Assert.Equal(new[] { 5 }, Numbers(third));
            Assert.False(third.MoreRecords);
        }

        [Fact]
        public void A_cookie_for_other_order_columns_or_one_the_kit_did_not_write_is_refused()
        {
            var first = service.RetrieveMultiple(ByNumber(page: 1, cookie: null));
            var byName = new QueryExpression(Widgets.Table) { ColumnSet = new ColumnSet("new_number") };
            byName.AddOrder("new_name", OrderType.Ascending);
            byName.PageInfo = new PagingInfo { Count = 2, PageNumber = 2, PagingCookie = first.PagingCookie };

            FaultAssert.Throws(PlatformErrorCode.QueryBuilderPagingOrderBy, () => service.RetrieveMultiple(byName));
            FaultAssert.Throws(PlatformErrorCode.QueryBuilderInvalidPagingCookie, () => service.RetrieveMultiple(ByNumber(page: 2, cookie: "page 1")));
        }

        [Fact]
        public void Without_an_order_rows_come_in_primary_key_order_and_the_cookie_records_the_key()
        {
            var page = service.RetrieveMultiple(new QueryExpression(Widgets.Table) { ColumnSet = new ColumnSet("new_name") });

            var ids = page.Entities.Select(e => e.Id).ToList();
            Assert.Equal(ids.OrderBy(id => id), ids);
            Assert.Equal($"<cookie page=\"1\"><new_widgetid last=\"{ids.Last().ToString("B").ToUpperInvariant()}\" first=\"{ids.First().ToString("B").ToUpperInvariant()}\" /></cookie>", page.PagingCookie);
        }

        [Fact]
        public void Distinct_queries_and_orders_on_link_columns_get_no_cookie_and_page_by_position()
        {
            var distinct = ByNumber(page: 1, cookie: null);
            distinct.Distinct = true;
            var linkOrdered = new QueryExpression(Widgets.Table) { ColumnSet = new ColumnSet("new_number"), PageInfo = new PagingInfo { Count = 2, PageNumber = 2 } };
            var owner = linkOrdered.AddLink("systemuser", "ownerid", "systemuserid");
            owner.Orders.Add(new OrderExpression("fullname", OrderType.Ascending));
            linkOrdered.AddOrder("new_number", OrderType.Ascending);

            var distinctPage = service.RetrieveMultiple(distinct);
            var linkPage = service.RetrieveMultiple(linkOrdered);

            Assert.Null(distinctPage.PagingCookie);
            Assert.True(distinctPage.MoreRecords);
            Assert.Null(linkPage.PagingCookie);
            Assert.Equal(2, linkPage.Entities.Count);
            Assert.True(linkPage.MoreRecords);
        }

        [Fact]
        public void With_a_one_to_many_link_the_cookie_skips_the_rest_of_the_last_root_row_where_page_numbers_do_not()
        {
            var ann = org.AddUser("ann@contoso.com", org.RootBusinessUnit, 0, org.AddRole("A"), org.AddRole("B"), org.AddRole("C"));
            org.AddUser("bob@contoso.com", org.RootBusinessUnit, 0, org.AddRole("D"));
            QueryExpression UsersWithRoles(int page, string cookie)
            {
                var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("domainname"), PageInfo = new PagingInfo { Count = 2, PageNumber = page, PagingCookie = cookie } };
                query.Criteria.AddCondition("domainname", ConditionOperator.NotNull);
                query.AddOrder("domainname", OrderType.Ascending);
                query.AddLink("systemuserroles", "systemuserid", "systemuserid").Columns = new ColumnSet("roleid");
                return query;
            }

            var first = service.RetrieveMultiple(UsersWithRoles(1, null));
            var byCookie = service.RetrieveMultiple(UsersWithRoles(2, first.PagingCookie));
            var byNumber = service.RetrieveMultiple(UsersWithRoles(2, null));

            Assert.All(first.Entities, row => Assert.Equal(ann.Id, row.Id));
            Assert.Equal(new[] { "bob@contoso.com" }, byCookie.Entities.Select(e => e.GetAttributeValue<string>("domainname")));
            Assert.Equal(new[] { "ann@contoso.com", "bob@contoso.com" }, byNumber.Entities.Select(e => e.GetAttributeValue<string>("domainname")));
        }

        private static QueryExpression ByNumber(int page, string cookie)
        {
            var query = new QueryExpression(Widgets.Table) { ColumnSet = new ColumnSet("new_number"), PageInfo = new PagingInfo { Count = 2, PageNumber = page, PagingCookie = cookie } };
            query.AddOrder("new_number", OrderType.Ascending);
            return query;
        }

        private static int[] Numbers(EntityCollection page) => page.Entities.Select(e => e.GetAttributeValue<int>("new_number")).ToArray();
    }
}

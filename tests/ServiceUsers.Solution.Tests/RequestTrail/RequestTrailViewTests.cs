using System.Linq;
using System.Xml.Linq;
using ServiceUsers.Solution.Tests.Support;
using SolutionZip.Composition;

namespace ServiceUsers.Solution.Tests.RequestTrail
{
    /// <summary>
    /// The table's views (savedqueries): the four the issue names with their filters and orders, plus the quick find,
    /// lookup, associated and advanced find views every exported table carries.
    /// </summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class RequestTrailViewTests
    {
        private const int PublicView = 0;
        private readonly PackedTable _table;

        public RequestTrailViewTests(PackedSolutions packed)
        {
            _table = PackedTable.Of(packed.Unmanaged, ExpectedSolution.TableSchemaName);
        }

        [Fact]
        public void All_requests_is_the_default_public_view_newest_first_without_a_filter()
        {
            var view = _table.View("All Service User Requests");

            Assert.Equal(PublicView, (int)view.Element("querytype"));
            Assert.Equal("1", (string)view.Element("isdefault"));
            Assert.Equal(new[] { ("createdon", "true") }, Orders(view));
            Assert.Empty(Conditions(view));
            Assert.Single(_table.Views, candidate => (int)candidate.Element("querytype") == PublicView && (string)candidate.Element("isdefault") == "1");
        }

        [Fact]
        public void My_requests_are_those_requested_by_the_current_user()
        {
            var view = _table.View("My Service User Requests");

            Assert.Equal(PublicView, (int)view.Element("querytype"));
            Assert.Equal(new[] { ("new_requestedby", "eq-userid", (string)null) }, Conditions(view));
            Assert.Equal(new[] { ("createdon", "true") }, Orders(view));
        }

        [Fact]
        public void Requests_by_service_user_are_ordered_by_service_user_then_newest_first()
        {
            var view = _table.View("Service User Requests by Service User");

            Assert.Equal(PublicView, (int)view.Element("querytype"));
            Assert.Equal(new[] { ("new_serviceuser", "false"), ("createdon", "true") }, Orders(view));
            Assert.Empty(Conditions(view));
        }

        [Fact]
        public void Requests_of_the_last_30_days_filter_on_created_on()
        {
            var view = _table.View("Service User Requests of the Last 30 Days");

            Assert.Equal(PublicView, (int)view.Element("querytype"));
            Assert.Equal(new[] { ("createdon", "last-x-days", "30") }, Conditions(view));
            Assert.Equal(new[] { ("createdon", "true") }, Orders(view));
        }

        [Theory]
        [InlineData(4, "Quick Find Service User Requests")]
        [InlineData(64, "Service User Request Lookup View")]
        [InlineData(2, "Service User Request Associated View")]
        [InlineData(1, "Service User Request Advanced Find View")]
        public void The_system_views_exports_always_carry_are_there_and_default(int querytype, string name)
        {
            var view = Assert.Single(_table.Views, candidate => (int)candidate.Element("querytype") == querytype);

            Assert.Equal(name, (string)view.Element("LocalizedNames").Element("LocalizedName").Attribute("description"));
            Assert.Equal("1", (string)view.Element("isdefault"));
        }

        [Fact]
        public void Quick_find_searches_name_identity_and_correlation_id()
        {
            var view = _table.View("Quick Find Service User Requests");
            var filter = Assert.Single(view.Descendants("filter"));

            Assert.Equal("1", (string)view.Element("isquickfindquery"));
            Assert.Equal("1", (string)filter.Attribute("isquickfindfields"));
            Assert.Equal("or", (string)filter.Attribute("type"));
            Assert.Equal(
                new[] { ("new_name", "like", "{0}"), ("new_identity", "like", "{0}"), ("new_correlationid", "like", "{0}") },
                Conditions(view));
        }

        [Fact]
        public void Every_view_queries_the_table_and_shows_only_its_columns()
        {
            var columns = _table.Attributes.Select(attribute => (string)attribute.Element("LogicalName")).ToHashSet();
            foreach (var view in _table.Views)
            {
                var entity = view.Element("fetchxml").Element("fetch").Element("entity");
                Assert.Equal(ExpectedSolution.TableLogicalName, (string)entity.Attribute("name"));
                Assert.All(entity.Elements("attribute"), attribute => Assert.Contains((string)attribute.Attribute("name"), columns));
                Assert.All(view.Descendants("cell"), cell => Assert.Contains((string)cell.Attribute("name"), columns));
            }
        }

        private static (string Attribute, string Descending)[] Orders(XElement view) =>
            view.Element("fetchxml").Element("fetch").Element("entity").Elements("order")
                .Select(order => ((string)order.Attribute("attribute"), (string)order.Attribute("descending")))
                .ToArray();

        private static (string Attribute, string Operator, string Value)[] Conditions(XElement view) =>
            view.Descendants("condition")
                .Select(condition => ((string)condition.Attribute("attribute"), (string)condition.Attribute("operator"), (string)condition.Attribute("value")))
                .ToArray();
    }
}

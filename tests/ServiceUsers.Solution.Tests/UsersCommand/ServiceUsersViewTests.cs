using System.Linq;
using System.Xml.Linq;
using ServiceUsers.Solution.Tests.Support;
using SolutionZip.Composition;

namespace ServiceUsers.Solution.Tests.UsersCommand
{
    /// <summary>The public view "Service Users" the solution adds to the system table User.</summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class ServiceUsersViewTests
    {
        private readonly PackedSolutions _packed;

        public ServiceUsersViewTests(PackedSolutions packed)
        {
            _packed = packed;
        }

        private XElement View(PackageKind kind) => PackedTable.Of(_packed.Of(kind), ExpectedSolution.SystemUserSchemaName).View("Service Users");

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Is_the_only_view_the_shell_carries_a_public_view_and_not_the_default(PackageKind kind)
        {
            var table = PackedTable.Of(_packed.Of(kind), ExpectedSolution.SystemUserSchemaName);
            var view = Assert.Single(table.Views);

            Assert.Equal(ExpectedSolution.ServiceUsersViewId.ToString("B"), (string)view.Element("savedqueryid"));
            Assert.Equal("0", (string)view.Element("querytype"));
            Assert.Equal("0", (string)view.Element("isdefault"));
            Assert.Equal("0", (string)view.Element("isquickfindquery"));
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Lists_non_interactive_users_and_application_users(PackageKind kind)
        {
            var entity = View(kind).Element("fetchxml").Element("fetch").Element("entity");
            var filter = Assert.Single(entity.Elements("filter"));
            var conditions = filter.Elements("condition").Select(condition => ((string)condition.Attribute("attribute"), (string)condition.Attribute("operator"), (string)condition.Attribute("value")));

            Assert.Equal(ExpectedSolution.SystemUserLogicalName, (string)entity.Attribute("name"));
            Assert.Equal("or", (string)filter.Attribute("type"));
            Assert.Equal(new[] { ("accessmode", "eq", "4"), ("applicationid", "not-null", (string)null) }, conditions);
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Shows_business_unit_status_and_created_on_and_fetches_every_column_it_shows(PackageKind kind)
        {
            var view = View(kind);
            var cells = view.Element("layoutxml").Descendants("cell").Select(cell => (string)cell.Attribute("name")).ToList();
            var fetched = view.Element("fetchxml").Descendants("attribute").Select(attribute => (string)attribute.Attribute("name")).ToList();

            Assert.Subset(cells.ToHashSet(), new[] { "fullname", "businessunitid", "isdisabled", "createdon" }.ToHashSet());
            Assert.All(cells, cell => Assert.Contains(cell, fetched));
            Assert.Equal("systemuserid", (string)view.Element("layoutxml").Element("grid").Element("row").Attribute("id"));
        }
    }
}

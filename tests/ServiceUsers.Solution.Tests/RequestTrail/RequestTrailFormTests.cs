using System.Linq;
using ServiceUsers.Solution.Tests.Support;
using SolutionZip.Composition;

namespace ServiceUsers.Solution.Tests.RequestTrail
{
    /// <summary>The table's main form shows every trail column and lets nobody edit one: rows are the plug-in's.</summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class RequestTrailFormTests
    {
        private readonly PackedSolutions _packed;

        public RequestTrailFormTests(PackedSolutions packed)
        {
            _packed = packed;
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Every_control_of_the_main_form_is_disabled(PackageKind kind)
        {
            var form = PackedTable.Of(_packed.Of(kind), ExpectedSolution.TableSchemaName).Form("main", ExpectedSolution.MainFormId);
            var controls = form.Descendants("control").ToList();

            Assert.NotEmpty(controls);
            Assert.All(controls, control => Assert.Equal("true", (string)control.Attribute("disabled")));
        }

        [Fact]
        public void The_main_form_shows_every_trail_column()
        {
            var table = PackedTable.Of(_packed.Unmanaged, ExpectedSolution.TableSchemaName);
            var shown = table.Form("main", ExpectedSolution.MainFormId).Descendants("control").Select(control => (string)control.Attribute("datafieldname")).ToList();
            var custom = table.Attributes.Where(attribute => (string)attribute.Element("IsCustomField") == "1").Select(attribute => (string)attribute.Element("LogicalName"));

            Assert.All(custom, column => Assert.Contains(column, shown));
            Assert.Equal(shown.Distinct().Count(), shown.Count);
        }

        [Fact]
        public void The_main_form_is_the_tables_only_form_and_sits_in_the_exports_forms_block()
        {
            var table = PackedTable.Of(_packed.Unmanaged, ExpectedSolution.TableSchemaName);
            var forms = Assert.Single(table.Entity.Element("FormXml").Elements("forms"));

            Assert.Equal("main", (string)forms.Attribute("type"));
            Assert.Single(forms.Elements("systemform"));
        }
    }
}

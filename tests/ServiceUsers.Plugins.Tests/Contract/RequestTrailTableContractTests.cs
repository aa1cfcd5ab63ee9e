using System.Linq;
using System.Xml.Linq;
using ServiceUsers.Plugins.RequestTrail;
using ServiceUsers.TestSupport;
using Table = ServiceUsers.Plugins.RequestTrail.ServiceUserRequestTable;

namespace ServiceUsers.Plugins.Tests.Contract
{
    /// <summary>The names and choice values the plug-in writes are those of the table the solution ships.</summary>
    public class RequestTrailTableContractTests
    {
        private static readonly XElement Entity = XDocument.Load(RepositoryRoot.PathOf("solution", "Entities", "new_ServiceUserRequest", "Entity.xml")).Root;

        private static XElement Attribute(string logicalName) =>
            Entity.Descendants("attribute").SingleOrDefault(attribute => (string)attribute.Element("LogicalName") == logicalName);

        [Fact]
        public void Every_column_the_plugin_writes_exists()
        {
            var columns = new[] { Table.Name, Table.RequestedBy, Table.InitiatedBy, Table.ServiceUser, Table.Identity, Table.Kind, Table.BusinessUnit, Table.RolesAdded, Table.TeamsAdded, Table.Outcome, Table.CorrelationId };

            Assert.All(columns, column => Assert.True(Attribute(column) != null, $"the solution's table has no column {column}"));
            Assert.Equal(Table.LogicalName, ((string)Entity.Element("Name")).ToLowerInvariant());
        }

        [Theory]
        [InlineData(Table.Kind, Table.KindValues.NonInteractive)]
        [InlineData(Table.Kind, Table.KindValues.Application)]
        [InlineData(Table.Outcome, Table.OutcomeValues.Created)]
        [InlineData(Table.Outcome, Table.OutcomeValues.Converted)]
        [InlineData(Table.Outcome, Table.OutcomeValues.Completed)]
        public void Every_choice_value_the_plugin_writes_is_an_option_of_the_column(string column, int value)
        {
            var options = Attribute(column).Descendants("option").Select(option => (int)option.Attribute("value"));

            Assert.Contains(value, options);
        }
    }
}

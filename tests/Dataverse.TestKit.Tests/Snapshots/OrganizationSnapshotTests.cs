using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.TestKit.Tests.Snapshots
{
    public class OrganizationSnapshotTests
    {
        [Fact]
        public void Snapshots_of_an_unchanged_organization_are_equal_and_reads_change_nothing()
        {
            var org = new InMemoryOrganization();
            var user = org.AddUser("ann@contoso.com");
            var before = org.Snapshot();

            org.SystemService.Retrieve("systemuser", user.Id, new Microsoft.Xrm.Sdk.Query.ColumnSet(true));

            Assert.Equal(before, org.Snapshot());
            Assert.Equal(string.Empty, org.Snapshot().DifferencesFrom(before));
        }

        [Fact]
        public void A_change_makes_them_differ_with_a_readable_diff()
        {
            var org = new InMemoryOrganization();
            var user = org.AddUser("ann@contoso.com");
            var before = org.Snapshot();

            org.SystemService.Update(new Entity("systemuser", user.Id) { ["jobtitle"] = "Engineer" });
            var teamId = org.SystemService.Create(new Entity("team") { ["name"] = "Ops" });
            var after = org.Snapshot();

            Assert.NotEqual(before, after);
            var diff = after.DifferencesFrom(before);
            Assert.Contains($"~ systemuser {user.Id}: jobtitle: null -> \"Engineer\"", diff);
            Assert.Contains($"+ team {teamId} 'Ops'", diff);
            Assert.Equal(before.RowCounts["team"] + 1, after.RowCounts["team"]);
        }
    }
}

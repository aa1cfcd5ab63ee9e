using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace ServiceUsers.Plugins.Tests.Hardening
{
    /// <summary>Runs every cell of <see cref="HostileCallerMatrix"/>; a denied cell must leave nothing behind.</summary>
    public class HostileCallerMatrixTests
    {
        public static IEnumerable<object[]> Cells() => HostileCallerMatrix.Cells().Select(cell => new object[] { cell.Caller, cell.Target, cell.Ask, cell.Outcome });

        [Theory]
        [MemberData(nameof(Cells))]
        public void Each_caller_gets_exactly_the_outcome_of_its_cell(string caller, string target, string ask, string outcome)
        {
            var cell = new HostileCallerCell(caller, target, ask, outcome);
            var org = new HostileCallerOrganization();
            var request = org.RequestFor(cell);
            var before = org.Scenario.Org.Snapshot();

            if (cell.Outcome == "created")
            {
                var response = org.Scenario.Execute(org.Callers[cell.Caller], request);
                var user = org.Scenario.Org.Record("systemuser", (Guid)response["SystemUserId"]);
                Assert.True((bool)response["Created"], cell.ToString());
                Assert.Equal(org.Targets[cell.Target].Id, user.GetAttributeValue<EntityReference>("businessunitid").Id);
                return;
            }

            var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Scenario.Execute(org.Callers[cell.Caller], request));
            if (cell.Outcome == "platform")
            {
                Assert.False(fault.Detail.Message.StartsWith("SU", StringComparison.Ordinal), $"{cell}: {fault.Detail.Message}");
            }
            else
            {
                Assert.True(fault.Detail.Message.StartsWith(cell.Outcome + " ", StringComparison.Ordinal), $"{cell}: {fault.Detail.Message}");
            }

            Assert.Equal(before, org.Scenario.Org.Snapshot());
        }

        [Fact]
        public void The_matrix_covers_every_caller_against_every_target()
        {
            var cells = HostileCallerMatrix.Cells();
            var plain = cells.Where(cell => cell.Ask == "plain").Select(cell => (cell.Caller, cell.Target)).ToHashSet();

            foreach (var caller in new[] { "none", "local", "deep", "global" })
            {
                foreach (var target in new[] { "own", "child", "sibling", "root" })
                {
                    Assert.Contains((caller, target), plain);
                }
            }
        }
    }
}

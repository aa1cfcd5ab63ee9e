using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Infrastructure;
using ServiceUsers.Plugins.Tests.Support;
using ServiceUsers.TestSupport;

namespace ServiceUsers.Plugins.Tests.Delegation
{
    /// <summary>
    /// A team whose roles hold more than 5,000 privilege rows: RetrieveMultiple answers 5,000 rows a page ("Page large
    /// result sets with QueryExpression"), so an escalation check that reads one page judges part of the team. The one
    /// privilege the delegate lacks is chosen as the last grant in key order, so it lies beyond the first page whatever
    /// ids the organization generated.
    /// </summary>
    public class TeamRolesBeyondOnePageTests
    {
        private const int TablesToAdd = 640; // 8 privileges each: 5,120 distinct privileges for the team's roles
        private const int RolesInTeam = 8;

        private readonly ServiceUserScenario scenario = new ServiceUserScenario();
        private readonly EntityReference everything;
        private readonly EntityReference delegateUser;
        private readonly string lackedPrivilege;

        public TeamRolesBeyondOnePageTests()
        {
            var org = scenario.Org;
            var before = new HashSet<Guid>(org.Privileges.Select(privilege => privilege.Id));
            for (var table = 0; table < TablesToAdd; table++)
            {
                org.AddTable($"new_bulk{table:D3}");
            }

            var added = org.Privileges.Where(privilege => !before.Contains(privilege.Id)).Select(privilege => privilege.Name).ToList();
            var perRole = (added.Count + RolesInTeam - 1) / RolesInTeam;
            var roles = Enumerable.Range(0, RolesInTeam)
                .Select(index => org.AddRole($"Bulk {index}", added.Skip(index * perRole).Take(perRole).Select(name => (name, PrivilegeDepth.Local)).ToArray()))
                .ToArray();
            everything = org.AddTeam("Everything", scenario.Root, TeamKind.Owner, roles);

            lackedPrivilege = LastGrantInKeyOrder(org, everything);
            var held = DelegatedAdminPrivileges.With(PrivilegeDepth.Global)
                .Concat(added.Where(name => name != lackedPrivilege).Select(name => (name, PrivilegeDepth.Global)))
                .ToArray();
            delegateUser = org.AddUser("bulk.delegate@contoso.com", scenario.Root, 0, org.AddRole("Almost everything", held));
            org.ResetCalls();
        }

        [Fact]
        public void A_delegate_lacking_one_privilege_past_the_first_page_is_refused_and_nothing_is_written()
        {
            var before = scenario.Org.Snapshot();

            var fault = scenario.Refusal(delegateUser, ServiceUserScenario.NonInteractiveRequest().With("Teams", "Everything"), ServiceUserErrorCode.TeamMembershipDenied);

            Assert.Contains("'Everything'", fault.Message);
            Assert.Equal(before, scenario.Org.Snapshot());
            var grantPages = scenario.Org.Calls.Count(call => call.Message == "RetrieveMultiple" && call.EntityLogicalName == "roleprivileges");
            Assert.True(grantPages >= 2, $"the team's grants were read in {grantPages} page(s)");
        }

        [Fact]
        public void A_System_Administrator_making_the_same_request_succeeds()
        {
            var response = scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("Teams", "Everything"));

            Assert.Contains(everything.Id, scenario.Org.TeamsOf((Guid)response["SystemUserId"]));
        }

        [Fact]
        public void The_same_delegate_may_hand_out_the_team_once_it_holds_the_last_privilege()
        {
            scenario.Org.AssignRoles(delegateUser, scenario.Org.AddRole("The last one", (lackedPrivilege, PrivilegeDepth.Global)));

            var response = scenario.Execute(delegateUser, ServiceUserScenario.NonInteractiveRequest().With("Teams", "Everything"));

            Assert.Contains(everything.Id, scenario.Org.TeamsOf((Guid)response["SystemUserId"]));
        }

        private static string LastGrantInKeyOrder(InMemoryOrganization org, EntityReference team)
        {
            var query = new QueryExpression("roleprivileges") { ColumnSet = new ColumnSet("privilegeid") };
            query.AddOrder("roleprivilegeid", OrderType.Ascending);
            query.AddLink("teamroles", "roleid", "roleid").LinkCriteria.AddCondition("teamid", ConditionOperator.Equal, team.Id);
            var rows = AllPages.Retrieve(org.SystemService, query);
            Assert.True(rows.Count > AllPages.PageSize, $"only {rows.Count} grants");
            var lastId = rows[rows.Count - 1].GetAttributeValue<Guid>("privilegeid");
            return org.Privileges.Single(privilege => privilege.Id == lastId).Name;
        }
    }
}

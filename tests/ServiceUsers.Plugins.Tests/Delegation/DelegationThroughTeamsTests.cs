using System;
using Dataverse.TestKit;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;
using ServiceUsers.TestSupport;

namespace ServiceUsers.Plugins.Tests.Delegation
{
    /// <summary>
    /// Delegates whose Create User privilege comes only through an Entra ID group team, the way many enterprises grant
    /// roles. The custom API's execute privilege passes through team membership (custom API docs), so the plug-in must
    /// judge the caller on the same effective privileges: the team's grant at its real depth, measured from the team's
    /// business unit (RetrieveUserPrivilegeByPrivilegeName), not the Basic depth RetrieveUserPrivileges reports for it.
    /// The delegate sits in Support, away from the team's unit, so a grant measured from the wrong unit shows.
    /// </summary>
    public class DelegationThroughTeamsTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();

        private EntityReference DelegateThroughEntraTeam(PrivilegeDepth createUserDepth, EntityReference teamBusinessUnit)
        {
            var role = scenario.Org.AddRole($"Entra user admins ({createUserDepth})", DelegatedAdminPrivileges.With(createUserDepth));
            var team = scenario.Org.AddTeam($"Entra user admins {createUserDepth}", teamBusinessUnit, TeamKind.AadSecurityGroup, role);
            var delegateUser = scenario.Org.AddUser($"entra.{createUserDepth}@contoso.com".ToLowerInvariant(), scenario.Support);
            scenario.Org.AddTeamMembers(team, delegateUser);
            return delegateUser;
        }

        private Guid CreateIn(EntityReference caller, EntityReference businessUnit, string domainName) =>
            (Guid)scenario.Execute(caller, ServiceUserScenario.NonInteractiveRequest(domainName).With("BusinessUnitId", businessUnit.Id))["SystemUserId"];

        [Fact]
        public void A_Global_grant_through_an_Entra_group_team_creates_in_any_unit()
        {
            var delegateUser = DelegateThroughEntraTeam(PrivilegeDepth.Global, scenario.Sales);

            var inSupport = CreateIn(delegateUser, scenario.Support, "svc-a@contoso.com");
            var inEmea = CreateIn(delegateUser, scenario.SalesEmea, "svc-b@contoso.com");

            Assert.Equal(scenario.Support.Id, scenario.Org.Record("systemuser", inSupport).GetAttributeValue<EntityReference>("businessunitid").Id);
            Assert.Equal(scenario.SalesEmea.Id, scenario.Org.Record("systemuser", inEmea).GetAttributeValue<EntityReference>("businessunitid").Id);
        }

        [Fact]
        public void A_Deep_grant_through_a_team_reaches_the_team_unit_and_below_but_not_above_nor_the_delegates_own_unit()
        {
            var delegateUser = DelegateThroughEntraTeam(PrivilegeDepth.Deep, scenario.Sales);

            CreateIn(delegateUser, scenario.Sales, "svc-sales@contoso.com");
            CreateIn(delegateUser, scenario.SalesEmea, "svc-emea@contoso.com");
            var before = scenario.Org.Snapshot();
            scenario.Refusal(delegateUser, ServiceUserScenario.NonInteractiveRequest("svc-root@contoso.com").With("BusinessUnitId", scenario.Root.Id), ServiceUserErrorCode.CallerMayNotCreateUsersThere);
            scenario.Refusal(delegateUser, ServiceUserScenario.NonInteractiveRequest("svc-support@contoso.com").With("BusinessUnitId", scenario.Support.Id), ServiceUserErrorCode.CallerMayNotCreateUsersThere);

            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Fact]
        public void A_Basic_grant_through_a_team_reaches_no_unit()
        {
            var delegateUser = DelegateThroughEntraTeam(PrivilegeDepth.Basic, scenario.Sales);
            var before = scenario.Org.Snapshot();

            scenario.Refusal(delegateUser, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.Sales.Id), ServiceUserErrorCode.CallerMayNotCreateUsersThere);
            scenario.Refusal(delegateUser, ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", scenario.Support.Id), ServiceUserErrorCode.CallerMayNotCreateUsersThere);

            Assert.Equal(before, scenario.Org.Snapshot());
        }

        [Fact]
        public void The_escalation_check_counts_team_inherited_privileges_at_their_real_depth()
        {
            // The delegate may hand out a team whose role needs Global Read Team only because its own Global grant comes
            // through the Entra team; the Basic view of RetrieveUserPrivileges would have refused it.
            var delegateUser = DelegateThroughEntraTeam(PrivilegeDepth.Global, scenario.Sales);
            var readers = scenario.Org.AddTeam("Global readers", scenario.Root, TeamKind.Owner, scenario.Org.AddRole("Global team reader", ("prvReadTeam", PrivilegeDepth.Global)));

            var userId = (Guid)scenario.Execute(delegateUser, ServiceUserScenario.NonInteractiveRequest().With("Teams", "Global readers"))["SystemUserId"];

            Assert.Contains(readers.Id, scenario.Org.TeamsOf(userId));
        }
    }
}

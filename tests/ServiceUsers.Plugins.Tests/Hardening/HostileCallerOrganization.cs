using System;
using System.Collections.Generic;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.Hardening
{
    /// <summary>The scenario's organization plus the callers, roles and teams the matrix names.</summary>
    public sealed class HostileCallerOrganization
    {
        public HostileCallerOrganization()
        {
            Scenario = new ServiceUserScenario();
            var org = Scenario.Org;
            var teamLocalRole = org.AddRole("Team-local Service Account Manager",
                ("prvCreateUser", PrivilegeDepth.Deep), ("prvReadUser", PrivilegeDepth.Global), ("prvReadBusinessUnit", PrivilegeDepth.Global),
                ("prvReadRole", PrivilegeDepth.Global), ("prvAssignRole", PrivilegeDepth.Global), ("prvReadTeam", PrivilegeDepth.Global),
                ("prvWriteTeam", PrivilegeDepth.Deep), ("prvAppendToTeam", PrivilegeDepth.Deep));
            Callers = new Dictionary<string, EntityReference>
            {
                ["none"] = Scenario.Bystander,
                ["local"] = Scenario.LocalDelegate,
                ["deep"] = Scenario.DeepDelegate,
                ["global"] = Scenario.GlobalDelegate,
                ["teamlocal"] = org.AddUser("team.local.delegate@contoso.com", Scenario.Sales, 0, teamLocalRole),
            };
            Targets = new Dictionary<string, EntityReference>
            {
                ["own"] = Scenario.Sales,
                ["child"] = Scenario.SalesEmea,
                ["sibling"] = Scenario.Support,
                ["root"] = Scenario.Root,
            };
            DeeperRole = org.AddRole("Team Deleter", ("prvDeleteTeam", PrivilegeDepth.Global));
            SalesTeam = org.AddTeam("Sales Integrations", Scenario.Sales);
            AdminTeam = org.AddTeam("Sales Admins", Scenario.Sales, Dataverse.TestKit.TeamKind.Owner, org.SystemAdministratorRole);
        }

        public ServiceUserScenario Scenario { get; }

        public IReadOnlyDictionary<string, EntityReference> Callers { get; }

        public IReadOnlyDictionary<string, EntityReference> Targets { get; }

        public EntityReference DeeperRole { get; }

        public EntityReference SalesTeam { get; }

        public EntityReference AdminTeam { get; }

        public OrganizationRequest RequestFor(HostileCallerCell cell)
        {
            var request = ServiceUserScenario.NonInteractiveRequest().With("BusinessUnitId", Targets[cell.Target].Id);
            switch (cell.Ask)
            {
                case "plain":
                    return request;
                case "ownrole":
                    return request.With("Roles", "Integration Reader");
                case "sysadmin":
                    return request.With("Roles", "System Administrator");
                case "deeper":
                    return request.With("Roles", DeeperRole.Id.ToString());
                case "ownteam":
                    return request.With("Teams", SalesTeam.Id.ToString());
                case "rootteam":
                    return request.With("Teams", Scenario.Integrations.Id.ToString());
                case "adminteam":
                    return request.With("Teams", AdminTeam.Id.ToString());
                default:
                    throw new ArgumentException("Unknown ask " + cell.Ask);
            }
        }
    }
}

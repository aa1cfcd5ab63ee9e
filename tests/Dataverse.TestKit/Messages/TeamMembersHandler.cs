using System;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Pipeline;
using Dataverse.TestKit.Platform;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Messages
{
    /// <summary>
    /// AddMembersTeam / RemoveMembersTeam (TeamId, MemberIds): the team-membership rules, then the teammembership rows.
    /// Adding a user who is already a member changes nothing.
    /// </summary>
    internal sealed class TeamMembersHandler : IMessageHandler
    {
        private readonly OrganizationEngine engine;
        private readonly bool add;

        public TeamMembersHandler(OrganizationEngine engine, bool add)
        {
            this.engine = engine;
            this.add = add;
        }

        public string TableOf(OrganizationRequest request) => TableNames.Team;

        public OrganizationResponse Handle(OrganizationRequest request, CallContext context)
        {
            var teamId = RequestParameters.Required<Guid>(request, "TeamId");
            var memberIds = RequestParameters.Required<Guid[]>(request, "MemberIds");
            engine.TeamMembershipRules.BeforeMembershipChange(teamId, context.Caller);

            foreach (var memberId in memberIds)
            {
                if (!engine.Store.Contains(TableNames.SystemUser, memberId))
                {
                    throw PlatformFault.ObjectDoesNotExist(TableNames.SystemUser, memberId);
                }
            }

            foreach (var memberId in memberIds)
            {
                var link = engine.Directory.FindAssociation(SystemTables.TeamMembership, memberId, teamId);
                if (add && link == null)
                {
                    Associations.Insert(engine.Store, SystemTables.TeamMembership, memberId, teamId);
                }
                else if (!add && link != null)
                {
                    engine.Store.Remove(SystemTables.TeamMembership.IntersectTable, link.Id);
                }
            }

            return add
                ? (OrganizationResponse)new AddMembersTeamResponse { ResponseName = MessageNames.AddMembersTeam }
                : new OrganizationResponse { ResponseName = MessageNames.RemoveMembersTeam };
        }
    }
}

using System;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Security;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Rules
{
    /// <summary>
    /// Rules for changing a team's members (AddMembersTeam / RemoveMembersTeam / teammembership_association):
    /// <list type="bullet">
    /// <item>a business unit's default team follows the unit's users, and an Entra-group team follows Entra, so neither
    /// takes explicit members (refused for SYSTEM too; InvalidArgument, code chosen);</item>
    /// <item>a system-managed access team (teamtype 1, systemmanaged) keeps its members per record through
    /// AddUserToRecordTeam / RemoveUserFromRecordTeam, so it takes no direct members either (team docs; code chosen);</item>
    /// <item>a non-SYSTEM caller needs Write and AppendTo on the team at a depth reaching the team's business unit
    /// (prvWriteTeam, prvAppendToTeam). The platform's exact requirement is not documented; this is the choice, made
    /// because the membership is part of the team record and users are appended to it.</item>
    /// </list>
    /// </summary>
    internal sealed class TeamMembershipRules
    {
        private readonly RecordStore store;
        private readonly MetadataCatalogue metadata;
        private readonly AccessChecker access;

        public TeamMembershipRules(RecordStore store, MetadataCatalogue metadata, AccessChecker access)
        {
            this.store = store;
            this.metadata = metadata;
            this.access = access;
        }

        public void BeforeMembershipChange(Guid teamId, Principal caller)
        {
            var teamTable = metadata.Require(TableNames.Team);
            var team = store.Find(TableNames.Team, teamId) ?? throw PlatformFault.ObjectDoesNotExist(TableNames.Team, teamId);
            access.Demand(caller, teamTable, AccessRight.Write, RecordScope.Of(teamTable, team));
            access.Demand(caller, teamTable, AccessRight.AppendTo, RecordScope.Of(teamTable, team));

            if (team.GetAttributeValue<bool>("isdefault"))
            {
                throw PlatformFault.InvalidArgument($"Cannot add or remove members of the default team of a business unit (TeamId = {teamId}); its membership follows the business unit's users.");
            }

            var teamType = team.GetAttributeValue<OptionSetValue>("teamtype")?.Value ?? 0;
            if (teamType == (int)TeamKind.Access && team.GetAttributeValue<bool>("systemmanaged"))
            {
                throw PlatformFault.InvalidArgument($"Cannot add or remove members of a system-managed access team (TeamId = {teamId}); use AddUserToRecordTeam or RemoveUserFromRecordTeam on its record.");
            }

            if (teamType == (int)TeamKind.AadSecurityGroup || teamType == (int)TeamKind.AadOfficeGroup)
            {
                throw PlatformFault.InvalidArgument($"Cannot add or remove members of a Microsoft Entra group team (TeamId = {teamId}); its membership comes from the Entra group.");
            }
        }
    }
}

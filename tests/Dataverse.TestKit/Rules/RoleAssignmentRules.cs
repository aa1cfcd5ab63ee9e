using System;
using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Security;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Rules
{
    /// <summary>
    /// Rules for giving a role to a user (systemuserroles_association) or a team (teamroles_association):
    /// <list type="bullet">
    /// <item>the role must be the copy in the principal's business unit (UserInWrongBusiness 0x80041409; for teams the
    /// same code is used, chosen);</item>
    /// <item>an Entra-group team only takes roles whose member privilege inheritance is not "Team privileges only"
    /// (AadGroupTeamsCanOnlyAssignInheritableRoles 0x80048350);</item>
    /// <item>a non-SYSTEM caller needs Read and Assign on the role (prvReadRole, prvAssignRole: "minimum privileges are
    /// Read and Assign on the Security Role entity", security-roles docs) and cannot hand out a privilege, or a deeper
    /// depth of one, that the caller does not hold ("the person who is assigning the security role cannot assign someone
    /// else with a security role that has more privileges than the assignee"). No public code for the escalation was
    /// found, so it is AccessDenied 0x80048405.</item>
    /// </list>
    /// SYSTEM skips the caller rules, not the business-unit rules.
    /// Removing a role needs the same Read and Assign privileges; the escalation rule applies to adding only.
    /// </summary>
    internal sealed class RoleAssignmentRules
    {
        private readonly RecordStore store;
        private readonly MetadataCatalogue metadata;
        private readonly OrganizationDirectory directory;
        private readonly PrivilegeResolver resolver;
        private readonly AccessChecker access;

        public RoleAssignmentRules(RecordStore store, MetadataCatalogue metadata, OrganizationDirectory directory, PrivilegeResolver resolver, AccessChecker access)
        {
            this.store = store;
            this.metadata = metadata;
            this.directory = directory;
            this.resolver = resolver;
            this.access = access;
        }

        public void BeforeAssignToUser(Guid userId, Guid roleId, Principal caller)
        {
            var userBusinessUnit = directory.BusinessUnitOfUser(userId);
            var roleBusinessUnit = directory.BusinessUnitOfRole(roleId);
            if (userBusinessUnit != roleBusinessUnit)
            {
                throw PlatformFault.Create(
                    PlatformErrorCode.UserInWrongBusiness,
                    $"Cannot associate security role because the security role's Business Unit is not the same as the user's Business Unit. Details: userid={userId}, userBU={userBusinessUnit}, roleId={roleId}, roleBU={roleBusinessUnit}");
            }

            DemandAssign(roleId, caller);
            DemandNoEscalation(roleId, caller);
        }

        public void BeforeAssignToTeam(Guid teamId, Guid roleId, Principal caller)
        {
            var team = store.Find(TableNames.Team, teamId);
            var teamBusinessUnit = directory.BusinessUnitOfTeam(teamId);
            var roleBusinessUnit = directory.BusinessUnitOfRole(roleId);
            if (teamBusinessUnit != roleBusinessUnit)
            {
                throw PlatformFault.Create(
                    PlatformErrorCode.UserInWrongBusiness,
                    $"Cannot associate security role because the security role's Business Unit is not the same as the team's Business Unit. Details: teamid={teamId}, teamBU={teamBusinessUnit}, roleId={roleId}, roleBU={roleBusinessUnit}");
            }

            var teamType = team.GetAttributeValue<OptionSetValue>("teamtype")?.Value ?? 0;
            var inheritance = store.Find(TableNames.Role, roleId).GetAttributeValue<OptionSetValue>("isinherited")?.Value ?? 1;
            if ((teamType == (int)TeamKind.AadSecurityGroup || teamType == (int)TeamKind.AadOfficeGroup) && inheritance == 0)
            {
                throw PlatformFault.Create(
                    PlatformErrorCode.AadGroupTeamsCanOnlyAssignInheritableRoles,
                    $"Cannot assign security role with \"Team Privileges only\" Inheritance to AAD Group or Office Group teams. (TeamId = {teamId})");
            }

            DemandAssign(roleId, caller);
            DemandNoEscalation(roleId, caller);
        }

        public void BeforeRemove(Guid roleId, Principal caller) => DemandAssign(roleId, caller);

        private void DemandAssign(Guid roleId, Principal caller)
        {
            var roleTable = metadata.Require(TableNames.Role);
            var scope = RecordScope.Of(roleTable, store.Find(TableNames.Role, roleId));
            access.Demand(caller, roleTable, AccessRight.Read, scope);
            access.Demand(caller, roleTable, AccessRight.Assign, scope);
        }

        private void DemandNoEscalation(Guid roleId, Principal caller)
        {
            if (caller.IsSystem)
            {
                return;
            }

            var held = resolver.EffectivePrivileges(caller.UserId);
            var beyond = resolver.PrivilegesOfRole(roleId)
                .Where(p => !held.TryGetValue(p.Privilege, out var depth) || PrivilegeDepths.Rank(depth) < PrivilegeDepths.Rank(p.Depth))
                .Select(p => held.TryGetValue(p.Privilege, out var depth) ? $"{p.Privilege.Name} {p.Depth} (caller holds {depth})" : $"{p.Privilege.Name} {p.Depth} (caller lacks it)")
                .ToList();
            if (beyond.Count > 0)
            {
                var roleName = store.Find(TableNames.Role, roleId).GetAttributeValue<string>("name");
                throw PlatformFault.Create(
                    PlatformErrorCode.AccessDenied,
                    "Access is denied.",
                    $"caller {caller.UserId} cannot assign role '{roleName}' ({roleId}): it holds privileges beyond the caller's: {string.Join("; ", beyond)}");
            }
        }
    }
}

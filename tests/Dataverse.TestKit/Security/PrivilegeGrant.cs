using System;
using Microsoft.Crm.Sdk.Messages;

namespace Dataverse.TestKit.Security
{
    /// <summary>
    /// One privilege a user holds through one role, and the principal whose position the depth is measured from:
    /// the user for the user's own roles, the team for a team's roles (and the user too when the role's
    /// member privilege inheritance, role.isinherited, is "direct user access level and team privileges").
    /// </summary>
    internal sealed class PrivilegeGrant
    {
        public PrivilegeGrant(PrivilegeDefinition privilege, PrivilegeDepth depth, Guid roleId, Guid principalId, Guid principalBusinessUnitId, bool principalIsTeam)
        {
            Privilege = privilege;
            Depth = depth;
            RoleId = roleId;
            PrincipalId = principalId;
            PrincipalBusinessUnitId = principalBusinessUnitId;
            PrincipalIsTeam = principalIsTeam;
        }

        public PrivilegeDefinition Privilege { get; }

        public PrivilegeDepth Depth { get; }

        public Guid RoleId { get; }

        public Guid PrincipalId { get; }

        public Guid PrincipalBusinessUnitId { get; }

        public bool PrincipalIsTeam { get; }
    }
}

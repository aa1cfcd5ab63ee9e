using System;
using Microsoft.Crm.Sdk.Messages;

namespace Dataverse.TestKit.Security
{
    /// <summary>
    /// One privilege a user holds through one role, and the principal whose position the depth is measured from:
    /// the user for the user's own roles, the team for a team's roles (and the user too, at Basic, when the role's
    /// member privilege inheritance, role.isinherited, is "Direct User (Basic) access level and Team privileges").
    /// </summary>
    internal sealed class PrivilegeGrant
    {
        public PrivilegeGrant(PrivilegeDefinition privilege, PrivilegeDepth depth, Guid roleId, Guid principalId, Guid principalBusinessUnitId, bool principalIsTeam, bool throughTeam)
        {
            Privilege = privilege;
            Depth = depth;
            RoleId = roleId;
            PrincipalId = principalId;
            PrincipalBusinessUnitId = principalBusinessUnitId;
            PrincipalIsTeam = principalIsTeam;
            ThroughTeam = throughTeam;
        }

        public PrivilegeDefinition Privilege { get; }

        public PrivilegeDepth Depth { get; }

        public Guid RoleId { get; }

        public Guid PrincipalId { get; }

        public Guid PrincipalBusinessUnitId { get; }

        public bool PrincipalIsTeam { get; }

        /// <summary>The grant comes from a team's role (held by the team, or given to the member at Basic by inheritance).</summary>
        public bool ThroughTeam { get; }
    }
}

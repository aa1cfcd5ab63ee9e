using System;
using Microsoft.Crm.Sdk.Messages;

namespace ServiceUsers.Plugins.Organization
{
    /// <summary>A privilege that one of a team's roles gives to every member of the team.</summary>
    public sealed class TeamGrant
    {
        public TeamGrant(Guid privilegeId, PrivilegeDepth depth)
        {
            PrivilegeId = privilegeId;
            Depth = depth;
        }

        public Guid PrivilegeId { get; }

        public PrivilegeDepth Depth { get; }

        /// <summary>roleprivileges.privilegedepthmask: 1 Basic, 2 Local, 4 Deep, 8 Global; the deepest bit wins.</summary>
        public static PrivilegeDepth DepthOfMask(int mask) =>
            (mask & 8) != 0 ? PrivilegeDepth.Global
            : (mask & 4) != 0 ? PrivilegeDepth.Deep
            : (mask & 2) != 0 ? PrivilegeDepth.Local
            : PrivilegeDepth.Basic;
    }
}

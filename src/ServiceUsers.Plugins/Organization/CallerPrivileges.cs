using System;
using System.Collections.Generic;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace ServiceUsers.Plugins.Organization
{
    /// <summary>
    /// Every privilege the caller holds (own roles and team roles), read with one RetrieveUserPrivileges call. It
    /// answers the two questions our authorization asks: does the caller's Create User privilege reach a business
    /// unit, and does the caller hold a privilege at least at a given depth (so the user cannot be given, through a
    /// team, more than the caller has).
    /// </summary>
    public sealed class CallerPrivileges
    {
        private readonly IReadOnlyList<RolePrivilege> _grants;
        private readonly Guid _callerBusinessUnitId;

        private CallerPrivileges(IReadOnlyList<RolePrivilege> grants, Guid callerBusinessUnitId)
        {
            _grants = grants;
            _callerBusinessUnitId = callerBusinessUnitId;
        }

        public static CallerPrivileges Load(IOrganizationService service, Guid callerId, Guid callerBusinessUnitId)
        {
            var response = (RetrieveUserPrivilegesResponse)service.Execute(new RetrieveUserPrivilegesRequest { UserId = callerId });
            return new CallerPrivileges(response.RolePrivileges ?? new RolePrivilege[0], callerBusinessUnitId);
        }

        /// <summary>
        /// Whether a grant of <paramref name="privilegeName"/> reaches the unit. Each grant is anchored at a business unit
        /// (the caller's own for its roles, the team's for team roles): Global covers every unit, Deep the anchor and the
        /// units below it, Local the anchor only. Basic (user level) covers none: systemuser rows are owned by a business
        /// unit, so a user-level grant never reaches one.
        /// </summary>
        public bool Reaches(string privilegeName, Guid businessUnitId, BusinessUnitTree tree)
        {
            foreach (var grant in _grants)
            {
                if (!string.Equals(grant.PrivilegeName, privilegeName, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var anchor = grant.BusinessUnitId == Guid.Empty ? _callerBusinessUnitId : grant.BusinessUnitId;
                switch (grant.Depth)
                {
                    case PrivilegeDepth.Global:
                        return true;
                    case PrivilegeDepth.Deep when tree.IsSameOrBelow(businessUnitId, anchor):
                        return true;
                    case PrivilegeDepth.Local when businessUnitId == anchor:
                        return true;
                }
            }

            return false;
        }

        /// <summary>Whether the caller holds the privilege at <paramref name="depth"/> or deeper (Basic &lt; Local &lt; Deep &lt; Global).</summary>
        public bool Holds(Guid privilegeId, PrivilegeDepth depth)
        {
            foreach (var grant in _grants)
            {
                if (grant.PrivilegeId == privilegeId && grant.Depth >= depth)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

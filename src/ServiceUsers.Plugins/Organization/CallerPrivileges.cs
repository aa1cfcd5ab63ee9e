using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace ServiceUsers.Plugins.Organization
{
    /// <summary>
    /// Some of the caller's privileges at their effective depth, team roles included. RetrieveUserPrivileges cannot be
    /// used for this: it answers privileges that come through teams at Basic depth only, so a delegate whose roles come
    /// from an Entra ID group team would look powerless ("RetrieveUserPrivileges Function", Remarks). The messages that
    /// answer the effective depth are RetrieveUserPrivilegeByPrivilegeName and RetrieveUserSetOfPrivilegesByIds; each
    /// grant comes back anchored at a business unit: the caller's own for its roles, the team's for a team's roles.
    /// </summary>
    public sealed class CallerPrivileges
    {
        /// <summary>Not a typed request in SDK 9.0.2.34, so it is sent late-bound.</summary>
        public const string SetOfPrivilegesByIdsMessage = "RetrieveUserSetOfPrivilegesByIds";

        private readonly IReadOnlyList<RolePrivilege> _grants;
        private readonly Guid _callerBusinessUnitId;

        private CallerPrivileges(IReadOnlyList<RolePrivilege> grants, Guid callerBusinessUnitId)
        {
            _grants = grants;
            _callerBusinessUnitId = callerBusinessUnitId;
        }

        public static CallerPrivileges Named(IOrganizationService service, Guid callerId, Guid callerBusinessUnitId, string privilegeName)
        {
            var response = (RetrieveUserPrivilegeByPrivilegeNameResponse)service.Execute(
                new RetrieveUserPrivilegeByPrivilegeNameRequest { UserId = callerId, PrivilegeName = privilegeName });
            return new CallerPrivileges(response.RolePrivileges ?? new RolePrivilege[0], callerBusinessUnitId);
        }

        public static CallerPrivileges WithIds(IOrganizationService service, Guid callerId, Guid callerBusinessUnitId, IEnumerable<Guid> privilegeIds)
        {
            var response = service.Execute(new OrganizationRequest(SetOfPrivilegesByIdsMessage)
            {
                ["UserId"] = callerId,
                ["PrivilegeIds"] = privilegeIds.Distinct().ToArray(),
            });
            var grants = response.Results.TryGetValue("RolePrivileges", out var value) ? value as RolePrivilege[] : null;
            return new CallerPrivileges(grants ?? new RolePrivilege[0], callerBusinessUnitId);
        }

        /// <summary>
        /// Whether a grant of <paramref name="privilegeName"/> reaches the unit. Global covers every unit, Deep the grant's
        /// anchor and the units below it, Local the anchor only. Basic (user level) covers none: systemuser rows are owned
        /// by a business unit, so a user-level grant never reaches one.
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
        public bool Holds(Guid privilegeId, PrivilegeDepth depth) =>
            _grants.Any(grant => grant.PrivilegeId == privilegeId && grant.Depth >= depth);
    }
}

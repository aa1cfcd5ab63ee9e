using System;
using System.Collections.Generic;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace ServiceUsers.Plugins.Organization
{
    /// <summary>
    /// Where a user holds one privilege: each grant is a depth anchored at a business unit (the user's own unit for
    /// roles of the user, the team's unit for roles inherited from a team). Read with RetrieveUserPrivilegeByPrivilegeName,
    /// one call whatever the number of roles.
    /// </summary>
    public sealed class PrivilegeCoverage
    {
        private readonly IReadOnlyList<RolePrivilege> _grants;
        private readonly Guid _userBusinessUnitId;

        private PrivilegeCoverage(IReadOnlyList<RolePrivilege> grants, Guid userBusinessUnitId)
        {
            _grants = grants;
            _userBusinessUnitId = userBusinessUnitId;
        }

        public static PrivilegeCoverage Load(IOrganizationService service, Guid userId, Guid userBusinessUnitId, string privilegeName)
        {
            var response = (RetrieveUserPrivilegeByPrivilegeNameResponse)service.Execute(
                new RetrieveUserPrivilegeByPrivilegeNameRequest { UserId = userId, PrivilegeName = privilegeName });
            return new PrivilegeCoverage(response.RolePrivileges ?? new RolePrivilege[0], userBusinessUnitId);
        }

        public bool HasAny => _grants.Count > 0;

        /// <summary>
        /// Global covers every unit, Deep the anchor unit and the units below it, Local the anchor unit only.
        /// Basic (user level) covers none: systemuser is owned by a business unit, so a user-level grant never reaches a unit.
        /// </summary>
        public bool Covers(Guid businessUnitId, BusinessUnitTree tree)
        {
            foreach (var grant in _grants)
            {
                var anchor = grant.BusinessUnitId == Guid.Empty ? _userBusinessUnitId : grant.BusinessUnitId;
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
    }
}

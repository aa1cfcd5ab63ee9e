using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Metadata;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Security
{
    /// <summary>
    /// The platform's two-step security check for a non-SYSTEM caller: first the privilege check (does the caller hold
    /// prv&lt;Verb&gt;&lt;Table&gt; at any depth? else 0x80040220), then the access check (does some grant's depth reach this
    /// row's business unit or owner? else 0x80048306). Depth: Basic = rows the principal owns, Local = the principal's
    /// business unit, Deep = that unit and its descendants, Global = everything.
    /// </summary>
    internal sealed class AccessChecker
    {
        private readonly OrganizationDirectory directory;
        private readonly PrivilegeResolver resolver;
        private readonly PrivilegeCatalogue catalogue;

        public AccessChecker(OrganizationDirectory directory, PrivilegeResolver resolver, PrivilegeCatalogue catalogue)
        {
            this.directory = directory;
            this.resolver = resolver;
            this.catalogue = catalogue;
        }

        /// <summary>Demands the table privilege for <paramref name="right"/> at a depth reaching <paramref name="scope"/>.</summary>
        public void Demand(Principal caller, TableDefinition table, AccessRight right, RecordScope scope)
        {
            if (caller.IsSystem || !table.IsSecured)
            {
                return;
            }

            var privilege = catalogue.For(table.LogicalName, right);
            var grants = privilege == null ? new List<PrivilegeGrant>() : GrantsFor(caller, privilege);
            if (grants.Count == 0)
            {
                throw MissingPrivilege(caller, privilege?.Name ?? "prv" + right + table.PrivilegeSuffix, privilege?.Id ?? Guid.Empty, table);
            }

            if (!grants.Any(grant => Reaches(caller, grant, scope)))
            {
                throw PlatformFault.Create(
                    PlatformErrorCode.AccessCheckFailed,
                    $"Principal user (Id={caller.UserId}, type=8) is missing {right}Access right(s) for record with Id = {scope.RecordId} of entity {table.LogicalName}. ({privilege.Name} is held at {DeepestDepth(grants)} depth, which does not reach the record's business unit or owner.)");
            }
        }

        /// <summary>Demands a named privilege at any depth (custom API execute privileges, RetrieveUserPrivileges).</summary>
        public void DemandAnyDepth(Principal caller, PrivilegeDefinition privilege, TableDefinition table)
        {
            if (caller.IsSystem)
            {
                return;
            }

            if (GrantsFor(caller, privilege).Count == 0)
            {
                throw MissingPrivilege(caller, privilege.Name, privilege.Id, table);
            }
        }

        /// <summary>Whether the caller may read a row: used to filter query results, as the platform does instead of failing.</summary>
        public Func<Entity, bool> ReadFilter(Principal caller, TableDefinition table)
        {
            if (caller.IsSystem || !table.IsSecured)
            {
                return row => true;
            }

            var privilege = catalogue.For(table.LogicalName, AccessRight.Read);
            var grants = privilege == null ? new List<PrivilegeGrant>() : GrantsFor(caller, privilege);
            if (grants.Count == 0)
            {
                throw MissingPrivilege(caller, privilege?.Name ?? "prvRead" + table.PrivilegeSuffix, privilege?.Id ?? Guid.Empty, table);
            }

            return row => grants.Any(grant => Reaches(caller, grant, RecordScope.Of(table, row)));
        }

        public bool Reaches(Principal caller, PrivilegeGrant grant, RecordScope scope)
        {
            if (scope.OrganizationWide || grant.Depth == PrivilegeDepth.Global)
            {
                return true;
            }

            if (OwnedByPrincipal(caller, grant, scope))
            {
                return true;
            }

            if (!scope.BusinessUnitId.HasValue)
            {
                return false;
            }

            switch (grant.Depth)
            {
                case PrivilegeDepth.Local:
                    return scope.BusinessUnitId.Value == grant.PrincipalBusinessUnitId;
                case PrivilegeDepth.Deep:
                    return directory.BusinessUnits.IsSameOrBelow(scope.BusinessUnitId.Value, grant.PrincipalBusinessUnitId);
                default:
                    return false;
            }
        }

        private bool OwnedByPrincipal(Principal caller, PrivilegeGrant grant, RecordScope scope)
        {
            if (!scope.OwnerId.HasValue)
            {
                return false;
            }

            if (grant.PrincipalIsTeam)
            {
                return scope.OwnerId.Value == grant.PrincipalId;
            }

            // A user's Basic depth also reaches rows owned by the teams the user belongs to.
            return scope.OwnerId.Value == caller.UserId || directory.TeamsOfUser(caller.UserId).Contains(scope.OwnerId.Value);
        }

        private List<PrivilegeGrant> GrantsFor(Principal caller, PrivilegeDefinition privilege) =>
            resolver.GrantsOf(caller.UserId).Where(g => g.Privilege.Id == privilege.Id).ToList();

        private static PrivilegeDepth DeepestDepth(IEnumerable<PrivilegeGrant> grants) =>
            grants.Select(g => g.Depth).OrderByDescending(PrivilegeDepths.Rank).First();

        private Exception MissingPrivilege(Principal caller, string privilegeName, Guid privilegeId, TableDefinition table)
        {
            var user = directory.User(caller.UserId);
            var roleCount = directory.RolesOfUser(caller.UserId).Count;
            var privilegeCount = resolver.EffectivePrivileges(caller.UserId).Count;
            var accessMode = user?.GetAttributeValue<OptionSetValue>("accessmode")?.Value ?? 0;
            return PlatformFault.Create(
                PlatformErrorCode.PrivilegeDenied,
                $"Principal user (Id={caller.UserId}, type=8, roleCount={roleCount}, privilegeCount={privilegeCount}, accessMode={accessMode}), is missing {privilegeName} privilege (Id={privilegeId}) on OTC={table?.ObjectTypeCode} for entity '{table?.LogicalName}'. context.Caller={caller.UserId}");
        }
    }
}

using System;
using System.Linq;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Security;
using Dataverse.TestKit.Storage;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Platform
{
    /// <summary>
    /// Dataverse keeps a copy of every security role in each business unit below the one it was created in:
    /// same name and roletemplateid, parentrootroleid = the original, parentroleid = the copy in the parent unit,
    /// with the same privileges. That is why a role id is not portable and a user's role must be "the copy in the
    /// user's business unit" (security-roles docs).
    /// </summary>
    internal sealed class RoleReplication
    {
        private readonly RecordStore store;
        private readonly BusinessUnitTree businessUnits;

        public RoleReplication(RecordStore store, BusinessUnitTree businessUnits)
        {
            this.store = store;
            this.businessUnits = businessUnits;
        }

        /// <summary>After a role row was inserted: marks it as its own root and copies it into every unit below its own.</summary>
        public void OnRoleCreated(Guid roleId)
        {
            var role = store.Find(TableNames.Role, roleId);
            if (role.GetAttributeValue<EntityReference>("parentrootroleid") == null)
            {
                store.Change(TableNames.Role, roleId, new[] { Pair("parentrootroleid", new EntityReference(TableNames.Role, roleId)) });
            }

            var businessUnit = role.GetAttributeValue<EntityReference>("businessunitid").Id;
            foreach (var child in ChildrenOf(businessUnit))
            {
                CopyInto(store.Find(TableNames.Role, roleId), child);
            }
        }

        /// <summary>After a business unit was inserted: copies its parent unit's roles into it.</summary>
        public void OnBusinessUnitCreated(Guid businessUnitId)
        {
            var parent = businessUnits.ParentOf(businessUnitId);
            if (!parent.HasValue)
            {
                return;
            }

            foreach (var parentRole in store.Rows(TableNames.Role).Where(r => r.GetAttributeValue<EntityReference>("businessunitid")?.Id == parent.Value).ToList())
            {
                CopyInto(parentRole, businessUnitId);
            }
        }

        /// <summary>Grants a privilege to a role and to all its copies.</summary>
        public void GrantToAllCopies(Guid rootRoleId, PrivilegeDefinition privilege, PrivilegeDepth depth)
        {
            foreach (var copy in store.Rows(TableNames.Role).Where(r => r.GetAttributeValue<EntityReference>("parentrootroleid")?.Id == rootRoleId).Select(r => r.Id).ToList())
            {
                Grant(copy, privilege, depth);
            }
        }

        public void Grant(Guid roleId, PrivilegeDefinition privilege, PrivilegeDepth depth)
        {
            var existing = store.RowsWith(TableNames.RolePrivileges, "roleid", roleId)
                .FirstOrDefault(r => r.GetAttributeValue<Guid>("privilegeid") == privilege.Id);
            if (existing != null)
            {
                store.Change(TableNames.RolePrivileges, existing.Id, new[] { Pair("privilegedepthmask", PrivilegeDepths.ToMask(depth)) });
                return;
            }

            var row = new Entity(TableNames.RolePrivileges, Guid.NewGuid());
            row["roleprivilegeid"] = row.Id;
            row["roleid"] = roleId;
            row["privilegeid"] = privilege.Id;
            row["privilegedepthmask"] = PrivilegeDepths.ToMask(depth);
            store.Insert(row);
        }

        private void CopyInto(Entity source, Guid businessUnitId)
        {
            var copy = new Entity(TableNames.Role, Guid.NewGuid());
            foreach (var attribute in source.Attributes)
            {
                copy[attribute.Key] = attribute.Value;
            }

            copy["roleid"] = copy.Id;
            copy["businessunitid"] = new EntityReference(TableNames.BusinessUnit, businessUnitId);
            copy["parentroleid"] = new EntityReference(TableNames.Role, source.Id);
            copy["parentrootroleid"] = source.GetAttributeValue<EntityReference>("parentrootroleid") ?? new EntityReference(TableNames.Role, source.Id);
            store.Insert(copy);

            foreach (var privilege in store.RowsWith(TableNames.RolePrivileges, "roleid", source.Id).ToList())
            {
                var row = new Entity(TableNames.RolePrivileges, Guid.NewGuid());
                row["roleprivilegeid"] = row.Id;
                row["roleid"] = copy.Id;
                row["privilegeid"] = privilege["privilegeid"];
                row["privilegedepthmask"] = privilege["privilegedepthmask"];
                store.Insert(row);
            }

            // The copy is itself copied one level further down, so every unit below the original holds one.
            foreach (var child in ChildrenOf(businessUnitId))
            {
                CopyInto(store.Find(TableNames.Role, copy.Id), child);
            }
        }

        private System.Collections.Generic.List<Guid> ChildrenOf(Guid businessUnitId) =>
            store.Rows(TableNames.BusinessUnit)
                .Where(bu => bu.GetAttributeValue<EntityReference>("parentbusinessunitid")?.Id == businessUnitId)
                .Select(bu => bu.Id)
                .ToList();

        private static System.Collections.Generic.KeyValuePair<string, object> Pair(string key, object value) =>
            new System.Collections.Generic.KeyValuePair<string, object>(key, value);
    }
}

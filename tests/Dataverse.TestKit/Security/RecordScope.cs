using System;
using Dataverse.TestKit.Metadata;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Security
{
    /// <summary>
    /// Where a row sits for the depth check: its business unit and, for owned rows, its owner
    /// (a systemuser row counts as owned by that user, which is what Basic depth on User reaches).
    /// </summary>
    internal sealed class RecordScope
    {
        private RecordScope(Guid recordId, Guid? businessUnitId, Guid? ownerId, bool organizationWide)
        {
            RecordId = recordId;
            BusinessUnitId = businessUnitId;
            OwnerId = ownerId;
            OrganizationWide = organizationWide;
        }

        public Guid RecordId { get; }

        public Guid? BusinessUnitId { get; }

        public Guid? OwnerId { get; }

        /// <summary>Organization-owned rows: any depth reaches them.</summary>
        public bool OrganizationWide { get; }

        /// <summary>The scope of a row (stored, or about to be created with its defaults applied).</summary>
        public static RecordScope Of(TableDefinition table, Entity row)
        {
            switch (table.Ownership)
            {
                case TableOwnership.Organization:
                    return new RecordScope(row.Id, null, null, true);
                case TableOwnership.UserOrTeam:
                    return new RecordScope(
                        row.Id,
                        row.GetAttributeValue<EntityReference>("owningbusinessunit")?.Id,
                        row.GetAttributeValue<EntityReference>("ownerid")?.Id,
                        false);
                default:
                    if (table.BusinessUnitAttribute == null)
                    {
                        // A business unit belongs to itself for Read/Write/Delete.
                        return new RecordScope(row.Id, row.Id, null, false);
                    }

                    return new RecordScope(
                        row.Id,
                        row.GetAttributeValue<EntityReference>(table.BusinessUnitAttribute)?.Id,
                        table.LogicalName == TableNames.SystemUser ? row.Id : (Guid?)null,
                        false);
            }
        }

        /// <summary>Creating a business unit is creating a row under its parent unit.</summary>
        public static RecordScope ForCreate(TableDefinition table, Entity row)
        {
            if (table.LogicalName == TableNames.BusinessUnit)
            {
                return new RecordScope(row.Id, row.GetAttributeValue<EntityReference>("parentbusinessunitid")?.Id, null, false);
            }

            return Of(table, row);
        }
    }
}

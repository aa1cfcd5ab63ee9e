using System;
using System.Collections.Generic;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Security
{
    /// <summary>
    /// The business-unit hierarchy as the privilege depths see it: Local reaches the principal's own business unit,
    /// Deep that unit and every unit below it.
    /// </summary>
    internal sealed class BusinessUnitTree
    {
        private readonly RecordStore store;

        public BusinessUnitTree(RecordStore store)
        {
            this.store = store;
        }

        public Guid? ParentOf(Guid businessUnitId) =>
            store.Find(TableNames.BusinessUnit, businessUnitId)?.GetAttributeValue<EntityReference>("parentbusinessunitid")?.Id;

        /// <summary>Disabled itself or below a disabled unit (disabling a unit disables the units below it).</summary>
        public bool IsDisabled(Guid businessUnitId)
        {
            var seen = new HashSet<Guid>();
            Guid? current = businessUnitId;
            while (current.HasValue && seen.Add(current.Value))
            {
                if (store.Find(TableNames.BusinessUnit, current.Value)?.GetAttributeValue<bool>("isdisabled") == true)
                {
                    return true;
                }

                current = ParentOf(current.Value);
            }

            return false;
        }

        /// <summary>True when <paramref name="candidate"/> is <paramref name="ancestor"/> or lies below it.</summary>
        public bool IsSameOrBelow(Guid candidate, Guid ancestor)
        {
            var seen = new HashSet<Guid>();
            Guid? current = candidate;
            while (current.HasValue && seen.Add(current.Value))
            {
                if (current.Value == ancestor)
                {
                    return true;
                }

                current = ParentOf(current.Value);
            }

            return false;
        }
    }
}

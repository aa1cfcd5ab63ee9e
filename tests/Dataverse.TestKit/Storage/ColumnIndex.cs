using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Storage
{
    /// <summary>
    /// Row ids of one table by the value of one id column (a Guid or a lookup), so that "the privileges of this role"
    /// costs the role's rows rather than a scan of every role's. Kept in step by <see cref="RecordStore"/>, rollback
    /// included. It only makes the kit fast enough for organizations of a real size (roles with thousands of privileges);
    /// it changes no answer.
    /// </summary>
    internal sealed class ColumnIndex
    {
        private readonly Dictionary<Guid, HashSet<Guid>> rowIdsByValue = new Dictionary<Guid, HashSet<Guid>>();

        public ColumnIndex(string column)
        {
            Column = column;
        }

        public string Column { get; }

        public void Add(Entity row)
        {
            var value = ValueOf(row);
            if (value == null)
            {
                return;
            }

            if (!rowIdsByValue.TryGetValue(value.Value, out var ids))
            {
                ids = new HashSet<Guid>();
                rowIdsByValue.Add(value.Value, ids);
            }

            ids.Add(row.Id);
        }

        public void Remove(Entity row)
        {
            var value = ValueOf(row);
            if (value != null && rowIdsByValue.TryGetValue(value.Value, out var ids))
            {
                ids.Remove(row.Id);
            }
        }

        public IReadOnlyCollection<Guid> RowIdsWith(Guid value) =>
            rowIdsByValue.TryGetValue(value, out var ids) ? (IReadOnlyCollection<Guid>)ids : Array.Empty<Guid>();

        private Guid? ValueOf(Entity row)
        {
            if (!row.Attributes.TryGetValue(Column, out var value))
            {
                return null;
            }

            switch (value)
            {
                case Guid id:
                    return id;
                case EntityReference reference:
                    return reference.Id;
                default:
                    return null;
            }
        }
    }
}

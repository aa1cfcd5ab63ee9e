using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Storage
{
    /// <summary>
    /// The organization's tables: rows keyed by id, stored as private copies. Every write is journaled in the open
    /// <see cref="Transaction"/> (if any) so that a failed request leaves no trace. Callers hold the organization lock.
    /// </summary>
    internal sealed class RecordStore
    {
        private readonly Dictionary<string, Dictionary<Guid, Entity>> tables = new Dictionary<string, Dictionary<Guid, Entity>>(StringComparer.Ordinal);

        public Transaction CurrentTransaction { get; set; }

        public IEnumerable<string> TableNames => tables.Keys;

        /// <summary>Stored rows of a table, not copied: callers must not hand them out.</summary>
        public IEnumerable<Entity> Rows(string logicalName) =>
            tables.TryGetValue(logicalName, out var rows) ? rows.Values : Enumerable.Empty<Entity>();

        public Entity Find(string logicalName, Guid id) =>
            tables.TryGetValue(logicalName, out var rows) && rows.TryGetValue(id, out var row) ? row : null;

        public bool Contains(string logicalName, Guid id) => Find(logicalName, id) != null;

        public void Insert(Entity row)
        {
            var rows = TableOf(row.LogicalName);
            rows.Add(row.Id, EntityCopier.Copy(row));
            CurrentTransaction?.Journal(() => rows.Remove(row.Id));
        }

        /// <summary>Sets (or, with a null value, clears) attributes of a stored row.</summary>
        public void Change(string logicalName, Guid id, IEnumerable<KeyValuePair<string, object>> changes)
        {
            var rows = TableOf(logicalName);
            var before = rows[id];
            var after = EntityCopier.Copy(before);
            foreach (var change in changes)
            {
                if (change.Value == null)
                {
                    after.Attributes.Remove(change.Key);
                }
                else
                {
                    after.Attributes[change.Key] = AttributeValues.Copy(change.Value);
                }
            }

            rows[id] = after;
            CurrentTransaction?.Journal(() => rows[id] = before);
        }

        public void Remove(string logicalName, Guid id)
        {
            var rows = TableOf(logicalName);
            if (rows.TryGetValue(id, out var before))
            {
                rows.Remove(id);
                CurrentTransaction?.Journal(() => rows[id] = before);
            }
        }

        private Dictionary<Guid, Entity> TableOf(string logicalName)
        {
            if (!tables.TryGetValue(logicalName, out var rows))
            {
                rows = new Dictionary<Guid, Entity>();
                tables.Add(logicalName, rows);
            }

            return rows;
        }
    }
}

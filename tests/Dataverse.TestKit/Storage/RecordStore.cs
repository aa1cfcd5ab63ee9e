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
        private readonly Dictionary<string, List<ColumnIndex>> indexes = new Dictionary<string, List<ColumnIndex>>(StringComparer.Ordinal);

        public Transaction CurrentTransaction { get; set; }

        public IEnumerable<string> TableNames => tables.Keys;

        /// <summary>Stored rows of a table, not copied: callers must not hand them out.</summary>
        public IEnumerable<Entity> Rows(string logicalName) =>
            tables.TryGetValue(logicalName, out var rows) ? rows.Values : Enumerable.Empty<Entity>();

        public Entity Find(string logicalName, Guid id) =>
            tables.TryGetValue(logicalName, out var rows) && rows.TryGetValue(id, out var row) ? row : null;

        public bool Contains(string logicalName, Guid id) => Find(logicalName, id) != null;

        /// <summary>Keeps rows of a table findable by an id column (see <see cref="RowsWith"/>). Add before the table has rows.</summary>
        public void AddIndex(string logicalName, string column)
        {
            if (!indexes.TryGetValue(logicalName, out var tableIndexes))
            {
                tableIndexes = new List<ColumnIndex>();
                indexes.Add(logicalName, tableIndexes);
            }

            tableIndexes.Add(new ColumnIndex(column));
        }

        /// <summary>Stored rows whose indexed id column holds <paramref name="value"/>, not copied.</summary>
        public IEnumerable<Entity> RowsWith(string logicalName, string column, Guid value)
        {
            var index = indexes.TryGetValue(logicalName, out var tableIndexes) ? tableIndexes.Find(i => i.Column == column) : null;
            if (index == null)
            {
                throw new InvalidOperationException($"{logicalName}.{column} is not indexed.");
            }

            var rows = TableOf(logicalName);
            foreach (var id in index.RowIdsWith(value))
            {
                yield return rows[id];
            }
        }

        public void Insert(Entity row)
        {
            var rows = TableOf(row.LogicalName);
            var stored = EntityCopier.Copy(row);
            rows.Add(row.Id, stored);
            Indexed(row.LogicalName, index => index.Add(stored));
            CurrentTransaction?.Journal(() =>
            {
                rows.Remove(row.Id);
                Indexed(row.LogicalName, index => index.Remove(stored));
            });
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

            Replace(logicalName, rows, before, after);
            CurrentTransaction?.Journal(() => Replace(logicalName, rows, after, before));
        }

        public void Remove(string logicalName, Guid id)
        {
            var rows = TableOf(logicalName);
            if (rows.TryGetValue(id, out var before))
            {
                rows.Remove(id);
                Indexed(logicalName, index => index.Remove(before));
                CurrentTransaction?.Journal(() =>
                {
                    rows[id] = before;
                    Indexed(logicalName, index => index.Add(before));
                });
            }
        }

        private void Replace(string logicalName, Dictionary<Guid, Entity> rows, Entity current, Entity replacement)
        {
            rows[current.Id] = replacement;
            Indexed(logicalName, index =>
            {
                index.Remove(current);
                index.Add(replacement);
            });
        }

        private void Indexed(string logicalName, Action<ColumnIndex> update)
        {
            if (indexes.TryGetValue(logicalName, out var tableIndexes))
            {
                tableIndexes.ForEach(update);
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

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit
{
    /// <summary>
    /// A frozen copy of every table's rows. Two snapshots are equal when every table holds the same rows with the same
    /// values, so <c>Assert.Equal(before, org.Snapshot())</c> states "the organization is unchanged". On inequality,
    /// <see cref="DifferencesFrom"/> lists the added, removed and changed rows; <see cref="ToString"/> lists the rows and
    /// is what a test framework prints.
    /// </summary>
    public sealed class OrganizationSnapshot : IEquatable<OrganizationSnapshot>
    {
        private readonly SortedDictionary<string, SortedDictionary<Guid, Entity>> tables;

        internal OrganizationSnapshot(IEnumerable<KeyValuePair<string, IEnumerable<Entity>>> tables)
        {
            this.tables = new SortedDictionary<string, SortedDictionary<Guid, Entity>>(StringComparer.Ordinal);
            foreach (var table in tables)
            {
                var rows = new SortedDictionary<Guid, Entity>();
                foreach (var row in table.Value)
                {
                    rows[row.Id] = EntityCopier.Copy(row);
                }

                if (rows.Count > 0)
                {
                    this.tables[table.Key] = rows;
                }
            }
        }

        /// <summary>Row count per table.</summary>
        public IReadOnlyDictionary<string, int> RowCounts => tables.ToDictionary(t => t.Key, t => t.Value.Count);

        /// <summary>The rows of one table in the snapshot (copies).</summary>
        public IReadOnlyList<Entity> Rows(string logicalName) =>
            tables.TryGetValue(logicalName, out var rows) ? rows.Values.Select(EntityCopier.Copy).ToList() : new List<Entity>();

        public bool Equals(OrganizationSnapshot other) => other != null && DifferenceLines(other).Count == 0;

        public override bool Equals(object obj) => Equals(obj as OrganizationSnapshot);

        public override int GetHashCode() => tables.Aggregate(17, (hash, table) => (hash * 31) + table.Key.GetHashCode() + table.Value.Count);

        public static bool operator ==(OrganizationSnapshot left, OrganizationSnapshot right) => left?.Equals(right) ?? right is null;

        public static bool operator !=(OrganizationSnapshot left, OrganizationSnapshot right) => !(left == right);

        /// <summary>What changed from <paramref name="earlier"/> to this snapshot, one line per row or value; empty when equal.</summary>
        public string DifferencesFrom(OrganizationSnapshot earlier) => string.Join(Environment.NewLine, earlier.DifferenceLines(this));

        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append("OrganizationSnapshot (").Append(string.Join(", ", tables.Select(t => $"{t.Key}: {t.Value.Count}"))).AppendLine(")");
            foreach (var table in tables)
            {
                foreach (var row in table.Value.Values)
                {
                    text.Append("  ").AppendLine(Describe(row));
                }
            }

            return text.ToString();
        }

        /// <summary>Lines describing how <paramref name="later"/> differs from this snapshot.</summary>
        private List<string> DifferenceLines(OrganizationSnapshot later)
        {
            var lines = new List<string>();
            foreach (var name in tables.Keys.Union(later.tables.Keys).OrderBy(n => n, StringComparer.Ordinal))
            {
                tables.TryGetValue(name, out var before);
                later.tables.TryGetValue(name, out var after);
                before = before ?? new SortedDictionary<Guid, Entity>();
                after = after ?? new SortedDictionary<Guid, Entity>();
                foreach (var removed in before.Keys.Except(after.Keys))
                {
                    lines.Add("- " + Describe(before[removed]));
                }

                foreach (var added in after.Keys.Except(before.Keys))
                {
                    lines.Add("+ " + Describe(after[added]));
                }

                foreach (var id in before.Keys.Intersect(after.Keys))
                {
                    var changes = ChangedValues(before[id], after[id]);
                    if (changes.Count > 0)
                    {
                        lines.Add($"~ {name} {id}: {string.Join(", ", changes)}");
                    }
                }
            }

            return lines;
        }

        private static List<string> ChangedValues(Entity before, Entity after)
        {
            var changes = new List<string>();
            foreach (var key in before.Attributes.Keys.Union(after.Attributes.Keys).OrderBy(k => k, StringComparer.Ordinal))
            {
                before.Attributes.TryGetValue(key, out var oldValue);
                after.Attributes.TryGetValue(key, out var newValue);
                if (!AttributeValues.AreEqual(oldValue, newValue))
                {
                    changes.Add($"{key}: {AttributeValues.Describe(oldValue)} -> {AttributeValues.Describe(newValue)}");
                }
            }

            return changes;
        }

        private static string Describe(Entity row)
        {
            var name = row.GetAttributeValue<string>("name") ?? row.GetAttributeValue<string>("domainname") ?? row.GetAttributeValue<string>("fullname");
            return $"{row.LogicalName} {row.Id}{(name == null ? string.Empty : " '" + name + "'")} {{{string.Join(", ", row.Attributes.Where(a => a.Value != null).OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + AttributeValues.Describe(a.Value)))}}}";
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit.Faults;

namespace Dataverse.TestKit.Metadata
{
    /// <summary>The tables and N:N relationships of the organization: the system tables plus tables a test registers.</summary>
    internal sealed class MetadataCatalogue
    {
        private readonly Dictionary<string, TableDefinition> tables = new Dictionary<string, TableDefinition>(StringComparer.Ordinal);
        private readonly Dictionary<string, RelationshipDefinition> relationships = new Dictionary<string, RelationshipDefinition>(StringComparer.OrdinalIgnoreCase);

        public MetadataCatalogue()
        {
            foreach (var table in SystemTables.Tables())
            {
                tables.Add(table.LogicalName, table);
            }

            foreach (var relationship in SystemTables.Relationships)
            {
                relationships.Add(relationship.SchemaName, relationship);
            }
        }

        public IEnumerable<TableDefinition> Tables => tables.Values;

        public void Add(TableDefinition table)
        {
            if (tables.ContainsKey(table.LogicalName))
            {
                throw new ArgumentException($"Table '{table.LogicalName}' is already defined.", nameof(table));
            }

            tables.Add(table.LogicalName, table);
        }

        public TableDefinition Find(string logicalName) =>
            logicalName != null && tables.TryGetValue(logicalName, out var table) ? table : null;

        /// <summary>The table, or the platform's fault for a name the metadata does not know (logical names are lower case).</summary>
        public TableDefinition Require(string logicalName)
        {
            var table = Find(logicalName);
            if (table == null)
            {
                throw PlatformFault.Create(
                    PlatformErrorCode.QueryBuilderNoEntity,
                    $"The entity with a name = '{logicalName}' with namemapping = 'Logical' was not found in the MetadataCache.");
            }

            return table;
        }

        /// <summary>Refuses a column the table does not have, as the platform does for misspelt attributes.</summary>
        public void RequireColumn(TableDefinition table, string column)
        {
            if (!table.HasColumn(column))
            {
                throw PlatformFault.Create(
                    PlatformErrorCode.QueryBuilderNoAttribute,
                    $"'{table.LogicalName}' entity doesn't contain attribute with Name = '{column}' and NameMapping = 'Logical'.");
            }
        }

        public RelationshipDefinition FindRelationship(string schemaName) =>
            schemaName != null && relationships.TryGetValue(schemaName, out var relationship) ? relationship : null;

        public IEnumerable<RelationshipDefinition> RelationshipsOf(string table) => relationships.Values.Where(r => r.Links(table));
    }
}

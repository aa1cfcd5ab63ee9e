using System;
using System.Collections.Generic;

namespace Dataverse.TestKit.Metadata
{
    /// <summary>What the kit knows about a table: keys, ownership, the privilege name suffix and (for system tables) the columns.</summary>
    internal sealed class TableDefinition
    {
        public TableDefinition(
            string logicalName,
            string primaryIdAttribute,
            TableOwnership ownership,
            string privilegeSuffix,
            int objectTypeCode,
            IEnumerable<ColumnDefinition> columns = null,
            bool isIntersect = false,
            string businessUnitAttribute = null)
        {
            LogicalName = logicalName;
            PrimaryIdAttribute = primaryIdAttribute;
            Ownership = ownership;
            PrivilegeSuffix = privilegeSuffix;
            ObjectTypeCode = objectTypeCode;
            IsIntersect = isIntersect;
            BusinessUnitAttribute = businessUnitAttribute;
            if (columns != null)
            {
                var byName = new Dictionary<string, ColumnDefinition>(StringComparer.Ordinal);
                foreach (var column in columns)
                {
                    byName[column.LogicalName] = column;
                }

                Columns = byName;
            }
        }

        public string LogicalName { get; }

        public string PrimaryIdAttribute { get; }

        public TableOwnership Ownership { get; }

        /// <summary>The part after the verb in privilege names (prvCreate<b>User</b> for systemuser); null for tables no privilege secures.</summary>
        public string PrivilegeSuffix { get; }

        public bool IsSecured => PrivilegeSuffix != null;

        public int ObjectTypeCode { get; }

        /// <summary>N:N intersect tables are written only through Associate/Disassociate.</summary>
        public bool IsIntersect { get; }

        /// <summary>For business-owned tables, the lookup holding the row's business unit (null: the row is a business unit).</summary>
        public string BusinessUnitAttribute { get; }

        /// <summary>Known columns, or null when the table accepts any column (tables a test registers without columns).</summary>
        public IReadOnlyDictionary<string, ColumnDefinition> Columns { get; }

        public ColumnDefinition Column(string logicalName) =>
            Columns != null && Columns.TryGetValue(logicalName, out var column) ? column : null;

        public bool HasColumn(string logicalName) => Columns == null || Columns.ContainsKey(logicalName);
    }
}

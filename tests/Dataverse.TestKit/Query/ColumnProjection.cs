using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.TestKit.Query
{
    /// <summary>
    /// The columns a caller gets back: all of them, or those listed (a listed column must exist; a column without a value
    /// is left out, as Dataverse omits nulls). The primary key is always included. The result is a copy.
    /// </summary>
    internal static class ColumnProjection
    {
        public static Entity Project(MetadataCatalogue metadata, TableDefinition table, Entity row, ColumnSet columns)
        {
            if (columns == null || columns.AllColumns)
            {
                return EntityCopier.Copy(row);
            }

            var result = new Entity(row.LogicalName, row.Id);
            foreach (var column in columns.Columns)
            {
                metadata.RequireColumn(table, column);
                if (row.Attributes.TryGetValue(column, out var value) && value != null)
                {
                    result[column] = AttributeValues.Copy(value);
                }
            }

            result[table.PrimaryIdAttribute] = row.Id;
            return result;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Rules
{
    /// <summary>
    /// Checks the attributes of a Create or Update the way the platform does before anything is written:
    /// the column must exist, the value must be of the column's SDK type (OptionSetValue for a choice, EntityReference
    /// for a lookup, ...), a choice value must be one of the options, and a lookup must point at an existing row.
    /// Values for system-managed columns (fullname, createdon, ...) are dropped: the platform computes them.
    /// </summary>
    internal sealed class AttributeValidator
    {
        private readonly MetadataCatalogue metadata;
        private readonly RecordStore store;

        public AttributeValidator(MetadataCatalogue metadata, RecordStore store)
        {
            this.metadata = metadata;
            this.store = store;
        }

        /// <returns>The attributes to write, primary key excluded.</returns>
        public List<KeyValuePair<string, object>> Validate(TableDefinition table, Entity entity)
        {
            var accepted = new List<KeyValuePair<string, object>>();
            foreach (var attribute in entity.Attributes)
            {
                metadata.RequireColumn(table, attribute.Key);
                if (attribute.Key == table.PrimaryIdAttribute)
                {
                    continue;
                }

                var column = table.Column(attribute.Key);
                if (column != null && column.WriteRule == ColumnWriteRule.SystemManaged)
                {
                    continue;
                }

                if (column != null && attribute.Value != null)
                {
                    CheckValue(table, column, attribute.Value);
                }

                accepted.Add(new KeyValuePair<string, object>(attribute.Key, attribute.Value));
            }

            return accepted;
        }

        private void CheckValue(TableDefinition table, ColumnDefinition column, object value)
        {
            var expected = ExpectedType(column.Type);
            if (expected != null && !expected.IsInstanceOfType(value))
            {
                throw PlatformFault.InvalidArgument(
                    $"Incorrect attribute value type {value.GetType().FullName} (attribute '{column.LogicalName}' of entity '{table.LogicalName}' expects {expected.FullName}).");
            }

            if (value is OptionSetValue option && column.ChoiceValues != null && !column.ChoiceValues.Contains(option.Value))
            {
                throw PlatformFault.InvalidArgument(
                    $"A validation error occurred. The value {option.Value} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range. Accepted Values: {string.Join(",", column.ChoiceValues)}");
            }

            if (value is EntityReference reference)
            {
                if (column.LookupTargets.Count > 0 && !column.LookupTargets.Contains(reference.LogicalName))
                {
                    throw PlatformFault.InvalidArgument(
                        $"The lookup '{column.LogicalName}' of entity '{table.LogicalName}' cannot point at entity '{reference.LogicalName}' (expects {string.Join(", ", column.LookupTargets)}).");
                }

                if (metadata.Find(reference.LogicalName) != null && !store.Contains(reference.LogicalName, reference.Id))
                {
                    throw PlatformFault.ObjectDoesNotExist(reference.LogicalName, reference.Id);
                }
            }
        }

        private static Type ExpectedType(ColumnType type)
        {
            switch (type)
            {
                case ColumnType.String:
                case ColumnType.Memo:
                    return typeof(string);
                case ColumnType.Boolean:
                    return typeof(bool);
                case ColumnType.Integer:
                    return typeof(int);
                case ColumnType.BigInt:
                    return typeof(long);
                case ColumnType.Double:
                    return typeof(double);
                case ColumnType.Decimal:
                    return typeof(decimal);
                case ColumnType.Money:
                    return typeof(Money);
                case ColumnType.DateTime:
                    return typeof(DateTime);
                case ColumnType.Uniqueidentifier:
                case ColumnType.PrimaryKey:
                    return typeof(Guid);
                case ColumnType.Picklist:
                    return typeof(OptionSetValue);
                case ColumnType.Lookup:
                    return typeof(EntityReference);
                default:
                    return null;
            }
        }
    }
}

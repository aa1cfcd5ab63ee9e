using System;
using System.Collections.Generic;

namespace Dataverse.TestKit.Metadata
{
    /// <summary>One column of a modelled table: its type, lookup targets, valid choice values and whether callers may write it.</summary>
    internal sealed class ColumnDefinition
    {
        public ColumnDefinition(string logicalName, ColumnType type, IReadOnlyCollection<string> lookupTargets = null, IReadOnlyCollection<int> choiceValues = null, ColumnWriteRule writeRule = ColumnWriteRule.Writable)
        {
            LogicalName = logicalName;
            Type = type;
            LookupTargets = lookupTargets ?? Array.Empty<string>();
            ChoiceValues = choiceValues;
            WriteRule = writeRule;
        }

        public string LogicalName { get; }

        public ColumnType Type { get; }

        public IReadOnlyCollection<string> LookupTargets { get; }

        /// <summary>Valid values of a choice column, or null when any value is accepted.</summary>
        public IReadOnlyCollection<int> ChoiceValues { get; }

        public ColumnWriteRule WriteRule { get; }
    }

    /// <summary>
    /// How the platform treats a value the caller sends for a column. System-managed columns (createdon, fullname, ...)
    /// are not valid for create or update in the metadata; the kit drops such values, as the platform computes them.
    /// </summary>
    internal enum ColumnWriteRule
    {
        Writable,
        SystemManaged,
    }
}

using System.Collections.Generic;
using System.Linq;

namespace Dataverse.TestKit.Query.Paging
{
    /// <summary>Orders joined rows by a query's sort columns, the first column first; rows that compare equal keep their order.</summary>
    internal sealed class RowOrder
    {
        public RowOrder(IReadOnlyList<SortColumn> columns)
        {
            Columns = columns;
        }

        public IReadOnlyList<SortColumn> Columns { get; }

        public List<JoinedRow> Sort(IEnumerable<JoinedRow> rows)
        {
            // Each row's sort values are read once, not at every comparison.
            return rows
                .Select(row => (Row: row, Key: Columns.Select(c => c.ValueIn(row)).ToArray()))
                .OrderBy(entry => entry.Key, Comparer<object[]>.Create(CompareKeys))
                .Select(entry => entry.Row)
                .ToList();
        }

        private int CompareKeys(object[] left, object[] right)
        {
            for (var i = 0; i < Columns.Count; i++)
            {
                var result = Columns[i].Compare(left[i], right[i]);
                if (result != 0)
                {
                    return result;
                }
            }

            return 0;
        }
    }
}

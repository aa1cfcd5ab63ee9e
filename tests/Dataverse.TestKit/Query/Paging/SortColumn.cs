using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Query.Paging
{
    /// <summary>
    /// One column a query's rows are ordered by: a column of the root row or of a link alias, or the root's primary key
    /// (the platform orders by it when no order is given, and the kit adds it last so that equal rows keep one order).
    /// Missing values sort first.
    /// </summary>
    internal sealed class SortColumn
    {
        public SortColumn(string attribute, string rowAlias, bool descending, bool isRootPrimaryKey)
        {
            Attribute = attribute;
            RowAlias = rowAlias;
            Descending = descending;
            IsRootPrimaryKey = isRootPrimaryKey;
        }

        public string Attribute { get; }

        /// <summary>The link alias the column belongs to; null for the root table.</summary>
        public string RowAlias { get; }

        public bool Descending { get; }

        public bool IsRootPrimaryKey { get; }

        public object ValueIn(JoinedRow row)
        {
            var entity = row.For(RowAlias);
            if (entity == null)
            {
                return null;
            }

            if (IsRootPrimaryKey)
            {
                return entity.Id;
            }

            return entity.Attributes.TryGetValue(Attribute, out var value) ? value : null;
        }

        /// <summary>Compares two values of this column in the query's direction (either may be text read back from a paging cookie).</summary>
        public int Compare(object left, object right)
        {
            var ascending = left == null ? (right == null ? 0 : -1) : right == null ? 1 : ValueComparison.Compare(left, right) ?? 0;
            return Descending ? -ascending : ascending;
        }
    }
}

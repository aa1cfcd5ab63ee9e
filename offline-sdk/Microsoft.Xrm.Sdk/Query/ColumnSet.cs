using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>Which columns a query or Retrieve returns: the listed Columns, or every column when AllColumns is true.</summary>
    public sealed class ColumnSet : IExtensibleDataObject
    {
        private readonly DataCollection<string> _columns = new DataCollection<string>();

        public ColumnSet()
        {
        }

        public ColumnSet(bool allColumns)
        {
            AllColumns = allColumns;
        }

        public ColumnSet(params string[] columns)
        {
            _columns.AddRange(columns);
        }

        public bool AllColumns { get; set; }

        public DataCollection<string> Columns
        {
            get { return _columns; }
        }

        public ExtensionDataObject ExtensionData { get; set; }

        public void AddColumn(string column)
        {
            _columns.Add(column);
        }

        // A null array throws NullReferenceException, as in the real SDK (DataCollection.AddRange would ignore it).
        public void AddColumns(params string[] columns)
        {
            foreach (string column in columns)
            {
                _columns.Add(column);
            }
        }
    }
}

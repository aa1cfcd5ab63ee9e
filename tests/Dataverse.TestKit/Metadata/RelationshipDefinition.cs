namespace Dataverse.TestKit.Metadata
{
    /// <summary>An N:N relationship and the intersect table that stores its rows.</summary>
    internal sealed class RelationshipDefinition
    {
        public RelationshipDefinition(string schemaName, string intersectTable, string intersectIdAttribute, string table1, string attribute1, string table2, string attribute2)
        {
            SchemaName = schemaName;
            IntersectTable = intersectTable;
            IntersectIdAttribute = intersectIdAttribute;
            Table1 = table1;
            Attribute1 = attribute1;
            Table2 = table2;
            Attribute2 = attribute2;
        }

        public string SchemaName { get; }

        public string IntersectTable { get; }

        public string IntersectIdAttribute { get; }

        public string Table1 { get; }

        /// <summary>The intersect column holding the id of the <see cref="Table1"/> row (same name as that table's primary key).</summary>
        public string Attribute1 { get; }

        public string Table2 { get; }

        public string Attribute2 { get; }

        public bool Links(string table) => table == Table1 || table == Table2;

        public string OtherTable(string table) => table == Table1 ? Table2 : Table1;

        public string AttributeOf(string table) => table == Table1 ? Attribute1 : Attribute2;
    }
}

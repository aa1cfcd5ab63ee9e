namespace Dataverse.TestKit.Metadata
{
    /// <summary>The attribute types the kit validates values against (Dataverse AttributeTypeCode, reduced).</summary>
    internal enum ColumnType
    {
        PrimaryKey,
        String,
        Memo,
        Boolean,
        Integer,
        BigInt,
        Double,
        Decimal,
        Money,
        DateTime,
        Uniqueidentifier,
        Picklist,
        Lookup,
    }
}

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Records related to an entity, grouped by relationship (deep insert / RelatedEntitiesQuery results).</summary>
    public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
    {
        public RelatedEntityCollection()
        {
        }
    }
}

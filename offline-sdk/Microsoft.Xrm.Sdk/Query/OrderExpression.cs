using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A sort on one attribute (of the query's entity, or of a link-entity via EntityName/Alias).</summary>
    public sealed class OrderExpression : IExtensibleDataObject
    {
        public OrderExpression()
        {
        }

        public OrderExpression(string attributeName, OrderType orderType)
            : this(attributeName, orderType, null, null)
        {
        }

        public OrderExpression(string attributeName, OrderType orderType, string alias)
            : this(attributeName, orderType, alias, null)
        {
        }

        public OrderExpression(string attributeName, OrderType orderType, string alias, string entityName)
        {
            AttributeName = attributeName;
            OrderType = orderType;
            Alias = alias;
            EntityName = entityName;
        }

        public string AttributeName { get; set; }

        public OrderType OrderType { get; set; }

        public string Alias { get; set; }

        public string EntityName { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}

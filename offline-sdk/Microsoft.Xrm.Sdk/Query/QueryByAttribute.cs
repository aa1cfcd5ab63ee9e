
namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>
    /// A simple query: records whose Attributes[i] equals Values[i] for every i.
    /// Only the parameterless constructor creates a ColumnSet and a PageInfo; QueryByAttribute(entityName) leaves both
    /// null, as the real SDK does, so a caller must set ColumnSet before adding columns to it.
    /// </summary>
    public sealed class QueryByAttribute : QueryBase
    {
        private readonly DataCollection<string> _attributes = new DataCollection<string>();
        private readonly DataCollection<object> _values = new DataCollection<object>();
        private readonly DataCollection<OrderExpression> _orders = new DataCollection<OrderExpression>();

        public QueryByAttribute()
        {
            ColumnSet = new ColumnSet();
            PageInfo = new PagingInfo();
        }

        public QueryByAttribute(string entityName)
        {
            EntityName = entityName;
        }

        public string EntityName { get; set; }

        public ColumnSet ColumnSet { get; set; }

        public DataCollection<string> Attributes
        {
            get { return _attributes; }
        }

        public DataCollection<object> Values
        {
            get { return _values; }
        }

        public DataCollection<OrderExpression> Orders
        {
            get { return _orders; }
        }

        public PagingInfo PageInfo { get; set; }

        public int? TopCount { get; set; }

        public void AddAttributeValue(string attributeName, object value)
        {
            _attributes.Add(attributeName);
            _values.Add(value);
        }

        public void AddOrder(string attributeName, OrderType orderType)
        {
            _orders.Add(new OrderExpression(attributeName, orderType));
        }
    }
}


namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A simple query: records whose Attributes[i] equals Values[i] for every i.</summary>
    public sealed class QueryByAttribute : QueryBase
    {
        private readonly DataCollection<string> _attributes = new DataCollection<string>();
        private readonly DataCollection<object> _values = new DataCollection<object>();
        private readonly DataCollection<OrderExpression> _orders = new DataCollection<OrderExpression>();
        private ColumnSet _columnSet;
        private PagingInfo _pageInfo;

        public QueryByAttribute()
        {
        }

        public QueryByAttribute(string entityName)
        {
            EntityName = entityName;
        }

        public string EntityName { get; set; }

        public ColumnSet ColumnSet
        {
            get { return _columnSet ?? (_columnSet = new ColumnSet()); }
            set { _columnSet = value; }
        }

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

        public PagingInfo PageInfo
        {
            get { return _pageInfo ?? (_pageInfo = new PagingInfo()); }
            set { _pageInfo = value; }
        }

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

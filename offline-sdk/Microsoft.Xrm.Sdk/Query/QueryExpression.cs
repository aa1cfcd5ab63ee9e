
namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>
    /// The object form of a query: entity, columns, criteria, links, orders, paging.
    /// Both constructors create an empty ColumnSet (only the id comes back), Criteria and PageInfo; as in the real SDK
    /// they are plain properties after that, so setting one to null leaves it null.
    /// </summary>
    public sealed class QueryExpression : QueryBase
    {
        private readonly DataCollection<LinkEntity> _linkEntities = new DataCollection<LinkEntity>();
        private readonly DataCollection<OrderExpression> _orders = new DataCollection<OrderExpression>();

        public QueryExpression()
            : this(null)
        {
        }

        public QueryExpression(string entityName)
        {
            EntityName = entityName;
            ColumnSet = new ColumnSet();
            Criteria = new FilterExpression();
            PageInfo = new PagingInfo();
        }

        public string EntityName { get; set; }

        public ColumnSet ColumnSet { get; set; }

        public FilterExpression Criteria { get; set; }

        public PagingInfo PageInfo { get; set; }

        public DataCollection<LinkEntity> LinkEntities
        {
            get { return _linkEntities; }
        }

        public DataCollection<OrderExpression> Orders
        {
            get { return _orders; }
        }

        public bool Distinct { get; set; }

        public bool NoLock { get; set; }

        public int? TopCount { get; set; }

        public string QueryHints { get; set; }

        public QueryExpression SubQueryExpression { get; set; }

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
        {
            return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
        }

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            LinkEntity link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
            _linkEntities.Add(link);
            return link;
        }

        public void AddOrder(string attributeName, OrderType orderType)
        {
            _orders.Add(new OrderExpression(attributeName, orderType));
        }

        public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName)
        {
            _orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));
        }
    }
}

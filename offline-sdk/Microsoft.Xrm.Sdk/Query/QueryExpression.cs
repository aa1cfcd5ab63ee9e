
namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>
    /// The object form of a query: entity, columns, criteria, links, orders, paging.
    /// Columns, Criteria and PageInfo start as empty instances (an empty ColumnSet returns only the id).
    /// </summary>
    public sealed class QueryExpression : QueryBase
    {
        private readonly DataCollection<LinkEntity> _linkEntities = new DataCollection<LinkEntity>();
        private readonly DataCollection<OrderExpression> _orders = new DataCollection<OrderExpression>();
        private ColumnSet _columnSet;
        private FilterExpression _criteria;
        private PagingInfo _pageInfo;

        public QueryExpression()
        {
        }

        public QueryExpression(string entityName)
        {
            EntityName = entityName;
        }

        public string EntityName { get; set; }

        public ColumnSet ColumnSet
        {
            get { return _columnSet ?? (_columnSet = new ColumnSet()); }
            set { _columnSet = value; }
        }

        public FilterExpression Criteria
        {
            get { return _criteria ?? (_criteria = new FilterExpression()); }
            set { _criteria = value; }
        }

        public PagingInfo PageInfo
        {
            get { return _pageInfo ?? (_pageInfo = new PagingInfo()); }
            set { _pageInfo = value; }
        }

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

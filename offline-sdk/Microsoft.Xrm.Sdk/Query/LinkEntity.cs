using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A join from one entity of a query to another, with its own columns, filter, orders and nested links.</summary>
    public sealed class LinkEntity : IExtensibleDataObject
    {
        private readonly DataCollection<LinkEntity> _linkEntities = new DataCollection<LinkEntity>();
        private readonly DataCollection<OrderExpression> _orders = new DataCollection<OrderExpression>();
        private ColumnSet _columns;
        private FilterExpression _linkCriteria;

        public LinkEntity()
        {
        }

        public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            LinkFromEntityName = linkFromEntityName;
            LinkToEntityName = linkToEntityName;
            LinkFromAttributeName = linkFromAttributeName;
            LinkToAttributeName = linkToAttributeName;
            JoinOperator = joinOperator;
        }

        public string LinkFromAttributeName { get; set; }

        public string LinkFromEntityName { get; set; }

        public string LinkToEntityName { get; set; }

        public string LinkToAttributeName { get; set; }

        public JoinOperator JoinOperator { get; set; }

        public string EntityAlias { get; set; }

        // Never null, so callers can add columns and conditions straight away (as with the real type).
        public ColumnSet Columns
        {
            get { return _columns ?? (_columns = new ColumnSet()); }
            set { _columns = value; }
        }

        public FilterExpression LinkCriteria
        {
            get { return _linkCriteria ?? (_linkCriteria = new FilterExpression()); }
            set { _linkCriteria = value; }
        }

        public DataCollection<LinkEntity> LinkEntities
        {
            get { return _linkEntities; }
        }

        public DataCollection<OrderExpression> Orders
        {
            get { return _orders; }
        }

        public ExtensionDataObject ExtensionData { get; set; }

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
        {
            return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
        }

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            LinkEntity link = new LinkEntity(LinkToEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
            _linkEntities.Add(link);
            return link;
        }
    }
}

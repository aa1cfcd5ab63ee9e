using Microsoft.Xrm.Sdk.Query;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>QueryExpression: ready-to-use parts (ColumnSet, Criteria, PageInfo never null) and builder helpers.</summary>
    public class QueryExpressionTests
    {
        [Fact]
        public void New_query_has_empty_parts_ready_to_fill()
        {
            QueryExpression query = new QueryExpression("systemuser");

            Assert.Equal("systemuser", query.EntityName);
            Assert.False(query.ColumnSet.AllColumns);
            Assert.Empty(query.ColumnSet.Columns);
            Assert.Equal(LogicalOperator.And, query.Criteria.FilterOperator);
            Assert.Empty(query.Criteria.Conditions);
            Assert.NotNull(query.PageInfo);
            Assert.Null(query.TopCount);
        }

        [Fact]
        public void AddLink_links_from_the_query_entity()
        {
            QueryExpression query = new QueryExpression("systemuser");

            LinkEntity link = query.AddLink("teammembership", "systemuserid", "systemuserid");

            Assert.Single(query.LinkEntities);
            Assert.Equal("systemuser", link.LinkFromEntityName);
            Assert.Equal("teammembership", link.LinkToEntityName);
            Assert.Equal(JoinOperator.Inner, link.JoinOperator);
        }

        [Fact]
        public void AddOrder_appends_orders()
        {
            QueryExpression query = new QueryExpression("systemuser");

            query.AddOrder("fullname", OrderType.Descending);

            Assert.Equal("fullname", query.Orders[0].AttributeName);
            Assert.Equal(OrderType.Descending, query.Orders[0].OrderType);
        }
    }
}

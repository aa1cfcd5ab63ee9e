using Microsoft.Xrm.Sdk.Query;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>QueryExpression: the parts its constructors create (ColumnSet, Criteria, PageInfo; plain properties after that) and builder helpers.</summary>
    public class QueryExpressionTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "QueryExpression", PublicCode.XrmSdk + "Query/QueryExpression.cs")]
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
        [BehaviourSource(PublicCode.XrmSdkTitle + "QueryExpression", PublicCode.XrmSdk + "Query/QueryExpression.cs")]
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
        [BehaviourSource(PublicCode.XrmSdkTitle + "QueryExpression", PublicCode.XrmSdk + "Query/QueryExpression.cs")]
        public void AddOrder_appends_orders()
        {
            QueryExpression query = new QueryExpression("systemuser");

            query.AddOrder("fullname", OrderType.Descending);

            Assert.Equal("fullname", query.Orders[0].AttributeName);
            Assert.Equal(OrderType.Descending, query.Orders[0].OrderType);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "QueryExpression", PublicCode.XrmSdk + "Query/QueryExpression.cs")]
        public void The_parameterless_constructor_also_creates_the_parts()
        {
            QueryExpression query = new QueryExpression();

            Assert.Null(query.EntityName);
            Assert.NotNull(query.ColumnSet);
            Assert.NotNull(query.Criteria);
            Assert.NotNull(query.PageInfo);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "QueryExpression", PublicCode.XrmSdk + "Query/QueryExpression.cs")]
        public void Parts_set_to_null_stay_null()
        {
            QueryExpression query = new QueryExpression("systemuser") { ColumnSet = null, Criteria = null, PageInfo = null };

            Assert.Null(query.ColumnSet);
            Assert.Null(query.Criteria);
            Assert.Null(query.PageInfo);
        }
    }
}

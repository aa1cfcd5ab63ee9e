using Microsoft.Xrm.Sdk.Query;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>FilterExpression: AddCondition/AddFilter build the tree.</summary>
    public class FilterExpressionTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "FilterExpression", PublicCode.XrmSdk + "Query/FilterExpression.cs")]
        public void AddCondition_and_AddFilter_build_nested_filters()
        {
            FilterExpression filter = new FilterExpression(LogicalOperator.And);
            filter.AddCondition("isdisabled", ConditionOperator.Equal, false);
            FilterExpression either = filter.AddFilter(LogicalOperator.Or);
            either.AddCondition("fullname", ConditionOperator.Like, "svc-%");

            Assert.Single(filter.Conditions);
            Assert.Same(either, filter.Filters[0]);
            Assert.Equal(LogicalOperator.Or, either.FilterOperator);
            Assert.Equal(new object[] { "svc-%" }, either.Conditions[0].Values);
        }
    }
}

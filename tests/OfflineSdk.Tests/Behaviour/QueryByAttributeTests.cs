using Microsoft.Xrm.Sdk.Query;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>QueryByAttribute: AddAttributeValue keeps Attributes and Values in step; only the parameterless constructor creates ColumnSet and PageInfo.</summary>
    public class QueryByAttributeTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "QueryByAttribute", PublicCode.XrmSdk + "Query/QueryByAttribute.cs")]
        public void AddAttributeValue_appends_to_both_lists()
        {
            QueryByAttribute query = new QueryByAttribute("systemuser");
            query.AddAttributeValue("applicationid", "app");
            query.AddAttributeValue("isdisabled", false);

            Assert.Equal(new[] { "applicationid", "isdisabled" }, query.Attributes);
            Assert.Equal(new object[] { "app", false }, query.Values);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "QueryByAttribute", PublicCode.XrmSdk + "Query/QueryByAttribute.cs")]
        public void Only_the_parameterless_constructor_creates_ColumnSet_and_PageInfo()
        {
            QueryByAttribute empty = new QueryByAttribute();
            QueryByAttribute named = new QueryByAttribute("systemuser");

            Assert.NotNull(empty.ColumnSet);
            Assert.NotNull(empty.PageInfo);
            Assert.Null(named.ColumnSet);
            Assert.Null(named.PageInfo);
            Assert.Empty(named.Attributes);
            Assert.Empty(named.Orders);
        }
    }
}

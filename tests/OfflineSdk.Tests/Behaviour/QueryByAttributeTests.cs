using Microsoft.Xrm.Sdk.Query;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>QueryByAttribute: AddAttributeValue keeps Attributes and Values in step.</summary>
    public class QueryByAttributeTests
    {
        [Fact]
        public void AddAttributeValue_appends_to_both_lists()
        {
            QueryByAttribute query = new QueryByAttribute("systemuser");
            query.AddAttributeValue("applicationid", "app");
            query.AddAttributeValue("isdisabled", false);

            Assert.Equal(new[] { "applicationid", "isdisabled" }, query.Attributes);
            Assert.Equal(new object[] { "app", false }, query.Values);
        }
    }
}

using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>FetchExpression: FetchXML text as a RetrieveMultiple query.</summary>
    public class FetchExpressionTests
    {
        private const string ActiveUsers = "<fetch><entity name='systemuser'><attribute name='fullname'/></entity></fetch>";

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "FetchExpression", PublicCode.XrmSdk + "Query/FetchExpression.cs")]
        [BehaviourSource("FetchExpression Class (Microsoft Learn)", "https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.fetchexpression")]
        public void The_constructor_keeps_the_FetchXML_text_as_given()
        {
            FetchExpression fetch = new FetchExpression(ActiveUsers);

            Assert.Equal(ActiveUsers, fetch.Query);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "FetchExpression", PublicCode.XrmSdk + "Query/FetchExpression.cs")]
        public void The_parameterless_constructor_has_no_query_until_one_is_set()
        {
            FetchExpression fetch = new FetchExpression();
            Assert.Null(fetch.Query);

            fetch.Query = ActiveUsers;
            Assert.Equal(ActiveUsers, fetch.Query);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "RetrieveMultipleRequest", PublicCode.XrmSdk + "Messages/RetrieveMultipleRequest.cs")]
        [BehaviourSource("FetchExpression Class (Microsoft Learn)", "https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.fetchexpression")]
        public void A_fetch_query_travels_as_the_RetrieveMultiple_query()
        {
            FetchExpression fetch = new FetchExpression(ActiveUsers);
            RetrieveMultipleRequest request = new RetrieveMultipleRequest { Query = fetch };

            Assert.Same(fetch, request.Parameters["Query"]);
            Assert.IsAssignableFrom<QueryBase>(request.Query);
        }
    }
}

using Microsoft.Xrm.Sdk.Query;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>PagingInfo: a new one asks for nothing in particular (page 0, count 0, no cookie, no total count).</summary>
    public class PagingInfoTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "PagingInfo", PublicCode.XrmSdk + "Query/PagingInfo.cs")]
        public void A_new_paging_info_holds_plain_defaults()
        {
            PagingInfo paging = new PagingInfo();

            Assert.Equal(0, paging.PageNumber);
            Assert.Equal(0, paging.Count);
            Assert.Null(paging.PagingCookie);
            Assert.False(paging.ReturnTotalRecordCount);
        }
    }
}

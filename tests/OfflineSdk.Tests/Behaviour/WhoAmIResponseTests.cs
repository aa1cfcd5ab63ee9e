using System;
using Microsoft.Crm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>WhoAmIResponse reads Results["UserId"], ["BusinessUnitId"], ["OrganizationId"].</summary>
    public class WhoAmIResponseTests
    {
        [Fact]
        [BehaviourSource(PublicCode.CrmSdkProxyTitle + "WhoAmIResponse", PublicCode.CrmSdkProxy + "WhoAmIResponse.cs")]
        public void Ids_read_their_results()
        {
            Guid user = Guid.NewGuid();
            Guid businessUnit = Guid.NewGuid();
            Guid organization = Guid.NewGuid();
            WhoAmIResponse response = new WhoAmIResponse();
            response.Results["UserId"] = user;
            response.Results["BusinessUnitId"] = businessUnit;
            response.Results["OrganizationId"] = organization;

            Assert.Equal(user, response.UserId);
            Assert.Equal(businessUnit, response.BusinessUnitId);
            Assert.Equal(organization, response.OrganizationId);
        }

        [Fact]
        [BehaviourSource(PublicCode.CrmSdkProxyTitle + "WhoAmIResponse", PublicCode.CrmSdkProxy + "WhoAmIResponse.cs")]
        public void Missing_results_read_as_empty_ids()
        {
            Assert.Equal(Guid.Empty, new WhoAmIResponse().UserId);
        }
    }
}

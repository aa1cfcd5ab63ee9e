using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>OrganizationRequest: a name plus Parameters; the indexer is Parameters' indexer.</summary>
    public class OrganizationRequestTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "OrganizationRequest", PublicCode.XrmSdk + "OrganizationRequest.cs")]
        [BehaviourSource("Use messages with the SDK for .NET (Microsoft Learn)", "https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages")]
        public void A_generic_request_carries_its_name_and_parameters()
        {
            OrganizationRequest request = new OrganizationRequest("new_CreateServiceUser");
            request["Name"] = "svc-app";

            Assert.Equal("new_CreateServiceUser", request.RequestName);
            Assert.Equal("svc-app", request.Parameters["Name"]);
            Assert.Null(request.RequestId);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "OrganizationRequest", PublicCode.XrmSdk + "OrganizationRequest.cs")]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DataCollection<TKey, TValue>", PublicCode.XrmSdk + "DataCollection%602.cs")]
        public void Indexer_on_a_missing_parameter_throws_KeyNotFoundException()
        {
            Assert.Throws<KeyNotFoundException>(() => new OrganizationRequest("WhoAmI")["UserId"]);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "OrganizationRequest", PublicCode.XrmSdk + "OrganizationRequest.cs")]
        public void Parameters_can_be_replaced()
        {
            ParameterCollection parameters = new ParameterCollection { { "Target", new EntityReference("account", Guid.NewGuid()) } };
            OrganizationRequest request = new OrganizationRequest { Parameters = parameters };

            Assert.Same(parameters, request.Parameters);
            Assert.Null(request.RequestName);
        }
    }
}

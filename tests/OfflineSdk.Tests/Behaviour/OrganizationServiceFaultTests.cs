using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>
    /// OrganizationServiceFault as the detail of FaultException&lt;OrganizationServiceFault&gt;, the way the
    /// organization service reports errors to callers (and to plug-ins calling it).
    /// </summary>
    public class OrganizationServiceFaultTests
    {
        [Fact]
        [BehaviourSource("Handle exceptions in your code (Microsoft Learn)", "https://learn.microsoft.com/power-apps/developer/data-platform/org-service/handle-exceptions")]
        public void FaultException_exposes_the_fault_detail()
        {
            OrganizationServiceFault fault = new OrganizationServiceFault
            {
                ErrorCode = unchecked((int)0x80040217),
                Message = "systemuser With Id = 42 Does Not Exist",
                Timestamp = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            };
            fault.ErrorDetails["ApiExceptionHttpStatusCode"] = 404;

            FaultException<OrganizationServiceFault> exception =
                new FaultException<OrganizationServiceFault>(fault, new FaultReason(fault.Message));

            Assert.Same(fault, exception.Detail);
            Assert.Equal(fault.Message, exception.Message);
            Assert.Equal(unchecked((int)0x80040217), exception.Detail.ErrorCode);
            Assert.Equal(404, exception.Detail.ErrorDetails["ApiExceptionHttpStatusCode"]);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "OrganizationServiceFault", PublicCode.XrmSdk + "OrganizationServiceFault.cs")]
        public void Faults_chain_through_InnerFault_and_print_the_chain()
        {
            OrganizationServiceFault inner = new OrganizationServiceFault { ErrorCode = 2, Message = "inner" };
            OrganizationServiceFault outer = new OrganizationServiceFault { ErrorCode = 1, Message = "outer", InnerFault = inner };

            string text = outer.ToString();

            Assert.Same(inner, outer.InnerFault);
            Assert.True(text.IndexOf("outer", StringComparison.Ordinal) < text.IndexOf("inner", StringComparison.Ordinal));
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "BaseServiceFault", PublicCode.XrmSdk + "BaseServiceFault.cs")]
        public void A_new_fault_has_an_empty_error_detail_collection_and_no_inner_fault()
        {
            OrganizationServiceFault fault = new OrganizationServiceFault();

            Assert.Empty(fault.ErrorDetails);
            Assert.Null(fault.InnerFault);
            Assert.Equal(0, fault.ErrorCode);
        }
    }
}

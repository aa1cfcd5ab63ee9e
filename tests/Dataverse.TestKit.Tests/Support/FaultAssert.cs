using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.TestKit.Tests.Support
{
    /// <summary>Asserts that an action fails the way the organization service fails: a fault with a given error code.</summary>
    internal static class FaultAssert
    {
        public static OrganizationServiceFault Throws(int expectedErrorCode, Action action)
        {
            var exception = Assert.Throws<FaultException<OrganizationServiceFault>>(action);
            Assert.True(
                exception.Detail.ErrorCode == expectedErrorCode,
                $"Expected error code 0x{expectedErrorCode:x8} but got 0x{exception.Detail.ErrorCode:x8}: {exception.Message}");
            return exception.Detail;
        }
    }
}

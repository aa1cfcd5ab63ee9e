using System;
using System.ServiceModel;
using Dataverse.TestKit.Faults;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>
    /// What the caller receives when a plug-in fails (handle-exceptions and InvalidPluginExecutionException docs):
    /// an InvalidPluginExecutionException becomes a fault with its message and its ErrorCode when the plug-in set one,
    /// else IsvAborted; a fault from a nested call that the plug-in let through keeps its own code and message; any
    /// other exception becomes IsvUnExpected. The plug-in's trace goes into the fault's TraceText.
    /// </summary>
    internal static class PluginFailure
    {
        /// <summary>HResult of a plain System.Exception: what ErrorCode holds when the plug-in gave no code.</summary>
        private static readonly int DefaultExceptionHResult = new Exception().HResult;

        public static FaultException<OrganizationServiceFault> ToFault(Exception exception, string pluginTypeName, string trace)
        {
            FaultException<OrganizationServiceFault> fault;
            switch (exception)
            {
                case InvalidPluginExecutionException invalid:
                    var code = invalid.ErrorCode == 0 || invalid.ErrorCode == DefaultExceptionHResult ? PlatformErrorCode.IsvAborted : invalid.ErrorCode;
                    fault = PlatformFault.Create(code, invalid.Message);
                    break;
                case FaultException<OrganizationServiceFault> nested:
                    fault = nested;
                    break;
                default:
                    fault = PlatformFault.Create(
                        PlatformErrorCode.IsvUnExpected,
                        $"Unexpected exception from plug-in (Execute): {pluginTypeName}: {exception.GetType().FullName}: {exception.Message}");
                    break;
            }

            if (fault.Detail != null && string.IsNullOrEmpty(fault.Detail.TraceText))
            {
                fault.Detail.TraceText = trace;
            }

            return fault;
        }
    }
}

using System;
using System.ServiceModel;
using Dataverse.TestKit.Faults;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>
    /// What the caller receives when a plug-in fails:
    /// <list type="bullet">
    /// <item>an <see cref="InvalidPluginExecutionException"/> becomes a fault whose ErrorCode is always 0x80040265
    /// (IsvAborted) and whose message is the plug-in's message. The plug-in's own error code does not replace it: it travels
    /// only as <c>ErrorDetails["SubErrorCode"]</c>, and the plug-in's <see cref="PluginHttpStatusCode"/> as
    /// <c>ErrorDetails["HttpStatusCode"]</c> when one was set (Web API "Compose HTTP requests and handle errors";
    /// dataverse-facts §6.3). See <see cref="PluginFaultDetails"/> to read them;</item>
    /// <item>a fault from a nested call that the plug-in let through keeps its own code and message (assumed);</item>
    /// <item>any other exception becomes IsvUnExpected (0x80040224), handle-exceptions docs.</item>
    /// </list>
    /// The plug-in's trace goes into the fault's TraceText.
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
                    fault = PlatformFault.Create(PlatformErrorCode.IsvAborted, invalid.Message);
                    if (invalid.ErrorCode != 0 && invalid.ErrorCode != DefaultExceptionHResult)
                    {
                        fault.Detail.ErrorDetails[PluginFaultDetails.SubErrorCodeKey] = invalid.ErrorCode;
                    }

                    if (invalid.HttpStatus != PluginHttpStatusCode.NotSet)
                    {
                        fault.Detail.ErrorDetails[PluginFaultDetails.HttpStatusCodeKey] = (int)invalid.HttpStatus;
                    }

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

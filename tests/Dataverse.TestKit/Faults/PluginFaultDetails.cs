using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit
{
    /// <summary>
    /// Reads what a failed plug-in put on the fault besides the message: its own error code (the Web API's
    /// <c>@Microsoft.PowerApps.CDS.ErrorDetails.SubErrorCode</c> annotation) and the HTTP status it asked for. The fault's
    /// ErrorCode is 0x80040265 whatever the plug-in threw, so a test that wants the plug-in's code reads it here.
    /// The key names inside ErrorDetails are the kit's choice (assumed): no documentation names them for SDK callers.
    /// </summary>
    public static class PluginFaultDetails
    {
        public const string SubErrorCodeKey = "SubErrorCode";

        public const string HttpStatusCodeKey = "HttpStatusCode";

        /// <summary>The plug-in's own error code, or null when it gave none.</summary>
        public static int? SubErrorCode(this OrganizationServiceFault fault) =>
            fault.ErrorDetails.TryGetValue(SubErrorCodeKey, out var value) && value is int code ? code : (int?)null;

        /// <summary>The HTTP status the Web API answers with: the plug-in's, or 400 Bad Request when it set none (assumed default).</summary>
        public static int HttpStatus(this OrganizationServiceFault fault) =>
            fault.ErrorDetails.TryGetValue(HttpStatusCodeKey, out var value) && value is int status ? status : (int)PluginHttpStatusCode.BadRequest;

        /// <summary>Whether the plug-in chose the HTTP status itself.</summary>
        public static bool HasHttpStatus(this OrganizationServiceFault fault) => fault.ErrorDetails.ContainsKey(HttpStatusCodeKey);
    }
}

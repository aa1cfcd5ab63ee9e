using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Faults
{
    /// <summary>
    /// Builds the exception the organization service surfaces to SDK callers:
    /// <c>FaultException&lt;OrganizationServiceFault&gt;</c> carrying the platform's error code and message.
    /// </summary>
    internal static class PlatformFault
    {
        /// <param name="errorCode">One of <see cref="PlatformErrorCode"/> (or a plug-in's own code).</param>
        /// <param name="message">The message in the platform's words; becomes <c>Detail.Message</c> and the exception's reason.</param>
        /// <param name="explanation">
        /// Optional: why the kit refused, appended to the exception's reason (what a test failure prints) but not to
        /// <c>Detail.Message</c>, which stays in the platform's words.
        /// </param>
        public static FaultException<OrganizationServiceFault> Create(int errorCode, string message, string explanation = null)
        {
            var fault = new OrganizationServiceFault
            {
                ErrorCode = errorCode,
                Message = message,
                Timestamp = DateTime.UtcNow,
            };
            var reason = explanation == null ? message : message + " [Dataverse.TestKit: " + explanation + "]";
            return new FaultException<OrganizationServiceFault>(fault, reason);
        }

        public static FaultException<OrganizationServiceFault> ObjectDoesNotExist(string logicalName, Guid id) =>
            Create(PlatformErrorCode.ObjectDoesNotExist, $"{logicalName} With Id = {id} Does Not Exist");

        public static FaultException<OrganizationServiceFault> InvalidArgument(string message) =>
            Create(PlatformErrorCode.InvalidArgument, message);
    }
}

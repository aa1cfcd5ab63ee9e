using Dataverse.TestKit.Faults;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Messages
{
    /// <summary>Reads a request's parameters by name, so typed requests and plain <c>OrganizationRequest("Create")</c> behave alike.</summary>
    internal static class RequestParameters
    {
        public static T Optional<T>(OrganizationRequest request, string name) =>
            request.Parameters.TryGetValue(name, out var value) && value is T typed ? typed : default(T);

        public static T Required<T>(OrganizationRequest request, string name)
        {
            if (!request.Parameters.TryGetValue(name, out var value) || value == null)
            {
                throw PlatformFault.InvalidArgument($"Required field '{name}' is missing");
            }

            if (!(value is T typed))
            {
                throw PlatformFault.InvalidArgument($"The parameter '{name}' of request '{MessageNames.Of(request)}' must be of type {typeof(T).FullName}, not {value.GetType().FullName}.");
            }

            return typed;
        }
    }
}

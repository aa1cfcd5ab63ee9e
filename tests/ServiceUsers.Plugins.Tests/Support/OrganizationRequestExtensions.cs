using Microsoft.Xrm.Sdk;

namespace ServiceUsers.Plugins.Tests.Support
{
    public static class OrganizationRequestExtensions
    {
        /// <summary>Sets (or, with null, removes) a parameter and returns the request, so a test states only what it changes.</summary>
        public static OrganizationRequest With(this OrganizationRequest request, string name, object value)
        {
            if (value == null)
            {
                request.Parameters.Remove(name);
            }
            else
            {
                request[name] = value;
            }

            return request;
        }
    }
}

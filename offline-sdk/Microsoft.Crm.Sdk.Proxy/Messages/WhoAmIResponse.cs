using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>
    /// The answer to WhoAmI: a typed view over Results["UserId"], Results["BusinessUnitId"], Results["OrganizationId"]
    /// (result names as on learn.microsoft.com WhoAmIResponse and the Web API WhoAmIResponse complex type).
    /// </summary>
    public sealed class WhoAmIResponse : OrganizationResponse
    {
        public WhoAmIResponse()
        {
        }

        public Guid UserId
        {
            get { return Results.Contains("UserId") ? (Guid)Results["UserId"] : default(Guid); }
        }

        public Guid BusinessUnitId
        {
            get { return Results.Contains("BusinessUnitId") ? (Guid)Results["BusinessUnitId"] : default(Guid); }
        }

        public Guid OrganizationId
        {
            get { return Results.Contains("OrganizationId") ? (Guid)Results["OrganizationId"] : default(Guid); }
        }
    }
}

using System;
using System.Collections.Generic;

namespace ServiceUsers.Plugins.CreateServiceUser
{
    /// <summary>A request that passed input validation: trimmed, within limits, one identity.</summary>
    public sealed class ServiceUserRequest
    {
        public ServiceUserRequest(
            ServiceUserKind kind,
            string domainName,
            Guid? applicationId,
            string firstName,
            string lastName,
            Guid? businessUnitId,
            string internalEmailAddress,
            IReadOnlyList<string> roles,
            IReadOnlyList<string> teams)
        {
            Kind = kind;
            DomainName = domainName;
            ApplicationId = applicationId;
            FirstName = firstName;
            LastName = lastName;
            BusinessUnitId = businessUnitId;
            InternalEmailAddress = internalEmailAddress;
            Roles = roles;
            Teams = teams;
        }

        public ServiceUserKind Kind { get; }

        public string DomainName { get; }

        public Guid? ApplicationId { get; }

        public string FirstName { get; }

        public string LastName { get; }

        /// <summary>Null means "the root business unit".</summary>
        public Guid? BusinessUnitId { get; }

        public string InternalEmailAddress { get; }

        public IReadOnlyList<string> Roles { get; }

        public IReadOnlyList<string> Teams { get; }

        /// <summary>How the user is named in traces and messages (never a secret: a UPN or an application id).</summary>
        public string IdentityDescription => Kind == ServiceUserKind.Application
            ? "application " + ApplicationId
            : "user " + DomainName;
    }
}

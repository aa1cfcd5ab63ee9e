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
            IReadOnlyList<string> teams,
            bool convertExistingUser)
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
            ConvertExistingUser = convertExistingUser;
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

        /// <summary>
        /// Switch an existing Read-Write user with this sign-in name to non-interactive: Microsoft's documented route
        /// (create and license the Entra user, let it sync, change its access mode, remove the licence). Never set for
        /// an application user, which is non-interactive already.
        /// </summary>
        public bool ConvertExistingUser { get; }

        /// <summary>How the user is named in traces and messages (never a secret: a UPN or an application id).</summary>
        public string IdentityDescription => Kind == ServiceUserKind.Application
            ? "application " + ApplicationId
            : "user " + DomainName;
    }
}

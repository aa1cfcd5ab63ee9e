using System;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Organization;
using Inputs = ServiceUsers.Plugins.CreateServiceUser.CreateServiceUserContract.Inputs;

namespace ServiceUsers.Plugins.CreateServiceUser
{
    /// <summary>
    /// The "ensure" rules: an existing service user with the requested identity is returned and completed (never
    /// reduced); a Read-Write user is converted only when the caller asked for it (Microsoft's documented route to a
    /// non-interactive user); anything else that already carries the identity is refused. The API never moves a user to
    /// another business unit. The existing user was found as SYSTEM, so messages name only what the caller gave or can read.
    /// </summary>
    public static class ExistingUserPolicy
    {
        public static UserAction Decide(ExistingUser existing, ServiceUserRequest request, BusinessUnitNode target, BusinessUnitTree businessUnits, Guid callerId, int enabledNonInteractiveUsers)
        {
            if (existing == null)
            {
                CheckNonInteractiveLimit(request, enabledNonInteractiveUsers);
                return UserAction.Create;
            }

            var identityParameter = request.Kind == ServiceUserKind.Application ? Inputs.ApplicationId : Inputs.DomainName;
            var convertible = existing.AccessMode == SystemUserAccessMode.ReadWrite && !existing.IsApplicationUser;
            if (!existing.IsServiceUser && !(convertible && request.ConvertExistingUser))
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.ExistingUserIsInteractive, identityParameter, convertible
                    ? $"{request.IdentityDescription} already exists as an interactive (Read-Write) user. To make it a service account the documented way (license the Entra user, let it sync, convert it, then remove the licence), call again with ConvertExistingUser = true; only a System Administrator may convert. Otherwise use a dedicated Entra ID account for the service."
                    : $"{request.IdentityDescription} already exists as an interactive user whose access mode is not Read-Write, so it cannot be converted. Use a dedicated Entra ID account for the service.");
            }

            if (existing.IsDisabled)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.ExistingUserDisabled, identityParameter,
                    $"{request.IdentityDescription} already exists but is disabled. Ask an administrator to enable it, then call again.");
            }

            if (existing.BusinessUnitId != target.Id)
            {
                var readable = businessUnits.Find(existing.BusinessUnitId);
                var where = readable == null ? "in another business unit" : $"in business unit '{readable.Name}'";
                throw ServiceUserError.Create(ServiceUserErrorCode.ExistingUserInOtherBusinessUnit, Inputs.BusinessUnitId,
                    $"{request.IdentityDescription} already exists {where}, not in '{target.Name}'. This API does not move users; leave BusinessUnitId out, or pass the business unit the user is in, to complete it.");
            }

            if (existing.IsServiceUser)
            {
                return UserAction.Complete;
            }

            if (existing.Id == callerId)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.CannotConvertOwnAccount, identityParameter,
                    $"{request.IdentityDescription} is your own account. Converting it would stop you from signing in; a service account must be a separate Entra ID account.");
            }

            CheckNonInteractiveLimit(request, enabledNonInteractiveUsers);
            return UserAction.Convert;
        }

        private static void CheckNonInteractiveLimit(ServiceUserRequest request, int enabledNonInteractiveUsers)
        {
            if (request.Kind == ServiceUserKind.NonInteractive && enabledNonInteractiveUsers >= SystemUserAccessMode.NonInteractiveUserLimit)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.NonInteractiveUserLimitReached, Inputs.DomainName,
                    $"This environment already has {enabledNonInteractiveUsers} non-interactive users, the most Dataverse allows ({SystemUserAccessMode.NonInteractiveUserLimit}). Disable one you no longer need, or create an application user (ApplicationId) instead: they have no limit.");
            }
        }
    }
}

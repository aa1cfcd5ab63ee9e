using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Organization;
using Inputs = ServiceUsers.Plugins.CreateServiceUser.CreateServiceUserContract.Inputs;

namespace ServiceUsers.Plugins.CreateServiceUser
{
    /// <summary>
    /// The "ensure" rules: an existing service user with the requested identity is returned and completed (never
    /// reduced); anything else that already carries the identity is refused, above all a person's interactive
    /// account, which this API must never turn into a service account.
    /// </summary>
    public static class ExistingUserPolicy
    {
        public static void Check(ExistingUser existing, ServiceUserRequest request, BusinessUnitNode target, BusinessUnitTree businessUnits)
        {
            if (existing == null)
            {
                return;
            }

            var identityParameter = request.Kind == ServiceUserKind.Application ? Inputs.ApplicationId : Inputs.DomainName;
            if (!existing.IsServiceUser)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.ExistingUserIsInteractive, identityParameter,
                    $"{request.IdentityDescription} already exists as an interactive user. This API never turns a person's account into a service account; use a dedicated Entra ID account for the service.");
            }

            if (existing.IsDisabled)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.ExistingUserDisabled, identityParameter,
                    $"{request.IdentityDescription} already exists as a service user but is disabled. Ask an administrator to enable it, then call again.");
            }

            if (existing.BusinessUnitId != target.Id)
            {
                // The user was found as SYSTEM: name its unit only when the caller can read that unit.
                var readable = businessUnits.Find(existing.BusinessUnitId);
                var where = readable == null ? "in another business unit" : $"in business unit '{readable.Name}'";
                throw ServiceUserError.Create(ServiceUserErrorCode.ExistingUserInOtherBusinessUnit, Inputs.BusinessUnitId,
                    $"{request.IdentityDescription} already exists {where}, not in '{target.Name}'. This API does not move users; pass the business unit the user is in to complete it.");
            }
        }

        public static void CheckNonInteractiveLimit(ServiceUserRequest request, int enabledNonInteractiveUsers)
        {
            if (request.Kind == ServiceUserKind.NonInteractive && enabledNonInteractiveUsers >= SystemUserAccessMode.NonInteractiveUserLimit)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.NonInteractiveUserLimitReached, Inputs.DomainName,
                    $"This environment already has {enabledNonInteractiveUsers} non-interactive users, the most Dataverse allows ({SystemUserAccessMode.NonInteractiveUserLimit}). Disable one you no longer need, or create an application user (ApplicationId) instead: they have no limit.");
            }
        }
    }
}

using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Organization;
using Inputs = ServiceUsers.Plugins.CreateServiceUser.CreateServiceUserContract.Inputs;

namespace ServiceUsers.Plugins.CreateServiceUser
{
    /// <summary>
    /// Which business unit the service user belongs to: the requested one; else, when a user with the identity exists,
    /// that user's unit (ensuring again without BusinessUnitId must be harmless, and the API never moves users); else
    /// the root unit.
    /// </summary>
    public static class TargetBusinessUnit
    {
        public static BusinessUnitNode Choose(BusinessUnitTree businessUnits, ServiceUserRequest request, ExistingUser existing)
        {
            if (request.BusinessUnitId.HasValue)
            {
                return businessUnits.Find(request.BusinessUnitId.Value)
                    ?? throw ServiceUserError.Create(ServiceUserErrorCode.BusinessUnitNotFound, Inputs.BusinessUnitId,
                        $"No business unit with id {request.BusinessUnitId.Value} exists (or you cannot read it). Check the id, or leave the parameter out to use the root business unit.");
            }

            if (existing != null)
            {
                // Found as SYSTEM: a unit the caller cannot read is not named.
                return businessUnits.Find(existing.BusinessUnitId)
                    ?? throw ServiceUserError.Create(ServiceUserErrorCode.CallerMayNotCreateUsersThere, Inputs.BusinessUnitId,
                        $"{request.IdentityDescription} already exists in a business unit you cannot read, so you cannot complete it. Ask an administrator.");
            }

            return businessUnits.Root
                ?? throw ServiceUserError.Create(ServiceUserErrorCode.BusinessUnitNotFound, Inputs.BusinessUnitId,
                    "You cannot read the root business unit, so it cannot be the default. Pass the id of a business unit you can read in BusinessUnitId.");
        }

        /// <summary>Checked after authorization so that callers without rights learn nothing about the unit's state.</summary>
        public static void EnsureEnabled(BusinessUnitNode businessUnit)
        {
            if (businessUnit.IsDisabled)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.BusinessUnitDisabled, Inputs.BusinessUnitId,
                    $"Business unit '{businessUnit.Name}' is disabled and cannot receive new users. Choose an enabled business unit or ask an administrator to enable it.");
            }
        }
    }
}

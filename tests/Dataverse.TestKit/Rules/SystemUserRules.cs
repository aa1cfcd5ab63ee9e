using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Platform;
using Dataverse.TestKit.Security;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Rules
{
    /// <summary>
    /// The platform's rules for systemuser rows (web-service error codes reference; create-users docs):
    /// a business unit is required and must be enabled; domainname and applicationid identify one user only
    /// (UserAlreadyExists); only a Read-Write System Administrator may set or change accessmode
    /// (AccessModeChangeNeedSystemAdmin, SYSTEM is exempt); an application user is non-interactive and its
    /// access mode never changes (ApplicationUserCannotChangeAccessMode, whoever asks).
    /// </summary>
    internal sealed class SystemUserRules
    {
        private readonly RecordStore store;
        private readonly OrganizationDirectory directory;
        private readonly PrivilegeResolver resolver;

        public SystemUserRules(RecordStore store, OrganizationDirectory directory, PrivilegeResolver resolver)
        {
            this.store = store;
            this.directory = directory;
            this.resolver = resolver;
        }

        /// <summary>Checks a user about to be created; <paramref name="user"/> holds the caller's attributes, before defaults.</summary>
        public void BeforeCreate(Entity user, Principal caller)
        {
            var businessUnit = user.GetAttributeValue<EntityReference>("businessunitid");
            if (businessUnit == null)
            {
                // Reported for creates without a business unit (Microsoft.Xrm.Data.PowerShell#499); code chosen.
                throw PlatformFault.InvalidArgument("Expecting business column to be set for Creating business owned entities, business column is null");
            }

            RequireEnabledBusinessUnit(businessUnit.Id);

            var requestedAccessMode = user.GetAttributeValue<OptionSetValue>("accessmode")?.Value;
            if (user.GetAttributeValue<Guid?>("applicationid").HasValue)
            {
                // The platform makes every application user non-interactive by itself; asking for another mode is refused.
                if (requestedAccessMode.HasValue && requestedAccessMode.Value != UserProvisioning.NonInteractiveAccessMode)
                {
                    throw ApplicationUserAccessModeFault();
                }
            }
            else if (requestedAccessMode.HasValue && requestedAccessMode.Value != 0)
            {
                RequireAccessModeAdministrator(caller, $"accessmode {requestedAccessMode.Value} requested on create of {user.GetAttributeValue<string>("domainname")}");
            }

            RequireUnique(user, user.Id);
        }

        /// <summary>Checks an update of an existing user (<paramref name="changes"/> = the validated attributes sent).</summary>
        public void BeforeUpdate(Entity existing, IReadOnlyCollection<KeyValuePair<string, object>> changes, Principal caller)
        {
            var after = new Entity(existing.LogicalName, existing.Id);
            foreach (var attribute in existing.Attributes)
            {
                after[attribute.Key] = attribute.Value;
            }

            foreach (var change in changes)
            {
                after[change.Key] = change.Value;
            }

            var before = existing.GetAttributeValue<OptionSetValue>("accessmode")?.Value ?? 0;
            if (changes.Any(c => c.Key == "accessmode"))
            {
                var requested = after.GetAttributeValue<OptionSetValue>("accessmode")?.Value ?? 0;
                if (requested != before)
                {
                    if (existing.GetAttributeValue<Guid?>("applicationid").HasValue)
                    {
                        throw ApplicationUserAccessModeFault();
                    }

                    RequireAccessModeAdministrator(caller, $"accessmode {before} -> {requested} on user {existing.Id}");
                }
            }

            if (changes.Any(c => c.Key == "businessunitid"))
            {
                var businessUnit = after.GetAttributeValue<EntityReference>("businessunitid");
                if (businessUnit == null)
                {
                    throw PlatformFault.InvalidArgument("Expecting business column to be set for business owned entities, business column is null");
                }

                RequireEnabledBusinessUnit(businessUnit.Id);
            }

            if (changes.Any(c => c.Key == "domainname" || c.Key == "applicationid"))
            {
                RequireUnique(after, existing.Id);
            }
        }

        private void RequireEnabledBusinessUnit(Guid businessUnitId)
        {
            if (directory.BusinessUnits.IsDisabled(businessUnitId))
            {
                // The platform refuses new users in a disabled business unit; the code is chosen (see PlatformErrorCode).
                throw PlatformFault.InvalidArgument($"The business unit (Id = {businessUnitId}) is disabled. Users cannot be added to a disabled business unit.");
            }
        }

        private void RequireAccessModeAdministrator(Principal caller, string details)
        {
            if (caller.IsSystem)
            {
                return;
            }

            var callerAccessMode = directory.User(caller.UserId)?.GetAttributeValue<OptionSetValue>("accessmode")?.Value ?? 0;
            if (!resolver.IsSystemAdministrator(caller.UserId) || callerAccessMode != 0)
            {
                throw PlatformFault.Create(
                    PlatformErrorCode.AccessModeChangeNeedSystemAdmin,
                    $"You need to have system administrator role and access mode Full to change access mode of a user. Details: CallerId = {caller.UserId}, {details}");
            }
        }

        private void RequireUnique(Entity user, Guid ownId)
        {
            var domainName = user.GetAttributeValue<string>("domainname");
            var applicationId = user.GetAttributeValue<Guid?>("applicationid");
            var clash = store.Rows(TableNames.SystemUser).FirstOrDefault(other => other.Id != ownId && (
                (!string.IsNullOrEmpty(domainName) && string.Equals(other.GetAttributeValue<string>("domainname"), domainName, StringComparison.OrdinalIgnoreCase))
                || (applicationId.HasValue && other.GetAttributeValue<Guid?>("applicationid") == applicationId)));
            if (clash != null)
            {
                throw PlatformFault.Create(
                    PlatformErrorCode.UserAlreadyExists,
                    "The specified Active Directory user already exists as a Dynamics 365 user.",
                    $"systemuser {clash.Id} already has domainname '{clash.GetAttributeValue<string>("domainname")}' / applicationid {clash.GetAttributeValue<Guid?>("applicationid")}");
            }
        }

        private static Exception ApplicationUserAccessModeFault() =>
            PlatformFault.Create(PlatformErrorCode.ApplicationUserCannotChangeAccessMode, "An application user's access mode cannot be changed.");
    }
}

using System;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Infrastructure;
using ServiceUsers.Plugins.Validation;
using Inputs = ServiceUsers.Plugins.CreateServiceUser.CreateServiceUserContract.Inputs;

namespace ServiceUsers.Plugins.CreateServiceUser
{
    /// <summary>
    /// Turns the raw input parameters into a <see cref="ServiceUserRequest"/>, or fails with the first problem found.
    /// It makes no service call: every rule here is about the input alone. The limits are the systemuser columns'
    /// (firstname/lastname 256, domainname 1024, internalemailaddress 100); role names have at most 100 characters
    /// and team names 160, so a longer Roles/Teams entry is a paste error.
    /// </summary>
    public static class ServiceUserRequestReader
    {
        public const int MaxListEntries = 100;

        private static readonly TextRule DomainNameRule = new TextRule(Inputs.DomainName, ServiceUserErrorCode.DomainNameInvalid, 1024, SignInNameFormat.Problem);
        private static readonly TextRule FirstNameRule = new TextRule(Inputs.FirstName, ServiceUserErrorCode.FirstNameInvalid, 256, PersonNameFormat.Problem);
        private static readonly TextRule LastNameRule = new TextRule(Inputs.LastName, ServiceUserErrorCode.LastNameInvalid, 256, PersonNameFormat.Problem);
        private static readonly TextRule EmailRule = new TextRule(Inputs.InternalEmailAddress, ServiceUserErrorCode.EmailInvalid, 100, EmailAddressFormat.Problem);
        private static readonly EntryListParser RolesParser = new EntryListParser(Inputs.Roles, ServiceUserErrorCode.RolesListInvalid, 160, MaxListEntries);
        private static readonly EntryListParser TeamsParser = new EntryListParser(Inputs.Teams, ServiceUserErrorCode.TeamsListInvalid, 160, MaxListEntries);

        public static ServiceUserRequest Read(TypedInputs inputs)
        {
            // Read every parameter first so a value of the wrong type is reported whatever else is wrong.
            var rawDomainName = inputs.OptionalString(Inputs.DomainName);
            var applicationId = inputs.OptionalGuid(Inputs.ApplicationId);
            var rawFirstName = inputs.OptionalString(Inputs.FirstName);
            var rawLastName = inputs.OptionalString(Inputs.LastName);
            var businessUnitId = inputs.OptionalGuid(Inputs.BusinessUnitId);
            var rawEmail = inputs.OptionalString(Inputs.InternalEmailAddress);
            var rawRoles = inputs.OptionalString(Inputs.Roles);
            var rawTeams = inputs.OptionalString(Inputs.Teams);
            var convertExistingUser = inputs.OptionalBoolean(Inputs.ConvertExistingUser) ?? false;

            var kind = ReadKind(rawDomainName, applicationId);
            var isNonInteractive = kind == ServiceUserKind.NonInteractive;
            var domainName = isNonInteractive ? DomainNameRule.Apply(rawDomainName, required: true) : null;
            if (!isNonInteractive && applicationId == Guid.Empty)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.ApplicationIdInvalid, Inputs.ApplicationId,
                    "The empty GUID is not an application id. Copy the Application (client) ID from the app registration in Entra ID.");
            }

            if (businessUnitId == Guid.Empty)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.BusinessUnitNotFound, Inputs.BusinessUnitId,
                    "The empty GUID is not a business unit. Leave the parameter out to use the root business unit, or pass a business unit's id.");
            }

            if (!isNonInteractive)
            {
                RefuseNameForApplicationUser(rawFirstName, Inputs.FirstName, ServiceUserErrorCode.FirstNameInvalid);
                RefuseNameForApplicationUser(rawLastName, Inputs.LastName, ServiceUserErrorCode.LastNameInvalid);
            }

            const string RequiredForNonInteractive = "for a non-interactive user";
            // A conversion keeps the synced user's own names, so they are only checked when given.
            var namesRequired = isNonInteractive && !convertExistingUser;
            var firstName = isNonInteractive ? FirstNameRule.Apply(rawFirstName, namesRequired, RequiredForNonInteractive) : null;
            var lastName = isNonInteractive ? LastNameRule.Apply(rawLastName, namesRequired, RequiredForNonInteractive) : null;
            var email = EmailRule.Apply(rawEmail, required: false);

            return new ServiceUserRequest(
                kind,
                domainName,
                isNonInteractive ? null : applicationId,
                firstName,
                lastName,
                businessUnitId,
                email,
                RolesParser.Parse(rawRoles),
                TeamsParser.Parse(rawTeams),
                isNonInteractive && convertExistingUser);
        }

        /// <summary>
        /// Dataverse names an application user itself (its first name becomes '#', "Create users" admin docs), so a name
        /// sent for one would be silently lost. Refused rather than ignored, so nobody believes it was kept. Blank counts
        /// as not given: flows often pass an empty field.
        /// </summary>
        private static void RefuseNameForApplicationUser(string rawName, string parameter, ServiceUserErrorCode code)
        {
            if (!string.IsNullOrWhiteSpace(rawName))
            {
                throw ServiceUserError.Create(code, parameter,
                    $"Leave {parameter} out for an application user: Dataverse names application users itself and would not keep it.");
            }
        }

        private static ServiceUserKind ReadKind(string rawDomainName, Guid? applicationId)
        {
            // Whitespace-only DomainName counts as given, so the DomainName rule can say it is blank.
            var hasDomainName = !string.IsNullOrEmpty(rawDomainName);
            var hasApplicationId = applicationId.HasValue;
            if (hasDomainName && hasApplicationId)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.IdentityAmbiguous, Inputs.DomainName,
                    "Both DomainName and ApplicationId were given. Give DomainName for a non-interactive user or ApplicationId for an application user, not both.");
            }

            if (!hasDomainName && !hasApplicationId)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.IdentityMissing, Inputs.DomainName,
                    "Neither DomainName nor ApplicationId was given. Give the Entra ID sign-in name (DomainName) for a non-interactive user or the app registration's Application (client) ID (ApplicationId) for an application user.");
            }

            return hasDomainName ? ServiceUserKind.NonInteractive : ServiceUserKind.Application;
        }
    }
}

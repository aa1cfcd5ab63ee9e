using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.CreateServiceUser;
using ServiceUsers.Plugins.Errors;
using Inputs = ServiceUsers.Plugins.CreateServiceUser.CreateServiceUserContract.Inputs;

namespace ServiceUsers.Plugins.Organization
{
    /// <summary>
    /// The writes of the API. Only the create runs as SYSTEM, because Dataverse lets nobody but a System Administrator
    /// set accessmode and the API exists to let delegates create service users; a conversion changes a person's
    /// existing account, so it runs as the caller and the platform's rule decides. Roles and teams are given as the
    /// caller in one call each, so the platform's own rules (no role above your own privileges, write access to the
    /// team) still apply to the caller.
    /// </summary>
    public static class ServiceUserWriter
    {
        /// <summary>UserAlreadyExists: another request created the same identity between our lookup and our create.</summary>
        private const int UserAlreadyExists = unchecked((int)0x80041d2c);

        /// <summary>AccessModeChangeNeedSystemAdmin: only a System Administrator in Read-Write mode may change an access mode.</summary>
        private const int AccessModeChangeNeedSystemAdmin = unchecked((int)0x80048d2f);

        public static Guid Create(IOrganizationService systemService, ServiceUserRequest request, Guid businessUnitId)
        {
            var user = new Entity("systemuser");
            user["businessunitid"] = new EntityReference("businessunit", businessUnitId);
            if (request.Kind == ServiceUserKind.Application)
            {
                // The platform makes an application user non-interactive and refuses any access mode we would set.
                user["applicationid"] = request.ApplicationId.Value;
            }
            else
            {
                user["domainname"] = request.DomainName;
                user["accessmode"] = new OptionSetValue(SystemUserAccessMode.NonInteractive);
            }

            SetIfGiven(user, "firstname", request.FirstName);
            SetIfGiven(user, "lastname", request.LastName);
            SetIfGiven(user, "internalemailaddress", request.InternalEmailAddress);

            try
            {
                return systemService.Create(user);
            }
            catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail?.ErrorCode == UserAlreadyExists)
            {
                var identityParameter = request.Kind == ServiceUserKind.Application ? Inputs.ApplicationId : Inputs.DomainName;
                throw ServiceUserError.Create(ServiceUserErrorCode.IdentityTakenConcurrently, identityParameter,
                    $"Another request created {request.IdentityDescription} at the same moment. Call again: the existing user will be returned.");
            }
        }

        /// <summary>
        /// Switches an existing Read-Write user to non-interactive AS THE CALLER, never as SYSTEM: the platform's own rule
        /// then decides, and it lets only a System Administrator in Read-Write mode change an access mode.
        /// </summary>
        public static void ConvertToNonInteractive(IOrganizationService callerService, Guid userId, ServiceUserRequest request)
        {
            var user = new Entity("systemuser", userId);
            user["accessmode"] = new OptionSetValue(SystemUserAccessMode.NonInteractive);
            try
            {
                callerService.Update(user);
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                var reason = fault.Detail?.ErrorCode == AccessModeChangeNeedSystemAdmin
                    ? "only a System Administrator whose own access mode is Read-Write may change a user's access mode."
                    : (fault.Detail?.Message ?? fault.Message);
                throw ServiceUserError.Create(ServiceUserErrorCode.ConversionDenied, Inputs.DomainName,
                    $"Dataverse refused to convert {request.IdentityDescription} as you: {reason} Ask a System Administrator to make this request. Nothing was changed.");
            }
        }

        public static void AssignRoles(IOrganizationService callerService, Guid userId, IReadOnlyList<MatchCandidate> roles)
        {
            if (roles.Count == 0)
            {
                return;
            }

            try
            {
                callerService.Associate("systemuser", userId, new Relationship("systemuserroles_association"), References("role", roles));
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.RoleAssignmentDenied, Inputs.Roles,
                    $"Dataverse refused to give {EntryMatch.Quote(roles.Select(role => role.Name))} as you: {fault.Detail?.Message ?? fault.Message} " +
                    "You can only give roles whose privileges you hold yourself, and you need the Assign privilege on roles.");
            }
        }

        public static void JoinTeams(IOrganizationService callerService, Guid userId, IReadOnlyList<MatchCandidate> teams)
        {
            if (teams.Count == 0)
            {
                return;
            }

            try
            {
                callerService.Associate("systemuser", userId, new Relationship("teammembership_association"), References("team", teams));
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                throw ServiceUserError.Create(ServiceUserErrorCode.TeamMembershipDenied, Inputs.Teams,
                    $"Dataverse refused to add the user to {EntryMatch.Quote(teams.Select(team => team.Name))} as you: {fault.Detail?.Message ?? fault.Message} " +
                    "Ask for write access to those teams or remove them from Teams.");
            }
        }

        private static EntityReferenceCollection References(string table, IReadOnlyList<MatchCandidate> records)
        {
            var references = new EntityReferenceCollection();
            foreach (var record in records)
            {
                references.Add(new EntityReference(table, record.Id));
            }

            return references;
        }

        private static void SetIfGiven(Entity entity, string column, string value)
        {
            if (value != null)
            {
                entity[column] = value;
            }
        }
    }
}

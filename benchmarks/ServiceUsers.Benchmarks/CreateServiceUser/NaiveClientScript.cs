using System;
using System.Collections.Generic;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace ServiceUsers.Benchmarks.CreateServiceUser
{
    /// <summary>
    /// What an admin script does today without the API: create the systemuser, then one Associate per role, then one
    /// AddMembersTeam per team; one organization-service call (a network round trip on Dataverse) each.
    /// The script must run as a System Administrator, because only one may set accessmode (a delegated admin is refused
    /// with 0x80048d2f), so the platform's escalation rules no longer protect anything: that is the API's other point.
    /// It is the naive script's best case: role and team ids are known up front, nothing is looked up or checked first,
    /// and a failure half-way leaves a user without some of its roles (no transaction spans the calls).
    /// </summary>
    public static class NaiveClientScript
    {
        private const int NonInteractiveAccessMode = 4;

        public static Guid CreateServiceUser(
            IOrganizationService systemAdministrator,
            EntityReference businessUnit,
            string domainName,
            string firstName,
            string lastName,
            IReadOnlyList<EntityReference> roles,
            IReadOnlyList<EntityReference> teams)
        {
            var user = new Entity("systemuser");
            user["businessunitid"] = businessUnit;
            user["domainname"] = domainName;
            user["firstname"] = firstName;
            user["lastname"] = lastName;
            user["accessmode"] = new OptionSetValue(NonInteractiveAccessMode);
            var userId = systemAdministrator.Create(user);

            foreach (var role in roles)
            {
                systemAdministrator.Associate("systemuser", userId, new Relationship("systemuserroles_association"), new EntityReferenceCollection { role });
            }

            foreach (var team in teams)
            {
                systemAdministrator.Execute(new AddMembersTeamRequest { TeamId = team.Id, MemberIds = new[] { userId } });
            }

            return userId;
        }
    }
}

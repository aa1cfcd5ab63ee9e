using System;
using System.Linq;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Security;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Platform
{
    /// <summary>
    /// What the platform fills in on a systemuser: the computed fullname, the application-user defaults
    /// (non-interactive access mode 4 and first name "#", create-users docs) and membership of the business unit's
    /// default team, which follows the user when the business unit changes (and the user's roles are removed then,
    /// unless the organization setting DoNotRemoveRolesOnChangeBusinessUnit is on: the kit models the default).
    /// </summary>
    internal sealed class UserProvisioning
    {
        public const int NonInteractiveAccessMode = 4;

        private readonly RecordStore store;
        private readonly OrganizationDirectory directory;

        public UserProvisioning(RecordStore store, OrganizationDirectory directory)
        {
            this.store = store;
            this.directory = directory;
        }

        /// <summary>Defaults applied to a user row before it is inserted.</summary>
        public static void ApplyDefaults(Entity user)
        {
            if (user.GetAttributeValue<Guid?>("applicationid").HasValue)
            {
                user["accessmode"] = new OptionSetValue(NonInteractiveAccessMode);
                user["firstname"] = "#";
            }

            if (!user.Contains("accessmode") || user["accessmode"] == null)
            {
                user["accessmode"] = new OptionSetValue(0);
            }

            if (!user.Contains("isdisabled") || user["isdisabled"] == null)
            {
                user["isdisabled"] = false;
            }

            user["fullname"] = FullName(user.GetAttributeValue<string>("firstname"), user.GetAttributeValue<string>("lastname"));
        }

        /// <summary>"First Last", the default full-name format.</summary>
        public static string FullName(string firstName, string lastName) =>
            string.Join(" ", new[] { firstName, lastName }.Where(part => !string.IsNullOrWhiteSpace(part)));

        public void OnUserCreated(Guid userId)
        {
            var businessUnit = directory.BusinessUnitOfUser(userId);
            var defaultTeam = directory.DefaultTeamOf(businessUnit);
            if (defaultTeam.HasValue)
            {
                Associations.Insert(store, SystemTables.TeamMembership, userId, defaultTeam.Value);
            }
        }

        public void OnBusinessUnitChanged(Guid userId, Guid previousBusinessUnit)
        {
            foreach (var link in store.Rows(SystemTables.SystemUserRoles.IntersectTable).Where(r => r.GetAttributeValue<Guid>("systemuserid") == userId).ToList())
            {
                store.Remove(link.LogicalName, link.Id);
            }

            var previousTeam = directory.DefaultTeamOf(previousBusinessUnit);
            if (previousTeam.HasValue)
            {
                var membership = directory.FindAssociation(SystemTables.TeamMembership, userId, previousTeam.Value);
                if (membership != null)
                {
                    store.Remove(membership.LogicalName, membership.Id);
                }
            }

            OnUserCreated(userId);
        }
    }
}

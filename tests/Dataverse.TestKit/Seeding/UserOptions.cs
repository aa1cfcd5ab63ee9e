using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit
{
    /// <summary>Optional columns and memberships for a seeded user (<see cref="InMemoryOrganization.AddUser(string, UserOptions)"/>).</summary>
    public sealed class UserOptions
    {
        /// <summary>The business unit; the root unit when null.</summary>
        public EntityReference BusinessUnit { get; set; }

        /// <summary>systemuser.accessmode: 0 Read-Write (default), 1 Administrative, 2 Read, 3 Support User, 4 Non-interactive, 5 Delegated Admin.</summary>
        public int AccessMode { get; set; }

        public string FirstName { get; set; }

        public string LastName { get; set; }

        public string InternalEmailAddress { get; set; }

        /// <summary>Makes the user an application user (always non-interactive, first name "#").</summary>
        public Guid? ApplicationId { get; set; }

        public Guid? AzureActiveDirectoryObjectId { get; set; }

        public bool IsDisabled { get; set; }

        /// <summary>Roles to assign; a role of another business unit (for example the root copy) is replaced by its copy in the user's unit.</summary>
        public IList<EntityReference> Roles { get; } = new List<EntityReference>();

        /// <summary>Teams to join (besides the business unit's default team, which every user joins).</summary>
        public IList<EntityReference> Teams { get; } = new List<EntityReference>();
    }
}

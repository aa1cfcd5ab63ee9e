using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Messages;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Pipeline;
using Dataverse.TestKit.Platform;
using Dataverse.TestKit.Security;
using Dataverse.TestKit.Storage;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.TestKit.Seeding
{
    /// <summary>
    /// Arranges the organization for a test. Seeding runs as SYSTEM through the same message handlers as service calls,
    /// so the platform's own additions happen (default teams, role copies, default-team membership) and its data rules
    /// hold (a role must be the copy in the user's business unit, ...), but nothing is recorded in the call log. Each
    /// seeding step is atomic: a refused step leaves no partial rows.
    /// </summary>
    internal sealed class OrganizationSeeder
    {
        private readonly OrganizationEngine engine;

        public OrganizationSeeder(OrganizationEngine engine)
        {
            this.engine = engine;
        }

        /// <summary>The empty organization: the privilege catalogue, the root business unit, SYSTEM and System Administrator.</summary>
        public void Bootstrap(string rootBusinessUnitName)
        {
            Atomically(() =>
            {
                AddPrivileges(TableNames.SystemUser, "User");
                AddPrivileges(TableNames.BusinessUnit, "BusinessUnit");
                AddPrivileges(TableNames.Team, "Team");
                AddPrivileges(TableNames.Role, "Role", AccessRight.Assign);

                var root = new Entity(TableNames.BusinessUnit, Guid.NewGuid());
                root["businessunitid"] = root.Id;
                root["name"] = rootBusinessUnitName;
                root["isdisabled"] = false;
                engine.Stamp.OnCreate(root, engine.SystemUserId);
                engine.Store.Insert(root);
                engine.RootBusinessUnitId = root.Id;

                var system = new Entity(TableNames.SystemUser, engine.SystemUserId);
                system["systemuserid"] = system.Id;
                system["fullname"] = "SYSTEM";
                system["lastname"] = "SYSTEM";
                system["businessunitid"] = new EntityReference(TableNames.BusinessUnit, root.Id);
                system["accessmode"] = new OptionSetValue(0);
                system["isdisabled"] = true;
                engine.Stamp.OnCreate(system, engine.SystemUserId);
                engine.Store.Insert(system);

                engine.BusinessUnitProvisioning.OnBusinessUnitCreated(root.Id, engine.SystemUserId);
                AddRole("System Administrator", WellKnownRoleTemplates.SystemAdministrator, engine.Privileges.All.Select(p => (p.Name, PrivilegeDepth.Global)).ToArray());
                return 0;
            });
        }

        public EntityReference AddBusinessUnit(string name, EntityReference parent, bool disabled) => Atomically(() =>
        {
            var unit = new Entity(TableNames.BusinessUnit);
            unit["name"] = name;
            unit["parentbusinessunitid"] = parent ?? new EntityReference(TableNames.BusinessUnit, engine.RootBusinessUnitId);
            unit["isdisabled"] = disabled;
            return new EntityReference(TableNames.BusinessUnit, Create(unit)) { Name = name };
        });

        public EntityReference AddRole(string name, Guid? roleTemplateId, (string PrivilegeName, PrivilegeDepth Depth)[] privileges) => Atomically(() =>
        {
            var grants = privileges.Select(p => (Privilege: engine.Privileges.Require(p.PrivilegeName), p.Depth)).ToList();
            var role = new Entity(TableNames.Role);
            role["name"] = name;
            role["businessunitid"] = new EntityReference(TableNames.BusinessUnit, engine.RootBusinessUnitId);
            if (roleTemplateId.HasValue)
            {
                role["roletemplateid"] = new EntityReference(TableNames.RoleTemplate, roleTemplateId.Value);
            }

            var id = Create(role);
            foreach (var (privilege, depth) in grants)
            {
                engine.Roles.GrantToAllCopies(id, privilege, depth);
            }

            return new EntityReference(TableNames.Role, id) { Name = name };
        });

        public EntityReference AddUser(string domainName, UserOptions options) => Atomically(() =>
        {
            options = options ?? new UserOptions();
            var businessUnit = options.BusinessUnit ?? new EntityReference(TableNames.BusinessUnit, engine.RootBusinessUnitId);
            var user = new Entity(TableNames.SystemUser);
            user["domainname"] = domainName;
            user["businessunitid"] = businessUnit;
            user["firstname"] = options.FirstName;
            user["lastname"] = options.LastName ?? LastNameFrom(domainName) ?? "Application";
            user["internalemailaddress"] = options.InternalEmailAddress ?? domainName;
            user["isdisabled"] = options.IsDisabled;
            if (options.ApplicationId.HasValue)
            {
                user["applicationid"] = options.ApplicationId.Value;
            }
            else
            {
                user["accessmode"] = new OptionSetValue(options.AccessMode);
            }

            if (options.AzureActiveDirectoryObjectId.HasValue)
            {
                user["azureactivedirectoryobjectid"] = options.AzureActiveDirectoryObjectId.Value;
            }

            var id = Create(user);
            AssignRoles(new EntityReference(TableNames.SystemUser, id), options.Roles);
            foreach (var team in options.Teams)
            {
                JoinTeam(team, id);
            }

            return new EntityReference(TableNames.SystemUser, id) { Name = domainName };
        });

        public EntityReference AddTeam(string name, EntityReference businessUnit, TeamKind kind, IEnumerable<EntityReference> roles) => Atomically(() =>
        {
            var team = new Entity(TableNames.Team);
            team["name"] = name;
            team["businessunitid"] = businessUnit ?? new EntityReference(TableNames.BusinessUnit, engine.RootBusinessUnitId);
            team["teamtype"] = new OptionSetValue((int)kind);
            if (kind == TeamKind.AadSecurityGroup || kind == TeamKind.AadOfficeGroup)
            {
                team["azureactivedirectoryobjectid"] = Guid.NewGuid();
                team["membershiptype"] = new OptionSetValue(0);
            }

            var reference = new EntityReference(TableNames.Team, Create(team)) { Name = name };
            AssignRoles(reference, roles);
            return reference;
        });

        /// <summary>
        /// Adds the access team the platform creates for one record from a team template: an access team (teamtype 1)
        /// with systemmanaged = true, whose members are changed only through AddUserToRecordTeam / RemoveUserFromRecordTeam.
        /// </summary>
        public EntityReference AddRecordAccessTeam(string name, EntityReference businessUnit) => Atomically(() =>
        {
            var reference = AddTeam(name, businessUnit, TeamKind.Access, null);
            engine.Store.Change(TableNames.Team, reference.Id, new[] { new KeyValuePair<string, object>("systemmanaged", true) });
            return reference;
        });

        /// <summary>Assigns roles to a user or team, replacing a role of another business unit by its copy in the principal's unit.</summary>
        public void AssignRoles(EntityReference principal, IEnumerable<EntityReference> roles) => Atomically(() =>
        {
            var businessUnit = principal.LogicalName == TableNames.Team
                ? engine.Directory.BusinessUnitOfTeam(principal.Id)
                : engine.Directory.BusinessUnitOfUser(principal.Id);
            var relationship = principal.LogicalName == TableNames.Team ? SystemTables.TeamRoles : SystemTables.SystemUserRoles;
            foreach (var role in roles ?? Enumerable.Empty<EntityReference>())
            {
                var copy = engine.Directory.CopyOfRoleIn(role.Id, businessUnit)
                    ?? throw new ArgumentException($"Role {role.Id} has no copy in business unit {businessUnit} (roles are copied only into the units below the one they were created in).");
                Dispatch(new AssociateRequest
                {
                    Target = principal,
                    Relationship = new Relationship(relationship.SchemaName),
                    RelatedEntities = new EntityReferenceCollection { new EntityReference(TableNames.Role, copy) },
                });
            }

            return 0;
        });

        /// <summary>
        /// Adds members as the platform's own synchronization would (Entra-group teams included), without the caller
        /// rules of AddMembersTeam. A default team's membership follows the business unit and cannot be seeded.
        /// </summary>
        public void AddTeamMembers(EntityReference team, IEnumerable<EntityReference> users) => Atomically(() =>
        {
            foreach (var user in users)
            {
                JoinTeam(team, user.Id);
            }

            return 0;
        });

        public void AddTable(string logicalName, TableOwnership ownership, string privilegeSuffix) => Atomically(() =>
        {
            engine.Metadata.Add(new TableDefinition(
                logicalName,
                logicalName + "id",
                ownership,
                privilegeSuffix ?? logicalName,
                10000 + engine.Metadata.Tables.Count(),
                businessUnitAttribute: ownership == TableOwnership.BusinessUnit ? "owningbusinessunit" : null));
            var extra = ownership == TableOwnership.UserOrTeam ? new[] { AccessRight.Assign, AccessRight.Share } : Array.Empty<AccessRight>();
            var added = AddPrivileges(logicalName, privilegeSuffix ?? logicalName, extra);
            foreach (var administratorRole in engine.Store.Rows(TableNames.Role)
                .Where(r => r.GetAttributeValue<EntityReference>("roletemplateid")?.Id == WellKnownRoleTemplates.SystemAdministrator)
                .Select(r => r.Id)
                .ToList())
            {
                foreach (var privilege in added)
                {
                    engine.Roles.Grant(administratorRole, privilege, PrivilegeDepth.Global);
                }
            }

            return 0;
        });

        private void JoinTeam(EntityReference team, Guid userId)
        {
            var row = engine.Store.Find(TableNames.Team, team.Id) ?? throw PlatformFault.ObjectDoesNotExist(TableNames.Team, team.Id);
            if (!engine.Store.Contains(TableNames.SystemUser, userId))
            {
                throw PlatformFault.ObjectDoesNotExist(TableNames.SystemUser, userId);
            }

            if (row.GetAttributeValue<bool>("isdefault"))
            {
                throw new ArgumentException($"Team '{row.GetAttributeValue<string>("name")}' is a business unit's default team: its members are the unit's users.");
            }

            if (!engine.Directory.AreAssociated(SystemTables.TeamMembership, userId, team.Id))
            {
                Associations.Insert(engine.Store, SystemTables.TeamMembership, userId, team.Id);
            }
        }

        private IReadOnlyList<PrivilegeDefinition> AddPrivileges(string table, string suffix, params AccessRight[] extraRights)
        {
            var added = engine.Privileges.AddTablePrivileges(table, suffix, extraRights);
            foreach (var privilege in added.Where(p => !engine.Store.Contains(TableNames.Privilege, p.Id)))
            {
                var row = new Entity(TableNames.Privilege, privilege.Id);
                row["privilegeid"] = privilege.Id;
                row["name"] = privilege.Name;
                row["accessright"] = (int)privilege.AccessRight;
                row["canbebasic"] = true;
                row["canbelocal"] = true;
                row["canbedeep"] = true;
                row["canbeglobal"] = true;
                engine.Store.Insert(row);
            }

            return added;
        }

        private Guid Create(Entity entity) => (Guid)Dispatch(new CreateRequest { Target = entity }).Results["id"];

        private OrganizationResponse Dispatch(OrganizationRequest request) =>
            engine.Dispatcher.Dispatch(request, MessageNames.Of(request), new CallContext(engine.SystemPrincipal, null));

        private static string LastNameFrom(string domainName) =>
            string.IsNullOrEmpty(domainName) ? null : domainName.Split('@')[0];

        /// <summary>Runs a seeding step under the organization lock in its own transaction (or the enclosing one).</summary>
        private T Atomically<T>(Func<T> step)
        {
            lock (engine.Sync)
            {
                if (engine.Store.CurrentTransaction != null)
                {
                    return step();
                }

                var transaction = new Transaction();
                engine.Store.CurrentTransaction = transaction;
                try
                {
                    return step();
                }
                catch
                {
                    transaction.Rollback();
                    throw;
                }
                finally
                {
                    engine.Store.CurrentTransaction = null;
                }
            }
        }

        private void Atomically(Action step) => Atomically(() =>
        {
            step();
            return 0;
        });
    }
}

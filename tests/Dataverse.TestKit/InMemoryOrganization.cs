using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit.Messages;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Pipeline;
using Dataverse.TestKit.Security;
using Dataverse.TestKit.Seeding;
using Dataverse.TestKit.Storage;
using Dataverse.TestKit.Workflow;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit
{
    /// <summary>
    /// An in-memory Dataverse organization for tests: arrange business units, roles, teams and users in a few lines,
    /// run the real request as a given user (or a plug-in / workflow activity directly), then assert on the
    /// organization's rows, on the calls made and on what the platform refused. The security model, the platform rules
    /// for users, roles and teams, custom API execution and its transaction are modelled; see README.md.
    /// Thread-safe: one organization can be shared by concurrent callers.
    /// </summary>
    public sealed class InMemoryOrganization
    {
        private readonly OrganizationEngine engine = new OrganizationEngine();
        private readonly OrganizationSeeder seeder;
        private readonly PluginRunner plugins;
        private readonly WorkflowActivityRunner workflows;

        /// <summary>Creates an organization with its root business unit, SYSTEM, the System Administrator role and the privilege catalogue.</summary>
        public InMemoryOrganization(string rootBusinessUnitName = "Root")
        {
            seeder = new OrganizationSeeder(engine);
            plugins = new PluginRunner(engine);
            workflows = new WorkflowActivityRunner(engine);
            seeder.Bootstrap(rootBusinessUnitName);
            RootBusinessUnit = new EntityReference(TableNames.BusinessUnit, engine.RootBusinessUnitId) { Name = rootBusinessUnitName };
            SystemAdministratorRole = RoleWithTemplate(WellKnownRoleTemplates.SystemAdministrator);
        }

        public Guid OrganizationId => engine.OrganizationId;

        /// <summary>The root business unit (parentbusinessunitid is null).</summary>
        public EntityReference RootBusinessUnit { get; }

        /// <summary>The SYSTEM user: the identity of <c>CreateOrganizationService(null)</c>.</summary>
        public Guid SystemUserId => engine.SystemUserId;

        /// <summary>The root business unit's System Administrator role (template 627090FF-40A3-4053-8790-584EDC5BE201), holding every privilege at Global.</summary>
        public EntityReference SystemAdministratorRole { get; }

        /// <summary>The privilege catalogue: prv{Create,Read,Write,Delete,Append,AppendTo}{User,BusinessUnit,Team,Role}, prvAssignRole, and those of tables added with <see cref="AddTable"/>.</summary>
        public IReadOnlyList<PrivilegeDefinition> Privileges
        {
            get
            {
                lock (engine.Sync)
                {
                    return engine.Privileges.All.ToList();
                }
            }
        }

        /// <summary>A service acting as SYSTEM: no privilege checks, no caller rules (data rules still hold).</summary>
        public IOrganizationService SystemService => new ActingOrganizationService(engine, engine.SystemPrincipal, null);

        /// <summary>
        /// A factory as a plug-in would see it when its context's UserId is SYSTEM: null and Guid.Empty give SYSTEM,
        /// any other id a service acting as that user. See <see cref="ServiceFactoryFor"/> for another context user.
        /// </summary>
        public IOrganizationServiceFactory ServiceFactory => ServiceFactoryFor(engine.SystemUserId);

        /// <summary>All service calls recorded since the organization was created or <see cref="ResetCalls"/> ran, in start order.</summary>
        public IReadOnlyList<ServiceCall> Calls => engine.Calls.Snapshot();

        /// <summary>The trace lines of every plug-in and workflow-activity execution, in completion order.</summary>
        public IReadOnlyList<ExecutionTrace> Traces => engine.Traces.Snapshot();

        // ---- Seeding (runs as SYSTEM, not recorded in Calls) ----

        /// <summary>Adds a business unit under <paramref name="parent"/> (the root when null), with its default team and copies of its parent's roles.</summary>
        public EntityReference AddBusinessUnit(string name, EntityReference parent = null, bool disabled = false) =>
            seeder.AddBusinessUnit(name, parent, disabled);

        /// <summary>Adds a role in the root business unit; Dataverse copies it into every business unit, existing and future.</summary>
        public EntityReference AddRole(string name, params (string privilegeName, PrivilegeDepth depth)[] privileges) =>
            seeder.AddRole(name, null, privileges);

        /// <summary>Adds a role with a role template id (as the out-of-the-box roles have), copied into every business unit.</summary>
        public EntityReference AddRole(string name, Guid roleTemplateId, params (string privilegeName, PrivilegeDepth depth)[] privileges) =>
            seeder.AddRole(name, roleTemplateId, privileges);

        /// <summary>The copy of <paramref name="role"/> (any copy, usually the root one) in <paramref name="businessUnit"/>.</summary>
        public EntityReference RoleInBusinessUnit(EntityReference role, EntityReference businessUnit)
        {
            lock (engine.Sync)
            {
                var copy = engine.Directory.CopyOfRoleIn(role.Id, businessUnit.Id)
                    ?? throw new ArgumentException($"Role {role.Id} has no copy in business unit {businessUnit.Id}.");
                return new EntityReference(TableNames.Role, copy) { Name = engine.Store.Find(TableNames.Role, copy).GetAttributeValue<string>("name") };
            }
        }

        /// <summary>
        /// Adds a user (in the root business unit when <paramref name="businessUnit"/> is null) with the given access mode and
        /// roles; a root role is replaced by its copy in the user's business unit.
        /// </summary>
        public EntityReference AddUser(string domainName, EntityReference businessUnit = null, int accessMode = 0, params EntityReference[] roles)
        {
            var options = new UserOptions { BusinessUnit = businessUnit, AccessMode = accessMode };
            foreach (var role in roles)
            {
                options.Roles.Add(role);
            }

            return seeder.AddUser(domainName, options);
        }

        /// <summary>Adds a user with any of the optional columns and memberships of <see cref="UserOptions"/>.</summary>
        public EntityReference AddUser(string domainName, UserOptions options) => seeder.AddUser(domainName, options);

        /// <summary>Adds an application user (applicationid set): the organization makes it non-interactive (accessmode 4) with first name "#".</summary>
        public EntityReference AddApplicationUser(Guid applicationId, EntityReference businessUnit = null, params EntityReference[] roles)
        {
            var options = new UserOptions { BusinessUnit = businessUnit, ApplicationId = applicationId, LastName = "Application " + applicationId.ToString("D").Substring(0, 8) };
            foreach (var role in roles)
            {
                options.Roles.Add(role);
            }

            return seeder.AddUser(null, options);
        }

        /// <summary>Adds a team (an Entra-group kind gets a generated azureactivedirectoryobjectid) with roles, resolved to the team's business unit.</summary>
        public EntityReference AddTeam(string name, EntityReference businessUnit = null, TeamKind kind = TeamKind.Owner, params EntityReference[] roles) =>
            seeder.AddTeam(name, businessUnit, kind, roles);

        /// <summary>The default team of a business unit (isdefault = true), which every user of the unit belongs to.</summary>
        /// <summary>Adds a system-managed access team, as the platform creates one per record from a team template.</summary>
        public EntityReference AddRecordAccessTeam(string name, EntityReference businessUnit = null) => seeder.AddRecordAccessTeam(name, businessUnit);

        public EntityReference DefaultTeamOf(EntityReference businessUnit)
        {
            lock (engine.Sync)
            {
                var team = engine.Directory.DefaultTeamOf(businessUnit.Id) ?? throw new ArgumentException($"Business unit {businessUnit.Id} has no default team.");
                return new EntityReference(TableNames.Team, team);
            }
        }

        /// <summary>Makes users members of a team as the platform's own sync would (Entra-group teams included; not a default team).</summary>
        public void AddTeamMembers(EntityReference team, params EntityReference[] users) => seeder.AddTeamMembers(team, users);

        /// <summary>Gives roles to a user or a team after it was added (roles of another unit are replaced by their copy in its unit).</summary>
        public void AssignRoles(EntityReference userOrTeam, params EntityReference[] roles) => seeder.AssignRoles(userOrTeam, roles);

        /// <summary>
        /// Adds a table the tests need besides the modelled system tables, with its privileges prv{Create,Read,Write,Delete,
        /// Append,AppendTo}&lt;suffix&gt; (plus Assign and Share for user-owned tables), granted at Global to System Administrator.
        /// Its columns are not checked.
        /// </summary>
        public void AddTable(string logicalName, TableOwnership ownership = TableOwnership.UserOrTeam, string privilegeSuffix = null) =>
            seeder.AddTable(logicalName, ownership, privilegeSuffix);

        /// <summary>A privilege of the catalogue by name.</summary>
        public PrivilegeDefinition Privilege(string name)
        {
            lock (engine.Sync)
            {
                return engine.Privileges.Require(name);
            }
        }

        /// <summary>Registers a custom API and the plug-in for its main operation; the definition is copied and checked as Dataverse would.</summary>
        public void RegisterCustomApi(CustomApiDefinition api, IPlugin plugin)
        {
            if (api == null)
            {
                throw new ArgumentNullException(nameof(api));
            }

            if (plugin == null)
            {
                throw new ArgumentNullException(nameof(plugin));
            }

            lock (engine.Sync)
            {
                CustomApiDefinitionRules.Validate(api, engine.Privileges, engine.Metadata);
                engine.CustomApis.Add(new RegisteredCustomApi(api.Copy(), plugin));
            }
        }

        // ---- Acting ----

        /// <summary>A service acting as the user, with the user's privileges checked on every call (SYSTEM's id gives SYSTEM).</summary>
        public IOrganizationService ServiceFor(Guid userId) => new ActingOrganizationService(engine, engine.PrincipalFor(userId), null);

        /// <summary>
        /// A service that <paramref name="impersonatorId"/> uses on behalf of <paramref name="userId"/> (the SDK's CallerId,
        /// the Web API's MSCRMCallerID header, a flow connection acting for someone): every check is the user's, and plug-ins
        /// see the impersonator as InitiatingUserId ("Impersonate another user"). The impersonator's
        /// prvActOnBehalfOfAnotherUser is not checked.
        /// </summary>
        public IOrganizationService ServiceFor(Guid userId, Guid impersonatorId) =>
            new ActingOrganizationService(engine, engine.PrincipalFor(userId), null, impersonatorId);

        /// <summary>A factory as a plug-in would see it for a context whose UserId is <paramref name="contextUserId"/> (Guid.Empty resolves to it).</summary>
        public IOrganizationServiceFactory ServiceFactoryFor(Guid contextUserId) => new PluginServiceFactory(engine, null, contextUserId);

        /// <summary>Runs a plug-in directly with a context built from <paramref name="options"/>; its exception reaches the caller unchanged.</summary>
        public PluginRun ExecutePlugin(IPlugin plugin, PluginContextOptions options) => plugins.Run(plugin, options);

        public PluginRun ExecutePlugin<TPlugin>(PluginContextOptions options)
            where TPlugin : IPlugin, new() => plugins.Run(new TPlugin(), options);

        /// <summary>Runs a custom workflow activity as <paramref name="userId"/> (a background workflow) and returns its output arguments.</summary>
        public IDictionary<string, object> ExecuteWorkflowActivity(CodeActivity activity, IDictionary<string, object> inputs, Guid userId) =>
            workflows.Run(activity, inputs, new WorkflowContextOptions { UserId = userId }).Outputs;

        /// <summary>Runs a custom workflow activity with a full workflow context; returns outputs, context and trace.</summary>
        public WorkflowActivityRun RunWorkflowActivity(CodeActivity activity, IDictionary<string, object> inputs, WorkflowContextOptions options) =>
            workflows.Run(activity, inputs, options);

        // ---- Asserting ----

        /// <summary>Copies of a table's rows.</summary>
        public IReadOnlyList<Entity> Records(string logicalName)
        {
            lock (engine.Sync)
            {
                return engine.Store.Rows(logicalName).Select(EntityCopier.Copy).ToList();
            }
        }

        /// <summary>A copy of one row, or null when it does not exist.</summary>
        public Entity Record(string logicalName, Guid id)
        {
            lock (engine.Sync)
            {
                return EntityCopier.Copy(engine.Store.Find(logicalName, id));
            }
        }

        /// <summary>The roles assigned to the user directly (not through teams).</summary>
        public IReadOnlyList<Guid> RolesOf(Guid userId)
        {
            lock (engine.Sync)
            {
                return engine.Directory.RolesOfUser(userId).ToList();
            }
        }

        /// <summary>The teams the user belongs to, the business unit's default team included.</summary>
        public IReadOnlyList<Guid> TeamsOf(Guid userId)
        {
            lock (engine.Sync)
            {
                return engine.Directory.TeamsOfUser(userId).ToList();
            }
        }

        /// <summary>The user's effective privileges (own roles and team roles), deepest depth each.</summary>
        public IReadOnlyDictionary<string, PrivilegeDepth> PrivilegesOf(Guid userId)
        {
            lock (engine.Sync)
            {
                return engine.Resolver.EffectivePrivileges(userId).ToDictionary(p => p.Key.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
            }
        }

        public void ResetCalls() => engine.Calls.Reset();

        public void ResetTraces() => engine.Traces.Reset();

        /// <summary>A frozen copy of every table, for "organization unchanged" assertions.</summary>
        public OrganizationSnapshot Snapshot()
        {
            lock (engine.Sync)
            {
                return new OrganizationSnapshot(engine.Store.TableNames.ToList().Select(t => new KeyValuePair<string, IEnumerable<Entity>>(t, engine.Store.Rows(t))));
            }
        }

        private EntityReference RoleWithTemplate(Guid templateId)
        {
            lock (engine.Sync)
            {
                var role = engine.Store.Rows(TableNames.Role).First(r =>
                    r.GetAttributeValue<EntityReference>("roletemplateid")?.Id == templateId
                    && r.GetAttributeValue<EntityReference>("businessunitid")?.Id == engine.RootBusinessUnitId);
                return new EntityReference(TableNames.Role, role.Id) { Name = role.GetAttributeValue<string>("name") };
            }
        }
    }
}

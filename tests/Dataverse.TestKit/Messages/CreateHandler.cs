using System;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Pipeline;
using Dataverse.TestKit.Platform;
using Dataverse.TestKit.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.TestKit.Messages
{
    /// <summary>
    /// Create: validate the attributes, default the owner / business unit, check prvCreate&lt;Table&gt; at a depth reaching
    /// the new row, apply the table's rules, write, then add what the platform adds (default team and role copies for a
    /// business unit, role copies for a role, default-team membership for a user).
    /// </summary>
    internal sealed class CreateHandler : IMessageHandler
    {
        private readonly OrganizationEngine engine;

        public CreateHandler(OrganizationEngine engine)
        {
            this.engine = engine;
        }

        public string TableOf(OrganizationRequest request) => RequestParameters.Optional<Entity>(request, "Target")?.LogicalName;

        public OrganizationResponse Handle(OrganizationRequest request, CallContext context)
        {
            var target = RequestParameters.Required<Entity>(request, "Target");
            var table = engine.Metadata.Require(target.LogicalName);
            WriteSupport.RequireDirectWrites(table, MessageNames.Create);

            var id = ResolveId(target, table);
            if (engine.Store.Contains(table.LogicalName, id))
            {
                throw PlatformFault.Create(PlatformErrorCode.DuplicateRecord, "Cannot insert duplicate key.", $"{table.LogicalName} {id} already exists");
            }

            var row = new Entity(table.LogicalName, id);
            foreach (var attribute in engine.Attributes.Validate(table, target))
            {
                if (attribute.Value != null)
                {
                    row[attribute.Key] = attribute.Value;
                }
            }

            row[table.PrimaryIdAttribute] = id;
            ApplyOwnershipDefaults(table, row, context.Caller);

            if (table.LogicalName == TableNames.SystemUser && row.GetAttributeValue<EntityReference>("businessunitid") == null)
            {
                engine.SystemUserRules.BeforeCreate(row, context.Caller);
            }

            engine.Access.Demand(context.Caller, table, AccessRight.Create, RecordScope.ForCreate(table, row));
            ApplyTableRules(table, row, context.Caller);

            engine.Stamp.OnCreate(row, context.Caller.UserId);
            engine.Store.Insert(row);
            AddPlatformRows(table, id, context.Caller);

            var response = new CreateResponse { ResponseName = MessageNames.Create };
            response.Results["id"] = id;
            return response;
        }

        private static Guid ResolveId(Entity target, TableDefinition table)
        {
            if (target.Id != Guid.Empty)
            {
                return target.Id;
            }

            return target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var key) && key is Guid keyId && keyId != Guid.Empty ? keyId : Guid.NewGuid();
        }

        /// <summary>
        /// Business-owned rows default to the caller's business unit (team, role); user-owned rows to the caller as owner.
        /// A systemuser gets no default: its business unit is required.
        /// </summary>
        private void ApplyOwnershipDefaults(TableDefinition table, Entity row, Principal caller)
        {
            var callerBusinessUnit = caller.IsSystem ? engine.RootBusinessUnitId : engine.Directory.BusinessUnitOfUser(caller.UserId);
            if (table.Ownership == TableOwnership.BusinessUnit && table.BusinessUnitAttribute != null && table.LogicalName != TableNames.SystemUser
                && row.GetAttributeValue<EntityReference>(table.BusinessUnitAttribute) == null)
            {
                row[table.BusinessUnitAttribute] = new EntityReference(TableNames.BusinessUnit, callerBusinessUnit);
            }

            if (table.LogicalName == TableNames.BusinessUnit && row.GetAttributeValue<EntityReference>("parentbusinessunitid") == null)
            {
                row["parentbusinessunitid"] = new EntityReference(TableNames.BusinessUnit, engine.RootBusinessUnitId);
            }

            if (table.Ownership == TableOwnership.UserOrTeam)
            {
                var owner = row.GetAttributeValue<EntityReference>("ownerid") ?? new EntityReference(TableNames.SystemUser, caller.UserId);
                if (!engine.Store.Contains(owner.LogicalName, owner.Id))
                {
                    throw PlatformFault.ObjectDoesNotExist(owner.LogicalName, owner.Id);
                }

                row["ownerid"] = owner;
                var owningBusinessUnit = owner.LogicalName == TableNames.Team ? engine.Directory.BusinessUnitOfTeam(owner.Id) : engine.Directory.BusinessUnitOfUser(owner.Id);
                row["owningbusinessunit"] = new EntityReference(TableNames.BusinessUnit, owningBusinessUnit);
                row[owner.LogicalName == TableNames.Team ? "owningteam" : "owninguser"] = new EntityReference(owner.LogicalName, owner.Id);
            }
        }

        private void ApplyTableRules(TableDefinition table, Entity row, Principal caller)
        {
            switch (table.LogicalName)
            {
                case TableNames.SystemUser:
                    engine.SystemUserRules.BeforeCreate(row, caller);
                    UserProvisioning.ApplyDefaults(row);
                    break;
                case TableNames.Team:
                    if (row.GetAttributeValue<OptionSetValue>("teamtype") == null)
                    {
                        row["teamtype"] = new OptionSetValue((int)TeamKind.Owner);
                    }

                    row["isdefault"] = false;
                    break;
                case TableNames.Role:
                    if (row.GetAttributeValue<OptionSetValue>("isinherited") == null)
                    {
                        row["isinherited"] = new OptionSetValue(1);
                    }

                    break;
                case TableNames.BusinessUnit:
                    if (!row.Contains("isdisabled"))
                    {
                        row["isdisabled"] = false;
                    }

                    break;
            }
        }

        private void AddPlatformRows(TableDefinition table, Guid id, Principal caller)
        {
            switch (table.LogicalName)
            {
                case TableNames.BusinessUnit:
                    engine.BusinessUnitProvisioning.OnBusinessUnitCreated(id, caller.UserId);
                    break;
                case TableNames.Role:
                    engine.Roles.OnRoleCreated(id);
                    break;
                case TableNames.SystemUser:
                    engine.UserProvisioning.OnUserCreated(id);
                    break;
            }
        }
    }
}

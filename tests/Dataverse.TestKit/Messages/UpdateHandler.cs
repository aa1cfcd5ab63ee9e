using System;
using System.Collections.Generic;
using System.Linq;
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
    /// Update: the row must exist, the caller needs prvWrite&lt;Table&gt; at a depth reaching it, and the table's rules
    /// hold (for a user: access mode, uniqueness, business unit). Moving a user to another business unit removes the
    /// user's roles and moves the default-team membership, as the platform does.
    /// </summary>
    internal sealed class UpdateHandler : IMessageHandler
    {
        private readonly OrganizationEngine engine;

        public UpdateHandler(OrganizationEngine engine)
        {
            this.engine = engine;
        }

        public string TableOf(OrganizationRequest request) => RequestParameters.Optional<Entity>(request, "Target")?.LogicalName;

        public OrganizationResponse Handle(OrganizationRequest request, CallContext context)
        {
            var target = RequestParameters.Required<Entity>(request, "Target");
            var table = engine.Metadata.Require(target.LogicalName);
            WriteSupport.RequireDirectWrites(table, MessageNames.Update);

            var id = target.Id != Guid.Empty ? target.Id : target.GetAttributeValue<Guid>(table.PrimaryIdAttribute);
            if (id == Guid.Empty)
            {
                throw PlatformFault.InvalidArgument("Entity Id must be specified for Update");
            }

            var existing = engine.Store.Find(table.LogicalName, id) ?? throw PlatformFault.ObjectDoesNotExist(table.LogicalName, id);
            var changes = engine.Attributes.Validate(table, target);
            engine.Access.Demand(context.Caller, table, AccessRight.Write, RecordScope.Of(table, existing));

            var previousBusinessUnit = existing.GetAttributeValue<EntityReference>("businessunitid")?.Id;
            if (table.LogicalName == TableNames.SystemUser)
            {
                engine.SystemUserRules.BeforeUpdate(existing, changes, context.Caller);
                if (changes.Any(c => c.Key == "firstname" || c.Key == "lastname"))
                {
                    var first = changes.Any(c => c.Key == "firstname") ? (string)changes.Last(c => c.Key == "firstname").Value : existing.GetAttributeValue<string>("firstname");
                    var last = changes.Any(c => c.Key == "lastname") ? (string)changes.Last(c => c.Key == "lastname").Value : existing.GetAttributeValue<string>("lastname");
                    changes.Add(new KeyValuePair<string, object>("fullname", UserProvisioning.FullName(first, last)));
                }
            }

            engine.Store.Change(table.LogicalName, id, changes.Concat(engine.Stamp.OnUpdate(context.Caller.UserId)).ToList());
            if (table.LogicalName == TableNames.Role)
            {
                // A root role's copies in the other business units follow it (they are the same role to the platform).
                foreach (var copy in engine.Store.Rows(TableNames.Role).Where(r => r.Id != id && r.GetAttributeValue<EntityReference>("parentrootroleid")?.Id == id).Select(r => r.Id).ToList())
                {
                    engine.Store.Change(TableNames.Role, copy, changes.Where(c => c.Key != "businessunitid").ToList());
                }
            }

            var businessUnit = engine.Store.Find(table.LogicalName, id).GetAttributeValue<EntityReference>("businessunitid")?.Id;
            if (table.LogicalName == TableNames.SystemUser && previousBusinessUnit.HasValue && businessUnit != previousBusinessUnit)
            {
                engine.UserProvisioning.OnBusinessUnitChanged(id, previousBusinessUnit.Value);
            }

            return new UpdateResponse { ResponseName = MessageNames.Update };
        }
    }
}

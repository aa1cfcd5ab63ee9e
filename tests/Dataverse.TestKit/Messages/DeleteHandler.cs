using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Pipeline;
using Dataverse.TestKit.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.TestKit.Messages
{
    /// <summary>
    /// Delete: the row must exist and the caller needs prvDelete&lt;Table&gt; at a depth reaching it. The row's N:N links go
    /// with it; deleting a role also deletes its copies in the business units below and its privilege rows.
    /// </summary>
    internal sealed class DeleteHandler : IMessageHandler
    {
        private readonly OrganizationEngine engine;

        public DeleteHandler(OrganizationEngine engine)
        {
            this.engine = engine;
        }

        public string TableOf(OrganizationRequest request) => RequestParameters.Optional<EntityReference>(request, "Target")?.LogicalName;

        public OrganizationResponse Handle(OrganizationRequest request, CallContext context)
        {
            var target = RequestParameters.Required<EntityReference>(request, "Target");
            var table = engine.Metadata.Require(target.LogicalName);
            WriteSupport.RequireDirectWrites(table, MessageNames.Delete);
            var row = engine.Store.Find(table.LogicalName, target.Id) ?? throw PlatformFault.ObjectDoesNotExist(table.LogicalName, target.Id);
            engine.Access.Demand(context.Caller, table, AccessRight.Delete, RecordScope.Of(table, row));

            if (table.LogicalName == TableNames.Role)
            {
                var copies = engine.Store.Rows(TableNames.Role)
                    .Where(r => r.Id != row.Id && r.GetAttributeValue<EntityReference>("parentrootroleid")?.Id == row.Id)
                    .Select(r => r.Id)
                    .ToList();
                foreach (var copy in copies)
                {
                    RemoveWithLinks(engine.Metadata.Require(TableNames.Role), copy);
                }
            }

            RemoveWithLinks(table, row.Id);
            return new DeleteResponse { ResponseName = MessageNames.Delete };
        }

        private void RemoveWithLinks(TableDefinition table, System.Guid id)
        {
            foreach (var relationship in engine.Metadata.RelationshipsOf(table.LogicalName))
            {
                var attribute = relationship.AttributeOf(table.LogicalName);
                foreach (var link in engine.Store.Rows(relationship.IntersectTable).Where(r => r.GetAttributeValue<System.Guid>(attribute) == id).ToList())
                {
                    engine.Store.Remove(relationship.IntersectTable, link.Id);
                }
            }

            if (table.LogicalName == TableNames.Role)
            {
                foreach (var privilege in engine.Store.RowsWith(TableNames.RolePrivileges, "roleid", id).ToList())
                {
                    engine.Store.Remove(TableNames.RolePrivileges, privilege.Id);
                }
            }

            engine.Store.Remove(table.LogicalName, id);
        }
    }
}

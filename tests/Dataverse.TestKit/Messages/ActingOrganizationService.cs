using System;
using Dataverse.TestKit.Pipeline;
using Dataverse.TestKit.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.TestKit.Messages
{
    /// <summary>
    /// An IOrganizationService acting as one principal, from the test (no frame) or from a running plug-in / activity.
    /// Each method sends the same request its Execute form would, so calls are routed, checked and logged alike.
    /// </summary>
    internal sealed class ActingOrganizationService : IOrganizationService
    {
        private readonly OrganizationEngine engine;
        private readonly Principal principal;
        private readonly ExecutionFrame frame;
        private readonly Guid? impersonatorId;

        public ActingOrganizationService(OrganizationEngine engine, Principal principal, ExecutionFrame frame, Guid? impersonatorId = null)
        {
            this.engine = engine;
            this.principal = principal;
            this.frame = frame;
            this.impersonatorId = impersonatorId;
        }

        public Guid Create(Entity entity) =>
            (Guid)Execute(new CreateRequest { Target = entity }).Results["id"];

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
            (Entity)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet }).Results["Entity"];

        public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

        public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

        public EntityCollection RetrieveMultiple(QueryBase query) =>
            (EntityCollection)Execute(new RetrieveMultipleRequest { Query = query }).Results["EntityCollection"];

        public OrganizationResponse Execute(OrganizationRequest request) => engine.Execute(request, new CallContext(principal, frame, impersonatorId));

        public override string ToString() => $"IOrganizationService as {principal}";
    }
}

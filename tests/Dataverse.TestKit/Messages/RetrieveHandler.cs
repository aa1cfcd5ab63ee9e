using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Pipeline;
using Dataverse.TestKit.Query;
using Dataverse.TestKit.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.TestKit.Messages
{
    /// <summary>Retrieve: the row must exist and the caller needs prvRead&lt;Table&gt; at a depth reaching it.</summary>
    internal sealed class RetrieveHandler : IMessageHandler
    {
        private readonly OrganizationEngine engine;

        public RetrieveHandler(OrganizationEngine engine)
        {
            this.engine = engine;
        }

        public string TableOf(OrganizationRequest request) => RequestParameters.Optional<EntityReference>(request, "Target")?.LogicalName;

        public OrganizationResponse Handle(OrganizationRequest request, CallContext context)
        {
            var target = RequestParameters.Required<EntityReference>(request, "Target");
            var columns = RequestParameters.Required<ColumnSet>(request, "ColumnSet");
            var table = engine.Metadata.Require(target.LogicalName);
            var row = engine.Store.Find(table.LogicalName, target.Id) ?? throw PlatformFault.ObjectDoesNotExist(table.LogicalName, target.Id);
            engine.Access.Demand(context.Caller, table, AccessRight.Read, RecordScope.Of(table, row));

            var response = new RetrieveResponse { ResponseName = MessageNames.Retrieve };
            response.Results["Entity"] = ColumnProjection.Project(engine.Metadata, table, row, columns);
            return response;
        }
    }
}

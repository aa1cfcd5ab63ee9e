using System;
using Dataverse.TestKit.Pipeline;
using Dataverse.TestKit.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.TestKit.Messages
{
    /// <summary>RetrieveMultiple for QueryExpression and QueryByAttribute (FetchXML is not modelled).</summary>
    internal sealed class RetrieveMultipleHandler : IMessageHandler
    {
        private readonly OrganizationEngine engine;
        private readonly QueryEngine queries;

        public RetrieveMultipleHandler(OrganizationEngine engine)
        {
            this.engine = engine;
            queries = new QueryEngine(engine.Metadata, engine.Store, engine.Access);
        }

        public string TableOf(OrganizationRequest request)
        {
            switch (RequestParameters.Optional<QueryBase>(request, "Query"))
            {
                case QueryExpression expression:
                    return expression.EntityName;
                case QueryByAttribute byAttribute:
                    return byAttribute.EntityName;
                default:
                    return null;
            }
        }

        public OrganizationResponse Handle(OrganizationRequest request, CallContext context)
        {
            var query = RequestParameters.Required<QueryBase>(request, "Query");
            QueryExpression expression;
            switch (query)
            {
                case QueryExpression queryExpression:
                    expression = queryExpression;
                    break;
                case QueryByAttribute byAttribute:
                    expression = QueryByAttributeTranslator.Translate(byAttribute);
                    break;
                default:
                    throw new NotSupportedException($"Dataverse.TestKit runs QueryExpression and QueryByAttribute, not {query.GetType().Name}.");
            }

            var user = new QueryUser(
                context.Caller.UserId,
                engine.Directory.BusinessUnitOfUser(context.Caller.UserId),
                engine.Directory.TeamsOfUser(context.Caller.UserId));
            var response = new RetrieveMultipleResponse { ResponseName = MessageNames.RetrieveMultiple };
            response.Results["EntityCollection"] = queries.Execute(expression, context.Caller, user);
            return response;
        }
    }
}

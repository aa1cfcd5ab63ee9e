using System;
using Dataverse.TestKit.Pipeline;
using Dataverse.TestKit.Query;
using Dataverse.TestKit.Query.FetchXml;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.TestKit.Messages
{
    /// <summary>
    /// RetrieveMultiple for QueryExpression, QueryByAttribute and FetchExpression (a FetchXML subset): each is run as a
    /// QueryExpression, one page of at most 5,000 rows at a time.
    /// </summary>
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
                case FetchExpression fetch:
                    return FetchXmlTranslator.TableOf(fetch.Query);
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
                case FetchExpression fetch:
                    expression = FetchXmlTranslator.Translate(fetch.Query);
                    break;
                default:
                    throw new NotSupportedException($"Dataverse.TestKit runs QueryExpression, QueryByAttribute and FetchExpression, not {query.GetType().Name}.");
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

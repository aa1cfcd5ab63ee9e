using System;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.TestKit.Query
{
    /// <summary>A <see cref="QueryByAttribute"/> is a QueryExpression whose criteria are Equal conditions joined by AND.</summary>
    internal static class QueryByAttributeTranslator
    {
        public static QueryExpression Translate(QueryByAttribute query)
        {
            if (query.Attributes.Count != query.Values.Count)
            {
                throw new ArgumentException($"QueryByAttribute on '{query.EntityName}' has {query.Attributes.Count} attributes but {query.Values.Count} values.");
            }

            var expression = new QueryExpression(query.EntityName)
            {
                ColumnSet = query.ColumnSet,
                TopCount = query.TopCount,
                PageInfo = query.PageInfo,
            };
            for (var i = 0; i < query.Attributes.Count; i++)
            {
                expression.Criteria.AddCondition(query.Attributes[i], ConditionOperator.Equal, query.Values[i]);
            }

            foreach (var order in query.Orders)
            {
                expression.Orders.Add(order);
            }

            return expression;
        }
    }
}

using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace ServiceUsers.Plugins.Organization
{
    /// <summary>
    /// Marks, in the same query that finds roles or teams, which ones an existing user already holds: a left outer
    /// join to the intersect table restricted to that user. Saves one query per list on the "ensure" path.
    /// </summary>
    public static class HeldMarker
    {
        private const string Alias = "held";

        public static void AddTo(QueryExpression query, string idColumn, string intersectTable, string intersectKey, Guid userId)
        {
            var link = query.AddLink(intersectTable, idColumn, idColumn, JoinOperator.LeftOuter);
            link.EntityAlias = Alias;
            link.Columns = new ColumnSet(intersectKey);
            link.LinkCriteria.AddCondition("systemuserid", ConditionOperator.Equal, userId);
        }

        public static bool IsHeld(Entity row, string intersectKey) =>
            row.Contains(Alias + "." + intersectKey) && row.GetAttributeValue<AliasedValue>(Alias + "." + intersectKey)?.Value != null;
    }
}

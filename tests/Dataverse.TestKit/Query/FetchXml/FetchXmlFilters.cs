using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.TestKit.Query.FetchXml
{
    /// <summary>
    /// Reads &lt;filter type="and|or"&gt; (nested) and &lt;condition attribute operator value entityname&gt; with
    /// &lt;value&gt; children into a FilterExpression. Values stay text: the QueryEngine compares text with a column's
    /// Guid, number, date or choice as the platform reads FetchXML values as the column's type.
    /// </summary>
    internal static class FetchXmlFilters
    {
        /// <summary>Adds the filter elements of an entity or link-entity to its criteria (several filters are ANDed).</summary>
        public static void AddTo(FilterExpression criteria, IEnumerable<FetchXmlNode> filters)
        {
            var list = filters.ToList();
            if (list.Count == 1)
            {
                Fill(criteria, list[0]);
                return;
            }

            foreach (var filter in list)
            {
                var child = new FilterExpression();
                Fill(child, filter);
                criteria.AddFilter(child);
            }
        }

        private static void Fill(FilterExpression target, FetchXmlNode filter)
        {
            filter.AllowOnly("type");
            target.FilterOperator = FilterType(filter.Optional("type"));
            foreach (var child in filter.Children("condition", "filter"))
            {
                if (child.Name == "filter")
                {
                    var nested = new FilterExpression();
                    Fill(nested, child);
                    target.AddFilter(nested);
                }
                else
                {
                    target.AddCondition(Condition(child));
                }
            }
        }

        private static LogicalOperator FilterType(string type)
        {
            switch (type)
            {
                case null:
                case "and":
                    return LogicalOperator.And;
                case "or":
                    return LogicalOperator.Or;
                default:
                    throw PlatformFault.Create(PlatformErrorCode.QueryBuilderInvalidFilterType, "Unsupported filter type. Valid values are 'and', or 'or'.", $"<filter type='{type}'>");
            }
        }

        private static ConditionExpression Condition(FetchXmlNode condition)
        {
            // uiname, uitype and uihidden only carry display data for the designer.
            condition.AllowOnly("attribute", "operator", "value", "entityname", "uiname", "uitype", "uihidden");
            var op = FetchXmlOperators.Parse(condition.Required("operator"));
            var values = condition.Children("value").Select(v => (object)v.Element.Value).ToList();
            var single = condition.Optional("value");
            if (single != null)
            {
                values.Insert(0, single);
            }

            var expression = new ConditionExpression(condition.Optional("entityname"), condition.Required("attribute"), op);
            if (!FetchXmlOperators.TakesNoValue(op))
            {
                expression.Values.AddRange(values);
            }

            return expression;
        }
    }
}

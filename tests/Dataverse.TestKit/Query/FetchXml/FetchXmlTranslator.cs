using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Dataverse.TestKit.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.TestKit.Query.FetchXml
{
    /// <summary>
    /// Translates the FetchXML subset the kit models into a QueryExpression for the QueryEngine:
    /// &lt;fetch count page paging-cookie top distinct returntotalrecordcount&gt;, one &lt;entity&gt; with &lt;attribute&gt;,
    /// &lt;all-attributes&gt;, &lt;order attribute descending&gt;, &lt;filter&gt; and nested &lt;link-entity name from to alias
    /// link-type&gt;. An entity without attribute elements returns all columns, a link-entity without them none ("Select
    /// columns using FetchXml"). FetchXML outside the subset throws <see cref="NotSupportedException"/>; FetchXML the
    /// platform would refuse fails with its fault.
    /// </summary>
    internal static class FetchXmlTranslator
    {
        public static QueryExpression Translate(string fetchXml)
        {
            var fetch = new FetchXmlNode(Parse(fetchXml));
            if (fetch.Name != "fetch")
            {
                throw FetchXmlNode.Malformed($"the root element is <{fetch.Name}>, not <fetch>");
            }

            // version, output-format and no-lock change nothing the kit models; mapping is checked below.
            fetch.AllowOnly("count", "page", "paging-cookie", "top", "distinct", "returntotalrecordcount", "mapping", "version", "output-format", "no-lock");
            var mapping = fetch.Optional("mapping");
            if (mapping != null && mapping != "logical")
            {
                throw FetchXmlNode.KitGap($"mapping='{mapping}'");
            }

            var entities = fetch.Children("entity");
            if (entities.Count != 1)
            {
                throw PlatformFault.Create(PlatformErrorCode.QueryBuilderElementNotFound, "A required element was not specified.", $"<fetch> holds {entities.Count} <entity> elements, not one");
            }

            var entity = entities[0];
            entity.AllowOnly("name");
            var query = new QueryExpression(entity.Required("name"))
            {
                Distinct = fetch.Flag("distinct", PlatformErrorCode.QueryBuilderDeserializeInvalidDistinct),
                TopCount = fetch.PositiveNumber("top"),
                PageInfo = new PagingInfo
                {
                    Count = fetch.PositiveNumber("count") ?? 0,
                    PageNumber = fetch.PositiveNumber("page") ?? 0,
                    PagingCookie = fetch.Optional("paging-cookie"),
                    ReturnTotalRecordCount = fetch.Flag("returntotalrecordcount", PlatformErrorCode.InvalidFetchXml),
                },
            };

            var body = new EntityBody(entity);
            query.ColumnSet = body.Columns(whenNoneListed: new ColumnSet(true));
            query.Orders.AddRange(body.Orders());
            FetchXmlFilters.AddTo(query.Criteria, body.Filters);
            var aliases = new HashSet<string>(StringComparer.Ordinal);
            query.LinkEntities.AddRange(body.Links.Select(link => Link(link, query.EntityName, aliases)));
            return query;
        }

        /// <summary>The table a FetchXML query reads, or null when the text is not FetchXML.</summary>
        public static string TableOf(string fetchXml)
        {
            try
            {
                return (string)XElement.Parse(fetchXml ?? string.Empty).Element("entity")?.Attribute("name");
            }
            catch (XmlException)
            {
                return null;
            }
        }

        private static XElement Parse(string fetchXml)
        {
            try
            {
                return XElement.Parse(fetchXml ?? string.Empty);
            }
            catch (XmlException exception)
            {
                throw FetchXmlNode.Malformed(exception.Message);
            }
        }

        private static LinkEntity Link(FetchXmlNode node, string parentTable, HashSet<string> aliases)
        {
            // intersect and visible only matter to the designer.
            node.AllowOnly("name", "from", "to", "alias", "link-type", "intersect", "visible");
            var from = node.Optional("from");
            var to = node.Optional("to");
            if (from == null && to == null)
            {
                throw FetchXmlNode.KitGap("a <link-entity> without from and to (joining on the relationship)");
            }

            if (from == null || to == null)
            {
                throw PlatformFault.Create(
                    PlatformErrorCode.QueryBuilderAttributePairMismatch,
                    "AttributeFrom and AttributeTo must be either both specified or both omitted.",
                    $"<link-entity name='{node.Optional("name")}'> has only one of from / to");
            }

            var name = node.Required("name");

            // FetchXML 'from' is the linked table's column, 'to' the parent's column.
            var alias = node.Optional("alias");
            if (alias != null && aliases.Contains(alias))
            {
                throw PlatformFault.Create(PlatformErrorCode.QueryBuilderDuplicateAlias, "FetchXML should have unique aliases.", $"alias '{alias}' is used twice");
            }

            alias = alias ?? DefaultAlias(name, aliases);
            if (alias != null)
            {
                aliases.Add(alias);
            }

            var link = new LinkEntity(parentTable, name, to, from, JoinType(node.Optional("link-type"))) { EntityAlias = alias };

            var body = new EntityBody(node);
            link.Columns = body.Columns(whenNoneListed: new ColumnSet());
            link.Orders.AddRange(body.Orders());
            FetchXmlFilters.AddTo(link.LinkCriteria, body.Filters);
            link.LinkEntities.AddRange(body.Links.Select(child => Link(child, name, aliases)));
            return link;
        }

        /// <summary>
        /// Columns of an unaliased link come back as "table.column" ("Select columns using FetchXml"); a second unaliased
        /// link to the same table is left to the QueryEngine's numbered alias.
        /// </summary>
        private static string DefaultAlias(string table, HashSet<string> aliases) => aliases.Contains(table) ? null : table;

        private static JoinOperator JoinType(string linkType)
        {
            switch (linkType)
            {
                case null:
                case "inner":
                    return JoinOperator.Inner;
                case "outer":
                    return JoinOperator.LeftOuter;
                case "in":
                    return JoinOperator.In;
                case "exists":
                    return JoinOperator.Exists;
                case "any":
                    return JoinOperator.Any;
                case "not-any":
                    return JoinOperator.NotAny;
                case "natural":
                case "matchfirstrowusingcrossapply":
                case "all":
                case "not-all":
                    throw FetchXmlNode.KitGap($"link-type='{linkType}'");
                default:
                    throw PlatformFault.Create(
                        PlatformErrorCode.QueryBuilderDeserializeInvalidLinkType,
                        "The only valid values for link-type attribute are 'natural', 'inner','in','exists','matchfirstrowusingcrossapply' and 'outer'.",
                        $"link-type='{linkType}'");
            }
        }

        /// <summary>The children of an &lt;entity&gt; or &lt;link-entity&gt;, checked once.</summary>
        private sealed class EntityBody
        {
            private readonly IReadOnlyList<FetchXmlNode> children;

            public EntityBody(FetchXmlNode entity)
            {
                children = entity.Children("attribute", "all-attributes", "order", "filter", "link-entity");
            }

            public IEnumerable<FetchXmlNode> Filters => Of("filter");

            public IEnumerable<FetchXmlNode> Links => Of("link-entity");

            public ColumnSet Columns(ColumnSet whenNoneListed)
            {
                if (Of("all-attributes").Any())
                {
                    return new ColumnSet(true);
                }

                var attributes = Of("attribute").ToList();
                if (attributes.Count == 0)
                {
                    return whenNoneListed;
                }

                return new ColumnSet(attributes.Select(a =>
                {
                    a.AllowOnly("name");
                    return a.Required("name");
                }).ToArray());
            }

            public IEnumerable<OrderExpression> Orders() => Of("order").Select(order =>
            {
                order.AllowOnly("attribute", "descending");
                var descending = order.Flag("descending", PlatformErrorCode.QueryBuilderDeserializeInvalidDescending);
                return new OrderExpression(order.Required("attribute"), descending ? OrderType.Descending : OrderType.Ascending);
            }).ToList();

            private IEnumerable<FetchXmlNode> Of(string name) => children.Where(c => c.Name == name);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Query.Paging;
using Dataverse.TestKit.Security;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.TestKit.Query
{
    /// <summary>
    /// Runs a <see cref="QueryExpression"/> over the stored rows: rows the caller cannot read are left out (the platform
    /// filters queries by the caller's read depth rather than failing them), link entities join (inner, left outer,
    /// exists/in/any, not-any; nested), criteria are nested AND/OR filters whose conditions may name a link alias,
    /// then ordering, Distinct, TopCount or one page of at most 5,000 rows (<see cref="ResultPager"/>), and the
    /// projection (link columns come back as AliasedValue under "alias.column"; an unnamed link gets the platform-style
    /// alias "&lt;table&gt;&lt;n&gt;").
    /// </summary>
    internal sealed class QueryEngine
    {
        private readonly MetadataCatalogue metadata;
        private readonly RecordStore store;
        private readonly AccessChecker access;

        public QueryEngine(MetadataCatalogue metadata, RecordStore store, AccessChecker access)
        {
            this.metadata = metadata;
            this.store = store;
            this.access = access;
        }

        public EntityCollection Execute(QueryExpression query, Principal caller, QueryUser user)
        {
            var request = PageRequest.For(query);
            var plan = new Plan(metadata.Require(query.EntityName));
            var readable = access.ReadFilter(caller, plan.RootTable);
            IEnumerable<JoinedRow> rows = store.Rows(plan.RootTable.LogicalName).Where(readable).Select(r => new JoinedRow(r)).ToList();

            foreach (var link in query.LinkEntities)
            {
                rows = Join(rows, link, null, plan, caller, user);
            }

            if (query.Criteria != null)
            {
                ValidateFilter(query.Criteria, plan, null);
                rows = rows.Where(row => Matches(query.Criteria, row, plan.Normalize, user)).ToList();
            }

            var order = new RowOrder(SortColumns(query, plan));
            var ordered = order.Sort(rows);
            if (query.Distinct)
            {
                ordered = ordered.GroupBy(row => DistinctKey(Result(row, query, plan))).Select(g => g.First()).ToList();
            }

            // The cookie records root columns only: distinct rows carry no primary key, and link-entity orders are
            // downgraded to legacy paging ("Paging behaviors and ordering").
            var cookieColumns = query.Distinct || order.Columns.Any(c => c.RowAlias != null) ? null : order.Columns;
            var page = ResultPager.Cut(ordered, request, cookieColumns);
            return new EntityCollection(page.Rows.Select(row => Result(row, query, plan)).ToList())
            {
                EntityName = plan.RootTable.LogicalName,
                MoreRecords = page.MoreRecords,
                PagingCookie = page.PagingCookie,
                TotalRecordCount = page.TotalRecordCount,
                TotalRecordCountLimitExceeded = page.TotalRecordCountLimitExceeded,
            };
        }

        private IEnumerable<JoinedRow> Join(IEnumerable<JoinedRow> rows, LinkEntity link, string fromAlias, Plan plan, Principal caller, QueryUser user)
        {
            var fromTable = plan.TableOf(fromAlias);
            var toTable = metadata.Require(link.LinkToEntityName);
            metadata.RequireColumn(fromTable, link.LinkFromAttributeName);
            metadata.RequireColumn(toTable, link.LinkToAttributeName);
            var alias = link.EntityAlias ?? link.LinkToEntityName + plan.NextLinkNumber();
            plan.Add(alias, toTable, link);

            var readable = access.ReadFilter(caller, toTable);
            if (link.LinkCriteria != null)
            {
                ValidateFilter(link.LinkCriteria, plan, alias);
            }

            var candidates = store.Rows(toTable.LogicalName)
                .Where(readable)
                .Where(candidate => link.LinkCriteria == null || Matches(link.LinkCriteria, new JoinedRow(candidate), _ => null, user))
                .ToList();

            var joined = new List<JoinedRow>();
            foreach (var row in rows)
            {
                var from = row.For(fromAlias);
                var key = from == null ? null : ValueOf(from, link.LinkFromAttributeName);
                var matches = key == null ? new List<Entity>() : candidates.Where(c => ValueComparison.AreEqual(ValueOf(c, link.LinkToAttributeName), key)).ToList();
                switch (link.JoinOperator)
                {
                    case JoinOperator.Inner:
                        joined.AddRange(matches.Select(m => row.With(alias, m)));
                        break;
                    case JoinOperator.LeftOuter:
                        joined.AddRange(matches.Count == 0 ? new[] { row.With(alias, null) } : matches.Select(m => row.With(alias, m)));
                        break;
                    case JoinOperator.Exists:
                    case JoinOperator.In:
                    case JoinOperator.Any:
                        if (matches.Count > 0)
                        {
                            joined.Add(row);
                        }

                        break;
                    case JoinOperator.NotAny:
                        if (matches.Count == 0)
                        {
                            joined.Add(row);
                        }

                        break;
                    default:
                        throw new NotSupportedException($"Dataverse.TestKit does not evaluate the join operator {link.JoinOperator}.");
                }
            }

            if (link.JoinOperator == JoinOperator.Inner || link.JoinOperator == JoinOperator.LeftOuter)
            {
                IEnumerable<JoinedRow> result = joined;
                foreach (var child in link.LinkEntities)
                {
                    result = Join(result, child, alias, plan, caller, user);
                }

                return result.ToList();
            }

            return joined;
        }

        private static object ValueOf(Entity row, string attribute)
        {
            if (row.Attributes.TryGetValue(attribute, out var value) && value != null)
            {
                return value;
            }

            return null;
        }

        /// <param name="resolve">Maps a condition's entity name to the row alias it reads (null = the filter's own row).</param>
        private static bool Matches(FilterExpression filter, JoinedRow row, Func<string, string> resolve, QueryUser user)
        {
            var results = filter.Conditions.Select(c => ConditionEvaluator.Evaluate(c, row.For(resolve(c.EntityName)), user))
                .Concat(filter.Filters.Select(f => Matches(f, row, resolve, user)));
            return filter.FilterOperator == LogicalOperator.Or ? AnyOrEmpty(results) : results.All(r => r);
        }

        private static bool AnyOrEmpty(IEnumerable<bool> results)
        {
            var list = results.ToList();
            return list.Count == 0 || list.Any(r => r);
        }

        private void ValidateFilter(FilterExpression filter, Plan plan, string homeAlias)
        {
            foreach (var condition in filter.Conditions)
            {
                var alias = condition.EntityName ?? homeAlias;
                if (alias != null && !plan.Knows(alias))
                {
                    throw new ArgumentException($"The condition on '{condition.AttributeName}' names the link alias '{alias}', which the query does not define (aliases are matched exactly).");
                }

                metadata.RequireColumn(plan.TableOf(alias), condition.AttributeName);
            }

            foreach (var child in filter.Filters)
            {
                ValidateFilter(child, plan, homeAlias);
            }
        }

        /// <summary>
        /// The query's orders (root, then link entities), then the root's primary key unless the query is distinct: the
        /// platform orders by the primary key when no order is given ("Ordering and paging"), and its paging cookie
        /// records the primary key after the order columns.
        /// </summary>
        private List<SortColumn> SortColumns(QueryExpression query, Plan plan)
        {
            var columns = new List<SortColumn>();
            foreach (var (order, alias) in query.Orders.Select(o => (o, o.EntityName)).Concat(plan.LinkOrders))
            {
                metadata.RequireColumn(plan.TableOf(alias), order.AttributeName);
                var rowAlias = plan.Normalize(alias);
                var isRootKey = rowAlias == null && order.AttributeName == plan.RootTable.PrimaryIdAttribute;
                columns.Add(new SortColumn(order.AttributeName, rowAlias, order.OrderType == OrderType.Descending, isRootKey));
            }

            if (!query.Distinct && !columns.Any(c => c.IsRootPrimaryKey))
            {
                columns.Add(new SortColumn(plan.RootTable.PrimaryIdAttribute, null, descending: false, isRootPrimaryKey: true));
            }

            return columns;
        }

        /// <summary>
        /// The row as the caller gets it. Distinct rows carry no primary key unless the caller lists it ("Ordering and
        /// paging": with distinct, no primary key values are returned), so rows equal in the listed columns are one row.
        /// </summary>
        private Entity Result(JoinedRow row, QueryExpression query, Plan plan)
        {
            var result = Project(row, query.ColumnSet, plan);
            var key = plan.RootTable.PrimaryIdAttribute;
            if (query.Distinct && !(query.ColumnSet?.AllColumns ?? true) && !query.ColumnSet.Columns.Contains(key))
            {
                result.Attributes.Remove(key);
                result.Id = Guid.Empty;
            }

            return result;
        }

        private Entity Project(JoinedRow row, ColumnSet columns, Plan plan)
        {
            var result = Dataverse.TestKit.Query.ColumnProjection.Project(metadata, plan.RootTable, row.Root, columns);
            foreach (var (alias, table, link) in plan.Links)
            {
                var linked = row.For(alias);
                if (linked == null || link.Columns == null)
                {
                    continue;
                }

                var values = link.Columns.AllColumns ? linked.Attributes.Select(a => a.Key).ToList() : link.Columns.Columns.ToList();
                foreach (var column in values)
                {
                    metadata.RequireColumn(table, column);
                    var value = ValueOf(linked, column);
                    if (value != null)
                    {
                        result[alias + "." + column] = new AliasedValue(table.LogicalName, column, AttributeValues.Copy(value));
                    }
                }
            }

            return result;
        }

        private static string DistinctKey(Entity row) =>
            string.Join("|", row.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + AttributeValues.Describe(a.Value)));

        /// <summary>The aliases and tables a query joins, collected while it runs.</summary>
        private sealed class Plan
        {
            private readonly Dictionary<string, TableDefinition> tables = new Dictionary<string, TableDefinition>(StringComparer.Ordinal);
            private int linkNumber;

            public Plan(TableDefinition rootTable)
            {
                RootTable = rootTable;
            }

            public TableDefinition RootTable { get; }

            public List<(string Alias, TableDefinition Table, LinkEntity Link)> Links { get; } = new List<(string, TableDefinition, LinkEntity)>();

            public IEnumerable<(OrderExpression Order, string Alias)> LinkOrders =>
                Links.SelectMany(l => l.Link.Orders.Select(o => (o, l.Alias))).ToList();

            public int NextLinkNumber() => ++linkNumber;

            public void Add(string alias, TableDefinition table, LinkEntity link)
            {
                if (tables.ContainsKey(alias))
                {
                    throw new ArgumentException($"The query uses the link alias '{alias}' twice.");
                }

                tables.Add(alias, table);
                Links.Add((alias, table, link));
            }

            public bool Knows(string alias) => Normalize(alias) == null || tables.ContainsKey(alias);

            public TableDefinition TableOf(string alias) => Normalize(alias) == null ? RootTable : tables[alias];

            /// <summary>A condition may name the root table instead of leaving its entity name empty.</summary>
            public string Normalize(string alias) => alias == null || (alias == RootTable.LogicalName && !tables.ContainsKey(alias)) ? null : alias;
        }
    }
}

using System;
using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.TestKit.Tests.Query
{
    public class QueryExpressionTests
    {
        private readonly InMemoryOrganization org = new InMemoryOrganization();
        private readonly EntityReference sales;
        private readonly EntityReference ann;
        private readonly EntityReference bob;
        private readonly EntityReference carl;

        public QueryExpressionTests()
        {
            sales = org.AddBusinessUnit("Sales");
            ann = org.AddUser("ann@contoso.com", new UserOptions { FirstName = "Ann", LastName = "Archer", AccessMode = 4 });
            bob = org.AddUser("bob@contoso.com", new UserOptions { FirstName = "Bob", LastName = "Baker", BusinessUnit = sales });
            carl = org.AddUser("carl@fabrikam.com", new UserOptions { LastName = "Cole", BusinessUnit = sales });
        }

        [Theory]
        [InlineData(ConditionOperator.Equal, "ANN@contoso.com", "ann")]
        [InlineData(ConditionOperator.NotEqual, "ann@contoso.com", "bob,carl")]
        [InlineData(ConditionOperator.Like, "%@CONTOSO.com", "ann,bob")]
        [InlineData(ConditionOperator.NotLike, "%@contoso.com", "carl")]
        [InlineData(ConditionOperator.Like, "_ob@%", "bob")]
        [InlineData(ConditionOperator.BeginsWith, "CA", "carl")]
        [InlineData(ConditionOperator.DoesNotBeginWith, "ca", "ann,bob")]
        [InlineData(ConditionOperator.EndsWith, "FABRIKAM.COM", "carl")]
        [InlineData(ConditionOperator.DoesNotEndWith, "fabrikam.com", "ann,bob")]
        [InlineData(ConditionOperator.Contains, "@contoso", "ann,bob")]
        [InlineData(ConditionOperator.DoesNotContain, "@contoso", "carl")]
        public void Text_operators_ignore_case(ConditionOperator op, string value, string expected)
        {
            Assert.Equal(expected, Names(Where(new ConditionExpression("domainname", op, value))));
        }

        [Fact]
        public void In_and_NotIn_accept_values_or_an_array()
        {
            Assert.Equal("ann,carl", Names(Where(new ConditionExpression("domainname", ConditionOperator.In, "ann@contoso.com", "CARL@fabrikam.com"))));
            Assert.Equal("ann,bob", Names(Where(new ConditionExpression("systemuserid", ConditionOperator.In, new[] { ann.Id, bob.Id }))));
            Assert.Equal("bob", Names(Where(new ConditionExpression("domainname", ConditionOperator.NotIn, "ann@contoso.com", "carl@fabrikam.com"))));
        }

        [Fact]
        public void Null_and_NotNull_and_the_SQL_treatment_of_missing_values()
        {
            Assert.Equal("carl", Names(Where(new ConditionExpression("firstname", ConditionOperator.Null))));
            Assert.Equal("ann,bob", Names(Where(new ConditionExpression("firstname", ConditionOperator.NotNull))));
            Assert.Equal("bob", Names(Where(new ConditionExpression("firstname", ConditionOperator.NotEqual, "Ann"))));
        }

        [Fact]
        public void Lookups_and_choices_compare_by_id_and_number()
        {
            Assert.Equal("bob,carl", Names(Where(new ConditionExpression("businessunitid", ConditionOperator.Equal, sales.Id))));
            Assert.Equal("bob,carl", Names(Where(new ConditionExpression("businessunitid", ConditionOperator.Equal, sales.Id.ToString()))));
            Assert.Equal("ann", Names(Where(new ConditionExpression("accessmode", ConditionOperator.Equal, 4))));
            Assert.Equal("ann", Names(Where(new ConditionExpression("accessmode", ConditionOperator.GreaterThan, 0))));
        }

        [Fact]
        public void Nested_and_or_filters()
        {
            var query = Users();
            var either = query.Criteria.AddFilter(LogicalOperator.Or);
            either.AddCondition("domainname", ConditionOperator.Equal, "ann@contoso.com");
            var both = either.AddFilter(LogicalOperator.And);
            both.AddCondition("businessunitid", ConditionOperator.Equal, sales.Id);
            both.AddCondition("lastname", ConditionOperator.BeginsWith, "C");

            Assert.Equal("ann,carl", Names(query));
        }

        [Fact]
        public void An_inner_link_entity_filters_by_the_linked_rows_and_returns_aliased_columns()
        {
            var role = org.AddRole("Reader");
            org.AssignRoles(bob, role);
            var query = Users();
            var link = query.AddLink("systemuserroles", "systemuserid", "systemuserid");
            var roleLink = link.AddLink("role", "roleid", "roleid");
            roleLink.EntityAlias = "r";
            roleLink.Columns = new ColumnSet("name");
            roleLink.LinkCriteria.AddCondition("name", ConditionOperator.Equal, "reader");

            var rows = org.SystemService.RetrieveMultiple(query).Entities;

            var row = Assert.Single(rows);
            Assert.Equal(bob.Id, row.Id);
            var aliased = row.GetAttributeValue<AliasedValue>("r.name");
            Assert.Equal("Reader", aliased.Value);
            Assert.Equal("role", aliased.EntityLogicalName);
        }

        [Fact]
        public void A_left_outer_link_keeps_unmatched_rows_and_root_criteria_can_name_the_alias()
        {
            org.AssignRoles(bob, org.AddRole("Reader"));
            var query = Users();
            var link = query.AddLink("systemuserroles", "systemuserid", "systemuserid", JoinOperator.LeftOuter);
            link.EntityAlias = "ur";
            query.Criteria.AddCondition("ur", "roleid", ConditionOperator.Null);

            Assert.Equal("ann,carl", Names(query));
        }

        [Fact]
        public void TopCount_ordering_and_paging()
        {
            var query = Users();
            query.AddOrder("domainname", OrderType.Descending);
            query.TopCount = 2;

            Assert.Equal(new[] { "carl", "bob" }, org.SystemService.RetrieveMultiple(query).Entities.Select(Short));

            var paged = Users();
            paged.AddOrder("domainname", OrderType.Ascending);
            paged.PageInfo = new PagingInfo { Count = 2, PageNumber = 2 };
            var page = org.SystemService.RetrieveMultiple(paged);
            Assert.Equal(new[] { "carl" }, page.Entities.Select(Short));
            Assert.False(page.MoreRecords);
        }

        [Fact]
        public void Distinct_rows_carry_no_primary_key_so_rows_equal_in_the_listed_columns_are_one()
        {
            var query = Users();
            query.ColumnSet = new ColumnSet("businessunitid");
            query.Distinct = true;
            query.AddOrder("businessunitid", OrderType.Ascending);

            var rows = org.SystemService.RetrieveMultiple(query).Entities;

            Assert.Equal(2, rows.Count);
            Assert.All(rows, row => Assert.Equal(new[] { "businessunitid" }, row.Attributes.Keys));
        }

        [Fact]
        public void Listed_columns_only_are_returned_and_unknown_columns_are_refused()
        {
            var query = Users();
            query.ColumnSet = new ColumnSet("domainname");
            query.Criteria.AddCondition("domainname", ConditionOperator.Equal, "ann@contoso.com");

            var row = Assert.Single(org.SystemService.RetrieveMultiple(query).Entities);

            Assert.Equal(new[] { "domainname", "systemuserid" }, row.Attributes.Keys.OrderBy(k => k));
            query.ColumnSet = new ColumnSet("domain_name");
            FaultAssert.Throws(PlatformErrorCode.QueryBuilderNoAttribute, () => org.SystemService.RetrieveMultiple(query));
        }

        [Fact]
        public void QueryByAttribute_is_an_AND_of_equal_conditions()
        {
            var query = new QueryByAttribute("systemuser") { ColumnSet = new ColumnSet("domainname") };
            query.AddAttributeValue("businessunitid", sales.Id);
            query.AddAttributeValue("firstname", "bob");

            Assert.Equal("bob", Names(org.SystemService.RetrieveMultiple(query)));
        }

        [Fact]
        public void Intersect_rows_are_queryable_as_tables()
        {
            var role = org.AddRole("Reader");
            org.AssignRoles(ann, role);
            var query = new QueryExpression("systemuserroles") { ColumnSet = new ColumnSet("roleid") };
            query.Criteria.AddCondition("systemuserid", ConditionOperator.Equal, ann.Id);

            Assert.Equal(role.Id, Assert.Single(org.SystemService.RetrieveMultiple(query).Entities).GetAttributeValue<Guid>("roleid"));
        }

        [Fact]
        public void Returned_rows_are_copies()
        {
            var first = org.SystemService.RetrieveMultiple(Users()).Entities.First(e => e.Id == ann.Id);
            first["domainname"] = "changed";

            Assert.Equal("ann", Names(Where(new ConditionExpression("domainname", ConditionOperator.Equal, "ann@contoso.com"))));
        }

        /// <summary>The seeded users (SYSTEM has no domain name), as a query whose criteria tests extend with AND.</summary>
        private static QueryExpression Users()
        {
            var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("domainname") };
            query.Criteria.AddCondition("domainname", ConditionOperator.NotNull);
            return query;
        }

        private QueryExpression Where(ConditionExpression condition)
        {
            var query = Users();
            query.Criteria.AddCondition(condition);
            return query;
        }

        private string Names(QueryExpression query) => Names(org.SystemService.RetrieveMultiple(query));

        private static string Names(EntityCollection rows) => string.Join(",", rows.Entities.Select(Short).OrderBy(n => n));

        private static string Short(Entity user) => user.GetAttributeValue<string>("domainname").Split('@')[0];
    }
}

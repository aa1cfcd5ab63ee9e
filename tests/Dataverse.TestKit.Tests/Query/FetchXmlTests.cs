using System;
using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.TestKit.Tests.Query
{
    /// <summary>The FetchXML subset the kit translates, and how it refuses FetchXML it does not model or the platform would not accept.</summary>
    public class FetchXmlTests
    {
        private readonly InMemoryOrganization org = new InMemoryOrganization();
        private readonly EntityReference sales;
        private readonly EntityReference reader;
        private readonly EntityReference ann;
        private readonly EntityReference bob;

        public FetchXmlTests()
        {
            sales = org.AddBusinessUnit("Sales");
            reader = org.AddRole("Reader", ("prvReadUser", PrivilegeDepth.Global));
            ann = org.AddUser("ann@contoso.com", new UserOptions { FirstName = "Ann", LastName = "Archer", AccessMode = 4 });
            bob = org.AddUser("bob@contoso.com", new UserOptions { FirstName = "Bob", LastName = "Baker", BusinessUnit = sales });
            org.AddUser("carl@fabrikam.com", new UserOptions { LastName = "Cole", BusinessUnit = sales });
            org.AssignRoles(ann, reader);
        }

        [Theory]
        [InlineData("<condition attribute='domainname' operator='eq' value='ANN@contoso.com' />", "ann")]
        [InlineData("<condition attribute='domainname' operator='ne' value='ann@contoso.com' />", "bob,carl")]
        [InlineData("<condition attribute='domainname' operator='like' value='%@contoso.com' />", "ann,bob")]
        [InlineData("<condition attribute='domainname' operator='not-like' value='%@contoso.com' />", "carl")]
        [InlineData("<condition attribute='domainname' operator='begins-with' value='ca' />", "carl")]
        [InlineData("<condition attribute='domainname' operator='ends-with' value='contoso.com' />", "ann,bob")]
        [InlineData("<condition attribute='firstname' operator='null' />", "carl")]
        [InlineData("<condition attribute='firstname' operator='not-null' />", "ann,bob")]
        [InlineData("<condition attribute='domainname' operator='in'><value>ann@contoso.com</value><value>carl@fabrikam.com</value></condition>", "ann,carl")]
        [InlineData("<condition attribute='domainname' operator='not-in'><value>ann@contoso.com</value></condition>", "bob,carl")]
        [InlineData("<condition attribute='accessmode' operator='gt' value='0' />", "ann")]
        [InlineData("<condition attribute='accessmode' operator='between'><value>1</value><value>10</value></condition>", "ann")]
        public void Conditions_read_their_values_as_text_and_compare_them_as_the_column_type(string condition, string expected)
        {
            Assert.Equal(expected, Names(Fetch($"<filter>{condition}</filter>")));
        }

        [Fact]
        public void Filters_nest_with_and_or()
        {
            var filter = $@"<filter type='or'>
                <condition attribute='domainname' operator='eq' value='ann@contoso.com' />
                <filter type='and'>
                  <condition attribute='businessunitid' operator='eq' value='{sales.Id}' />
                  <condition attribute='lastname' operator='begins-with' value='C' />
                </filter>
              </filter>";

            Assert.Equal("ann,carl", Names(Fetch(filter)));
        }

        [Fact]
        public void User_relative_operators_compare_with_the_caller()
        {
            var asBob = org.ServiceFor(bob.Id);
            org.AssignRoles(bob, org.RoleInBusinessUnit(reader, sales));

            var me = asBob.RetrieveMultiple(new FetchExpression(UsersFetch("<filter><condition attribute='systemuserid' operator='eq-userid' /></filter>")));
            var myUnit = asBob.RetrieveMultiple(new FetchExpression(UsersFetch("<filter><condition attribute='businessunitid' operator='eq-businessid' /></filter>")));

            Assert.Equal("bob", Names(me));
            Assert.Equal("bob,carl", Names(myUnit));
        }

        [Fact]
        public void Nested_link_entities_join_filter_and_return_their_attributes_under_the_alias()
        {
            var rows = Fetch(@"
                <link-entity name='systemuserroles' from='systemuserid' to='systemuserid' link-type='inner'>
                  <link-entity name='role' from='roleid' to='roleid' alias='r'>
                    <attribute name='name' />
                    <filter><condition attribute='name' operator='eq' value='reader' /></filter>
                  </link-entity>
                </link-entity>");

            var row = Assert.Single(rows.Entities);
            Assert.Equal(ann.Id, row.Id);
            Assert.Equal("Reader", row.GetAttributeValue<AliasedValue>("r.name").Value);
        }

        [Fact]
        public void An_outer_link_keeps_unmatched_rows_and_a_condition_can_name_its_alias()
        {
            var rows = Fetch(@"
                <link-entity name='systemuserroles' from='systemuserid' to='systemuserid' link-type='outer' alias='ur' />
                <filter><condition entityname='ur' attribute='roleid' operator='null' /></filter>");

            Assert.Equal("bob,carl", Names(rows));
        }

        [Fact]
        public void An_unaliased_link_returns_table_dot_column_and_an_entity_without_attributes_returns_all_columns()
        {
            var rows = org.SystemService.RetrieveMultiple(new FetchExpression(@"
                <fetch>
                  <entity name='systemuser'>
                    <filter><condition attribute='domainname' operator='eq' value='ann@contoso.com' /></filter>
                    <link-entity name='businessunit' from='businessunitid' to='businessunitid'>
                      <attribute name='name' />
                    </link-entity>
                  </entity>
                </fetch>"));

            var row = Assert.Single(rows.Entities);
            Assert.Equal("Root", row.GetAttributeValue<AliasedValue>("businessunit.name").Value);
            Assert.Equal("Archer", row.GetAttributeValue<string>("lastname"));
        }

        [Fact]
        public void Orders_sort_descending_and_distinct_drops_repeated_rows()
        {
            var ordered = org.SystemService.RetrieveMultiple(new FetchExpression(UsersFetch(string.Empty, "<order attribute='domainname' descending='true' />")));
            var units = org.SystemService.RetrieveMultiple(new FetchExpression(
                "<fetch distinct='true'><entity name='systemuser'><attribute name='businessunitid' /><order attribute='businessunitid' /></entity></fetch>"));

            Assert.Equal(new[] { "carl", "bob", "ann" }, ordered.Entities.Select(Short));
            Assert.Equal(2, units.Entities.Count);
        }

        [Theory]
        [InlineData("<fetch aggregate='true'><entity name='systemuser' /></fetch>")]
        [InlineData("<fetch><entity name='systemuser'><no-attrs /></entity></fetch>")]
        [InlineData("<fetch><entity name='systemuser'><attribute name='fullname' alias='n' /></entity></fetch>")]
        [InlineData("<fetch><entity name='systemuser'><filter><condition attribute='firstname' operator='eq' valueof='lastname' /></filter></entity></fetch>")]
        [InlineData("<fetch><entity name='systemuser'><filter><condition attribute='createdon' operator='last-x-days' value='3' /></filter></entity></fetch>")]
        [InlineData("<fetch><entity name='systemuser'><link-entity name='businessunit' from='businessunitid' to='businessunitid' link-type='natural' /></entity></fetch>")]
        [InlineData("<fetch><entity name='systemuser'><link-entity name='businessunit' /></entity></fetch>")]
        public void FetchXml_outside_the_modelled_subset_is_a_kit_gap(string fetchXml)
        {
            var gap = Assert.Throws<NotSupportedException>(() => org.SystemService.RetrieveMultiple(new FetchExpression(fetchXml)));
            Assert.Contains("Dataverse.TestKit", gap.Message);
        }

        [Theory]
        [InlineData("<fetch><entity name='systemuser'>", PlatformErrorCode.InvalidFetchXml)]
        [InlineData("<query><entity name='systemuser' /></query>", PlatformErrorCode.InvalidFetchXml)]
        [InlineData("<fetch count='many'><entity name='systemuser' /></fetch>", PlatformErrorCode.InvalidFetchXml)]
        [InlineData("<fetch />", PlatformErrorCode.QueryBuilderElementNotFound)]
        [InlineData("<fetch><entity /></fetch>", PlatformErrorCode.QueryBuilderAttributeNotFound)]
        [InlineData("<fetch><entity name='systemuser'><atribute name='fullname' /></entity></fetch>", PlatformErrorCode.QueryBuilderDeserializeInvalidNode)]
        [InlineData("<fetch><entity name='systemuser'><condition attribute='fullname' operator='null' /></entity></fetch>", PlatformErrorCode.QueryBuilderDeserializeInvalidNode)]
        [InlineData("<fetch><entity name='systemuser'><filter><condition attribute='fullname' operator='equals' value='x' /></filter></entity></fetch>", PlatformErrorCode.QueryBuilderInvalidConditionOperator)]
        [InlineData("<fetch><entity name='systemuser'><filter type='xor' /></entity></fetch>", PlatformErrorCode.QueryBuilderInvalidFilterType)]
        [InlineData("<fetch><entity name='systemuser'><link-entity name='businessunit' from='businessunitid' to='businessunitid' link-type='left' /></entity></fetch>", PlatformErrorCode.QueryBuilderDeserializeInvalidLinkType)]
        [InlineData("<fetch><entity name='systemuser'><link-entity name='businessunit' from='businessunitid' /></entity></fetch>", PlatformErrorCode.QueryBuilderAttributePairMismatch)]
        [InlineData("<fetch><entity name='systemuser'><link-entity name='businessunit' from='businessunitid' to='businessunitid' alias='b' /><link-entity name='team' from='businessunitid' to='businessunitid' alias='b' /></entity></fetch>", PlatformErrorCode.QueryBuilderDuplicateAlias)]
        [InlineData("<fetch distinct='yes'><entity name='systemuser' /></fetch>", PlatformErrorCode.QueryBuilderDeserializeInvalidDistinct)]
        [InlineData("<fetch><entity name='systemuser'><order attribute='fullname' descending='down' /></entity></fetch>", PlatformErrorCode.QueryBuilderDeserializeInvalidDescending)]
        [InlineData("<fetch count='0'><entity name='systemuser' /></fetch>", PlatformErrorCode.QueryBuilderValueGreaterThanZero)]
        [InlineData("<fetch><entity name='systemuser'><attribute name='full_name' /></entity></fetch>", PlatformErrorCode.QueryBuilderNoAttribute)]
        public void FetchXml_the_platform_would_refuse_fails_with_its_fault(string fetchXml, int errorCode)
        {
            FaultAssert.Throws(errorCode, () => org.SystemService.RetrieveMultiple(new FetchExpression(fetchXml)));
        }

        [Fact]
        public void A_FetchXml_call_is_logged_against_its_table()
        {
            org.ResetCalls();

            org.SystemService.RetrieveMultiple(new FetchExpression(UsersFetch(string.Empty)));

            Assert.Equal("systemuser", Assert.Single(org.Calls).EntityLogicalName);
        }

        /// <summary>The seeded users (SYSTEM has no domain name) with the given elements added to the entity.</summary>
        private static string UsersFetch(string filterAndLinks, string orders = "") =>
            $"<fetch><entity name='systemuser'><attribute name='domainname' />{orders}<filter><condition attribute='domainname' operator='not-null' /></filter>{filterAndLinks}</entity></fetch>";

        private EntityCollection Fetch(string filterAndLinks) => org.SystemService.RetrieveMultiple(new FetchExpression(UsersFetch(filterAndLinks)));

        private static string Names(EntityCollection rows) => string.Join(",", rows.Entities.Select(Short).OrderBy(n => n));

        private static string Short(Entity user) => user.GetAttributeValue<string>("domainname").Split('@')[0];
    }
}

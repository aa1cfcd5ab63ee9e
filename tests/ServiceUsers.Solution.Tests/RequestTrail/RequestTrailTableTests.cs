using System;
using System.Linq;
using ServiceUsers.Solution.Tests.Support;
using SolutionZip.Composition;

namespace ServiceUsers.Solution.Tests.RequestTrail
{
    /// <summary>
    /// The request trail table new_serviceuserrequest in the packed zips: organization-owned, audited, and with the
    /// columns, types and choice values the plug-in will write.
    /// </summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class RequestTrailTableTests
    {
        /// <summary>(logical name, export type, display name) of each column the issue asks for.</summary>
        private static readonly (string Name, string Type, string Display)[] TrailColumns =
        {
            ("new_name", "nvarchar", "Name"),
            ("new_requestedby", "lookup", "Requested by"),
            ("new_initiatedby", "lookup", "Initiated by"),
            ("new_serviceuser", "lookup", "Service user"),
            ("new_identity", "nvarchar", "Identity"),
            ("new_kind", "picklist", "Kind"),
            ("new_businessunit", "lookup", "Business unit"),
            ("new_rolesadded", "ntext", "Roles added"),
            ("new_teamsadded", "ntext", "Teams added"),
            ("new_outcome", "picklist", "Outcome"),
            ("new_correlationid", "nvarchar", "Correlation id"),
        };

        private readonly PackedSolutions _packed;

        public RequestTrailTableTests(PackedSolutions packed)
        {
            _packed = packed;
        }

        private PackedTable Table(PackageKind kind) => PackedTable.Of(_packed.Of(kind), ExpectedSolution.TableSchemaName);

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void The_table_is_organization_owned_audited_and_named_as_the_issue_asks(PackageKind kind)
        {
            var table = Table(kind);

            Assert.Equal("Service User Request", (string)table.Entity.Element("Name").Attribute("LocalizedName"));
            Assert.Equal("Service User Request", (string)table.Info.Element("LocalizedNames").Element("LocalizedName").Attribute("description"));
            Assert.Equal("Service User Requests", (string)table.Info.Element("LocalizedCollectionNames").Element("LocalizedCollectionName").Attribute("description"));
            Assert.Equal("OrgOwned", (string)table.Info.Element("OwnershipTypeMask"));
            Assert.Equal("1", (string)table.Info.Element("IsAuditEnabled"));
            Assert.Equal("new_serviceuserrequests", (string)table.Info.Element("EntitySetName"));
        }

        [Fact]
        public void An_organization_owned_table_has_no_owner_columns_and_is_owned_through_organizationid()
        {
            var table = Table(PackageKind.Unmanaged);
            var names = table.Attributes.Select(attribute => (string)attribute.Element("LogicalName")).ToList();

            Assert.Contains("organizationid", names);
            Assert.DoesNotContain("ownerid", names);
            Assert.DoesNotContain("owningbusinessunit", names);
            Assert.DoesNotContain("owninguser", names);
            Assert.DoesNotContain("owningteam", names);
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Every_trail_column_has_its_type_and_label_and_is_audited(PackageKind kind)
        {
            var table = Table(kind);
            foreach (var (name, type, display) in TrailColumns)
            {
                var column = table.Attribute(name);
                Assert.Equal(type, (string)column.Element("Type"));
                Assert.Equal(display, (string)column.Element("displaynames").Element("displayname").Attribute("description"));
                Assert.True((string)column.Element("IsAuditEnabled") == "1", $"{name} is not audited");
                Assert.Equal("1", (string)column.Element("IsCustomField"));
            }

            var custom = table.Attributes.Where(attribute => (string)attribute.Element("IsCustomField") == "1").Select(attribute => (string)attribute.Element("LogicalName"));
            Assert.Equal(TrailColumns.Select(column => column.Name).OrderBy(name => name, StringComparer.Ordinal), custom.OrderBy(name => name, StringComparer.Ordinal));
        }

        [Theory]
        [InlineData("new_name", 400)]
        [InlineData("new_identity", 1024)]
        [InlineData("new_correlationid", 100)]
        [InlineData("new_rolesadded", 4000)]
        [InlineData("new_teamsadded", 4000)]
        public void Text_columns_hold_the_lengths_the_plugin_writes(string name, int maxLength)
        {
            Assert.Equal(maxLength, (int)Table(PackageKind.Unmanaged).Attribute(name).Element("MaxLength"));
        }

        [Fact]
        public void The_name_is_the_primary_name_and_the_multiline_columns_are_text_areas()
        {
            var table = Table(PackageKind.Unmanaged);

            Assert.StartsWith("PrimaryName|", (string)table.Attribute("new_name").Element("DisplayMask"), StringComparison.Ordinal);
            Assert.Single(table.Attributes, attribute => ((string)attribute.Element("DisplayMask") ?? string.Empty).Contains("PrimaryName"));
            Assert.Equal("TextArea", (string)table.Attribute("new_rolesadded").Element("Format"));
            Assert.Equal("TextArea", (string)table.Attribute("new_teamsadded").Element("Format"));
            Assert.Equal("primarykey", (string)table.Attribute("new_serviceuserrequestid").Element("Type"));
        }

        [Fact]
        public void Kind_and_outcome_are_local_choices_with_the_agreed_values()
        {
            var table = Table(PackageKind.Unmanaged);

            Assert.Equal(new[] { (100000000, "Non-interactive"), (100000001, "Application") }, table.Options("new_kind"));
            Assert.Equal(new[] { (100000000, "Created"), (100000001, "Converted"), (100000002, "Completed") }, table.Options("new_outcome"));
            foreach (var name in new[] { "new_kind", "new_outcome" })
            {
                var optionSet = table.Attribute(name).Element("optionset");
                Assert.Equal($"{ExpectedSolution.TableLogicalName}_{name}", (string)optionSet.Attribute("Name"));
                Assert.Equal("picklist", (string)optionSet.Element("OptionSetType"));
                Assert.Null(optionSet.Element("IsGlobal"));
            }
        }

        [Theory]
        [InlineData("new_requestedby", "new_RequestedBy", "SystemUser")]
        [InlineData("new_initiatedby", "new_InitiatedBy", "SystemUser")]
        [InlineData("new_serviceuser", "new_ServiceUser", "SystemUser")]
        [InlineData("new_businessunit", "new_BusinessUnit", "BusinessUnit")]
        public void Each_lookup_has_a_one_to_many_relationship_from_its_target(string column, string schemaName, string target)
        {
            var zip = _packed.Unmanaged;
            var relationship = Assert.Single(
                zip.Customizations.Root.Element("EntityRelationships").Elements("EntityRelationship"),
                element => (string)element.Element("ReferencingAttributeName") == schemaName);

            Assert.Equal("OneToMany", (string)relationship.Element("EntityRelationshipType"));
            Assert.Equal(ExpectedSolution.TableSchemaName, (string)relationship.Element("ReferencingEntityName"));
            Assert.Equal(target, (string)relationship.Element("ReferencedEntityName"));
            Assert.Equal($"{ExpectedSolution.TableLogicalName}_{column.Substring("new_".Length)}_{target.ToLowerInvariant()}", (string)relationship.Attribute("Name"));
            // A deleted target must never delete trail rows.
            Assert.NotEqual("Cascade", (string)relationship.Element("CascadeDelete"));
        }

        [Fact]
        public void The_platform_relationships_of_an_organization_owned_table_are_there_and_sorted_by_name()
        {
            var names = _packed.Unmanaged.Customizations.Root.Element("EntityRelationships").Elements("EntityRelationship")
                .Select(element => (string)element.Attribute("Name")).ToList();

            Assert.Contains($"organization_{ExpectedSolution.TableLogicalName}", names);
            Assert.Contains($"lk_{ExpectedSolution.TableLogicalName}_createdby", names);
            Assert.Contains($"lk_{ExpectedSolution.TableLogicalName}_modifiedby", names);
            Assert.Equal(names.OrderBy(name => name, StringComparer.Ordinal), names);
        }
    }
}

using System;
using System.Linq;
using System.Xml.Linq;
using ServiceUsers.Solution.Tests.Support;
using SolutionZip.Composition;

namespace ServiceUsers.Solution.Tests.RequestTrail
{
    /// <summary>
    /// The "Service User Manager" role: the least a delegate needs to call new_CreateServiceUser for their own business
    /// unit (docs/delegation-role.md explains each privilege), and no role in the solution may write the request trail.
    /// </summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class DelegationRoleTests
    {
        private static readonly (string Name, string Level)[] ExpectedPrivileges =
        {
            ("prvAppendToTeam", "Local"),
            ("prvAssignRole", "Local"),
            ("prvCreateUser", "Local"),
            ("prvReadBusinessUnit", "Global"),
            ("prvReadnew_ServiceUserRequest", "Global"),
            ("prvReadRole", "Local"),
            ("prvReadTeam", "Local"),
            ("prvReadUser", "Local"),
            ("prvWriteTeam", "Local"),
        };

        private static readonly string[] TrailWriteVerbs = { "Create", "Write", "Delete", "Append", "AppendTo", "Assign", "Share" };

        private readonly PackedSolutions _packed;

        public DelegationRoleTests(PackedSolutions packed)
        {
            _packed = packed;
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void The_role_holds_exactly_the_delegation_privileges_at_their_depths_sorted_by_name(PackageKind kind)
        {
            var privileges = Role(_packed.Of(kind)).Element("RolePrivileges").Elements("RolePrivilege")
                .Select(privilege => ((string)privilege.Attribute("name"), (string)privilege.Attribute("level")))
                .ToArray();

            Assert.Equal(ExpectedPrivileges, privileges);
        }

        [Fact]
        public void Creating_users_is_limited_to_the_delegates_own_business_unit()
        {
            var levels = Role(_packed.Unmanaged).Element("RolePrivileges").Elements("RolePrivilege")
                .ToDictionary(privilege => (string)privilege.Attribute("name"), privilege => (string)privilege.Attribute("level"));

            Assert.Equal("Local", levels["prvCreateUser"]);
            Assert.Equal("Local", levels["prvAssignRole"]);
            Assert.DoesNotContain(levels, pair => pair.Value == "Deep");
            Assert.DoesNotContain(levels, pair => pair.Value == "Global" && pair.Key != "prvReadBusinessUnit" && pair.Key != "prvReadnew_ServiceUserRequest");
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void No_role_in_the_solution_may_create_change_or_hand_over_a_trail_row(PackageKind kind)
        {
            var roles = _packed.Of(kind).Customizations.Root.Element("Roles").Elements("Role").ToList();
            var forbidden = TrailWriteVerbs.Select(verb => "prv" + verb + ExpectedSolution.TableSchemaName).ToList();

            Assert.NotEmpty(roles);
            foreach (var privilege in roles.SelectMany(role => role.Element("RolePrivileges").Elements("RolePrivilege")))
            {
                Assert.DoesNotContain((string)privilege.Attribute("name"), forbidden, StringComparer.OrdinalIgnoreCase);
            }
        }

        [Fact]
        public void The_packed_role_carries_only_what_the_schema_knows()
        {
            var role = Role(_packed.Unmanaged);

            Assert.Equal(ExpectedSolution.RoleName, (string)role.Attribute("name"));
            Assert.Equal(new[] { "IsCustomizable", "RolePrivileges" }, role.Elements().Select(element => element.Name.LocalName));
            Assert.Equal(new[] { "id", "name" }, role.Attributes().Select(attribute => attribute.Name.LocalName));
        }

        [Fact]
        public void The_managed_role_is_locked()
        {
            Assert.Equal("0", (string)Role(_packed.Managed).Element("IsCustomizable"));
        }

        private static XElement Role(SolutionZipFile zip) =>
            zip.Customizations.Root.Element("Roles").Elements("Role").Single(role => Guid.Parse((string)role.Attribute("id")) == ExpectedSolution.RoleId);
    }
}

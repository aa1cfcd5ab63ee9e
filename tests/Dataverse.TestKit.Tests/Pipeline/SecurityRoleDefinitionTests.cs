using System;
using System.IO;
using System.Linq;
using Dataverse.TestKit.Metadata;
using Microsoft.Crm.Sdk.Messages;
using ServiceUsers.TestSupport;
using Xunit;

namespace Dataverse.TestKit.Tests.Pipeline
{
    public class SecurityRoleDefinitionTests
    {
        private static string SolutionFolder => RepositoryRoot.PathOf("solution");

        [Fact]
        public void LoadFromUnpackedSolution_reads_the_shipped_Service_User_Manager_role()
        {
            var role = SecurityRoleDefinition.LoadFromUnpackedSolution(SolutionFolder, "Service User Manager");

            Assert.Equal("Service User Manager", role.Name);
            Assert.Equal(Guid.Parse("989458c8-adae-4034-b33c-91fd14045b4e"), role.Id);
            // The full list and the reasons are the packaging tests' and docs/delegation-role.md's; here: every entry, both depth words.
            Assert.Equal(9, role.Privileges.Count);
            Assert.Contains(("prvCreateUser", PrivilegeDepth.Local), role.Privileges);
            Assert.Contains(("prvReadBusinessUnit", PrivilegeDepth.Global), role.Privileges);
        }

        [Fact]
        public void The_loaded_role_seeds_an_organization_and_its_holder_gets_exactly_its_privileges()
        {
            var role = SecurityRoleDefinition.LoadFromUnpackedSolution(SolutionFolder, "Service User Manager");
            var org = new InMemoryOrganization();
            org.AddTable("new_serviceuserrequest", TableOwnership.Organization, "new_ServiceUserRequest");

            var manager = org.AddUser("manager@contoso.com", null, 0, org.AddRole(role.Name, role.Privileges.ToArray()));

            Assert.Equal(
                role.Privileges.OrderBy(privilege => privilege.PrivilegeName, StringComparer.OrdinalIgnoreCase),
                org.PrivilegesOf(manager.Id).Select(pair => (pair.Key, pair.Value)).OrderBy(privilege => privilege.Key, StringComparer.OrdinalIgnoreCase));
        }

        [Fact]
        public void A_missing_role_or_an_unknown_level_is_reported()
        {
            var folder = Path.Combine(Path.GetTempPath(), "testkit-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(folder, "Roles"));
            File.WriteAllText(
                Path.Combine(folder, "Roles", "Odd.xml"),
                "<Role id=\"{6a1d1c2e-0000-4000-8000-000000000001}\" name=\"Odd\"><RolePrivileges><RolePrivilege name=\"prvReadUser\" level=\"Organization\" /></RolePrivileges></Role>");
            try
            {
                Assert.Throws<InvalidDataException>(() => SecurityRoleDefinition.LoadFromUnpackedSolution(folder, "Missing"));
                var error = Assert.Throws<InvalidDataException>(() => SecurityRoleDefinition.LoadFromUnpackedSolution(folder, "Odd"));
                Assert.Contains("Organization", error.Message);
                Assert.Throws<DirectoryNotFoundException>(() => SecurityRoleDefinition.LoadFromUnpackedSolution(Path.Combine(folder, "Roles"), "Odd"));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}

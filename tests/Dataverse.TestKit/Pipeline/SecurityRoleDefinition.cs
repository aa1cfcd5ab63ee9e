using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Crm.Sdk.Messages;

namespace Dataverse.TestKit
{
    /// <summary>
    /// A security role as a solution ships it: its name and its (privilege, depth) grants, read from the unpacked
    /// solution so tests seed exactly the role the product delivers:
    /// <code>
    /// var role = SecurityRoleDefinition.LoadFromUnpackedSolution(solutionFolder, "Service User Manager");
    /// org.AddRole(role.Name, role.Privileges.ToArray());
    /// </code>
    /// Privileges on the solution's own tables need those tables in the organization first (<see cref="InMemoryOrganization.AddTable"/>).
    /// </summary>
    public sealed class SecurityRoleDefinition
    {
        private SecurityRoleDefinition(Guid id, string name, IReadOnlyList<(string PrivilegeName, PrivilegeDepth Depth)> privileges)
        {
            Id = id;
            Name = name;
            Privileges = privileges;
        }

        /// <summary>The role's id in the solution (its root component id).</summary>
        public Guid Id { get; }

        public string Name { get; }

        /// <summary>Every &lt;RolePrivilege&gt; in file order, its level (Basic, Local, Deep, Global) as a depth.</summary>
        public IReadOnlyList<(string PrivilegeName, PrivilegeDepth Depth)> Privileges { get; }

        /// <summary>
        /// Reads the role named <paramref name="roleName"/> from <c>Roles/*.xml</c> of an unpacked solution (SolutionPackager's
        /// layout: one <c>&lt;Role id name&gt;</c> file per role). The file is found by the role's name, not its file name,
        /// because file names cannot carry every character a role name can.
        /// </summary>
        public static SecurityRoleDefinition LoadFromUnpackedSolution(string solutionFolder, string roleName)
        {
            var rolesFolder = Path.Combine(solutionFolder, "Roles");
            if (!Directory.Exists(rolesFolder))
            {
                throw new DirectoryNotFoundException($"No Roles folder under '{solutionFolder}'.");
            }

            var matches = Directory.GetFiles(rolesFolder, "*.xml").OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (Path: path, Root: XDocument.Load(path).Root))
                .Where(file => file.Root?.Name.LocalName == "Role" && string.Equals((string)file.Root.Attribute("name"), roleName, StringComparison.Ordinal))
                .ToList();
            if (matches.Count != 1)
            {
                throw new InvalidDataException($"Expected one role named '{roleName}' in '{rolesFolder}', found {matches.Count}.");
            }

            var (file, role) = matches[0];
            if (!Guid.TryParse((string)role.Attribute("id"), out var id))
            {
                throw new InvalidDataException($"{file}: the role's id '{(string)role.Attribute("id")}' is not a GUID.");
            }

            var privileges = role.Elements("RolePrivileges").Elements("RolePrivilege")
                .Select(privilege => ((string)privilege.Attribute("name"), DepthOf((string)privilege.Attribute("level"), file)))
                .ToList();
            return new SecurityRoleDefinition(id, roleName, privileges);
        }

        /// <summary>Solution files write a depth as Basic, Local, Deep or Global (PrivilegeLevelType in the schema).</summary>
        private static PrivilegeDepth DepthOf(string level, string file)
        {
            switch (level)
            {
                case "Basic": return PrivilegeDepth.Basic;
                case "Local": return PrivilegeDepth.Local;
                case "Deep": return PrivilegeDepth.Deep;
                case "Global": return PrivilegeDepth.Global;
                default: throw new InvalidDataException($"{file}: privilege level '{level}' is not Basic, Local, Deep or Global.");
            }
        }
    }
}

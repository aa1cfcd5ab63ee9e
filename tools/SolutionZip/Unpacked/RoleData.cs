using System;
using System.Linq;
using System.Xml.Linq;

namespace SolutionZip.Unpacked
{
    /// <summary>
    /// Roles/&lt;name&gt;.xml: one security role, its root &lt;Role id name&gt; exactly as customizations.xml carries it
    /// inside &lt;Roles&gt;.
    /// </summary>
    public sealed class RoleData
    {
        private RoleData(string filePath, XElement element, Guid id, string name)
        {
            FilePath = filePath;
            Element = element;
            Id = id;
            Name = name;
        }

        public string FilePath { get; }

        public XElement Element { get; }

        public Guid Id { get; }

        public string Name { get; }

        /// <summary>(privilege name, level) of every &lt;RolePrivilege&gt;, in file order.</summary>
        public (string Name, string Level)[] Privileges =>
            Element.Elements("RolePrivileges").Elements("RolePrivilege")
                .Select(privilege => ((string)privilege.Attribute("name"), (string)privilege.Attribute("level")))
                .ToArray();

        public static RoleData Load(string rootFolder, string filePath)
        {
            var element = UnpackedXml.LoadRoot(rootFolder, filePath, "Role");
            var id = UnpackedXml.RequiredGuid(UnpackedXml.RequiredAttribute(element, "id", filePath), "Role id", filePath);
            var name = UnpackedXml.RequiredAttribute(element, "name", filePath);
            return new RoleData(filePath, element, id, name);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataverse.TestKit.Security
{
    /// <summary>
    /// The privileges the organization knows, named as Dataverse names them: prv + verb + table schema suffix
    /// (prvCreateUser, prvReadBusinessUnit, prvAssignRole, prvAppendToTeam, ...).
    /// </summary>
    internal sealed class PrivilegeCatalogue
    {
        private static IEnumerable<(string Verb, AccessRight Right)> TableVerbs() => new[]
        {
            ("Create", AccessRight.Create),
            ("Read", AccessRight.Read),
            ("Write", AccessRight.Write),
            ("Delete", AccessRight.Delete),
            ("Append", AccessRight.Append),
            ("AppendTo", AccessRight.AppendTo),
        };

        private readonly Dictionary<string, PrivilegeDefinition> byName = new Dictionary<string, PrivilegeDefinition>(StringComparer.OrdinalIgnoreCase);
        private readonly List<PrivilegeDefinition> ordered = new List<PrivilegeDefinition>();
        private readonly Dictionary<Guid, PrivilegeDefinition> byId = new Dictionary<Guid, PrivilegeDefinition>();

        public IReadOnlyList<PrivilegeDefinition> All => ordered;

        /// <summary>Adds the table privileges (Create, Read, Write, Delete, Append, AppendTo, plus the extra rights given) for a table.</summary>
        public IReadOnlyList<PrivilegeDefinition> AddTablePrivileges(string tableLogicalName, string suffix, params AccessRight[] extraRights)
        {
            var added = new List<PrivilegeDefinition>();
            foreach (var (verb, right) in TableVerbs())
            {
                added.Add(Add(new PrivilegeDefinition("prv" + verb + suffix, tableLogicalName, right)));
            }

            foreach (var right in extraRights)
            {
                added.Add(Add(new PrivilegeDefinition("prv" + right + suffix, tableLogicalName, right)));
            }

            return added;
        }

        public PrivilegeDefinition FindById(Guid id) => byId.TryGetValue(id, out var privilege) ? privilege : null;

        public PrivilegeDefinition Find(string name) => name != null && byName.TryGetValue(name, out var privilege) ? privilege : null;

        public PrivilegeDefinition Require(string name) =>
            Find(name) ?? throw new ArgumentException($"The privilege '{name}' is not in the organization's catalogue. Known: {string.Join(", ", ordered.Select(p => p.Name))}.");

        public PrivilegeDefinition For(string tableLogicalName, AccessRight right) =>
            ordered.FirstOrDefault(p => p.TableLogicalName == tableLogicalName && p.AccessRight == right);

        private PrivilegeDefinition Add(PrivilegeDefinition privilege)
        {
            if (byName.TryGetValue(privilege.Name, out var existing))
            {
                return existing;
            }

            byName.Add(privilege.Name, privilege);
            ordered.Add(privilege);
            byId[privilege.Id] = privilege;
            return privilege;
        }
    }
}

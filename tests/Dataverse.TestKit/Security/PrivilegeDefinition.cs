using System;
using System.Security.Cryptography;
using System.Text;

namespace Dataverse.TestKit.Security
{
    /// <summary>A privilege of the catalogue: its name (prvCreateUser), a fixed id, the table it secures and the access right it grants.</summary>
    public sealed class PrivilegeDefinition
    {
        internal PrivilegeDefinition(string name, string tableLogicalName, AccessRight accessRight)
        {
            Name = name;
            TableLogicalName = tableLogicalName;
            AccessRight = accessRight;
            Id = StableId(name);
        }

        public string Name { get; }

        /// <summary>
        /// Derived from the name, so it is the same in every organization and every run, as privilege ids are across
        /// Dataverse environments. It is not Microsoft's id for the privilege.
        /// </summary>
        public Guid Id { get; }

        public string TableLogicalName { get; }

        public AccessRight AccessRight { get; }

        public override string ToString() => Name;

        private static Guid StableId(string name)
        {
            using (var sha = SHA256.Create())
            {
                var hash = sha.ComputeHash(Encoding.UTF8.GetBytes("Dataverse.TestKit privilege " + name.ToLowerInvariant()));
                var bytes = new byte[16];
                Array.Copy(hash, bytes, 16);
                bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50);
                bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
                return new Guid(bytes);
            }
        }
    }
}

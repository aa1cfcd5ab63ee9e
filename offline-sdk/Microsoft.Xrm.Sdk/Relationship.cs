using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Names a relationship (by schema name) for Associate/Disassociate and related-entity collections.</summary>
    public sealed class Relationship : IExtensibleDataObject
    {
        public Relationship()
        {
        }

        public Relationship(string schemaName)
        {
            SchemaName = schemaName;
        }

        public string SchemaName { get; set; }

        public EntityRole? PrimaryEntityRole { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        // Used as a dictionary key (RelatedEntityCollection), so equality is by value: schema name and role.
        public override bool Equals(object obj)
        {
            Relationship other = obj as Relationship;
            return other != null
                && string.Equals(SchemaName, other.SchemaName, StringComparison.Ordinal)
                && PrimaryEntityRole == other.PrimaryEntityRole;
        }

        public override int GetHashCode()
        {
            int hash = SchemaName == null ? 0 : SchemaName.GetHashCode();
            return PrimaryEntityRole.HasValue ? hash ^ PrimaryEntityRole.Value.GetHashCode() : hash;
        }

        // Real format: "<schema name>.<role>", with an empty part for a missing name or role (e.g. "account_parent_account.").
        public override string ToString()
        {
            return (SchemaName ?? string.Empty) + "." + (PrimaryEntityRole.HasValue ? PrimaryEntityRole.Value.ToString() : string.Empty);
        }
    }
}

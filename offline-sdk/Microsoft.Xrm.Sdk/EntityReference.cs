using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// A pointer to a record (lookup value, request target).
    /// Equality mirrors the real SDK: same Id, same LogicalName (ordinal, case-sensitive) and the same key attributes;
    /// Name and RowVersion do not take part.
    /// </summary>
    public sealed class EntityReference : IExtensibleDataObject
    {
        private KeyAttributeCollection _keyAttributes;

        public EntityReference()
        {
        }

        public EntityReference(string logicalName)
        {
            LogicalName = logicalName;
        }

        public EntityReference(string logicalName, Guid id)
        {
            LogicalName = logicalName;
            Id = id;
        }

        public EntityReference(string logicalName, string keyName, object keyValue)
        {
            LogicalName = logicalName;
            KeyAttributes.Add(keyName, keyValue);
        }

        public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
        {
            LogicalName = logicalName;
            _keyAttributes = keyAttributeCollection;
        }

        public Guid Id { get; set; }

        public string LogicalName { get; set; }

        public string Name { get; set; }

        public KeyAttributeCollection KeyAttributes
        {
            get { return _keyAttributes ?? (_keyAttributes = new KeyAttributeCollection()); }
            set { _keyAttributes = value; }
        }

        public string RowVersion { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        public override bool Equals(object obj)
        {
            EntityReference other = obj as EntityReference;
            if (other == null)
            {
                return false;
            }

            if (ReferenceEquals(this, other))
            {
                return true;
            }

            return Id == other.Id
                && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal)
                && HaveSameKeyAttributes(KeyAttributes, other.KeyAttributes);
        }

        public override int GetHashCode()
        {
            int hash = string.IsNullOrEmpty(LogicalName) ? 0 : LogicalName.GetHashCode() ^ Id.GetHashCode();
            foreach (KeyValuePair<string, object> key in KeyAttributes)
            {
                // No guard for a null value: the real SDK throws NullReferenceException here too, so code that hashes
                // such a reference (a HashSet, a dictionary key) fails in the test run as it would in Dataverse.
                if (!string.IsNullOrEmpty(key.Key))
                {
                    hash ^= key.Key.GetHashCode() ^ key.Value.GetHashCode();
                }
            }

            return hash;
        }

        private static bool HaveSameKeyAttributes(KeyAttributeCollection left, KeyAttributeCollection right)
        {
            if (left.Count != right.Count)
            {
                return false;
            }

            foreach (KeyValuePair<string, object> key in left)
            {
                object otherValue;
                if (!right.TryGetValue(key.Key, out otherValue) || !Equals(key.Value, otherValue))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

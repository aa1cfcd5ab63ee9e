using System;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Client;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// A record: a logical name, an id and a bag of attributes.
    /// Behaviour mirrored from the real SDK (learn.microsoft.com Entity.GetAttributeValue remarks, and the
    /// behaviour of Microsoft.Xrm.Sdk 9.0 as described in public sources found with the code search):
    ///  - the indexer reads Attributes directly, so a missing attribute throws KeyNotFoundException;
    ///  - GetAttributeValue returns default(T) for a missing or null attribute and casts otherwise (InvalidCastException on a wrong type);
    ///  - TryGetAttributeValue never throws: false when missing/null/unconvertible, true when the value is a T or a TypeConverter turns it into one;
    ///  - Id is a plain field, independent of the primary-key attribute (only early-bound subclasses keep them in step).
    /// </summary>
    public class Entity : IExtensibleDataObject
    {
        private AttributeCollection _attributes;
        private FormattedValueCollection _formattedValues;
        private RelatedEntityCollection _relatedEntities;
        private KeyAttributeCollection _keyAttributes;
        private Guid _id;

        public Entity()
        {
        }

        public Entity(string entityName)
        {
            LogicalName = entityName;
        }

        // Sets the field, not the virtual Id, so an early-bound override is not called before its constructor has run.
        public Entity(string entityName, Guid id)
        {
            LogicalName = entityName;
            _id = id;
        }

        public Entity(string entityName, string keyName, object keyValue)
        {
            LogicalName = entityName;
            KeyAttributes.Add(keyName, keyValue);
        }

        public Entity(string entityName, KeyAttributeCollection keyAttributes)
        {
            LogicalName = entityName;
            _keyAttributes = keyAttributes;
        }

        public string LogicalName { get; set; }

        public virtual Guid Id
        {
            get { return _id; }
            set { _id = value; }
        }

        public AttributeCollection Attributes
        {
            get { return _attributes ?? (_attributes = new AttributeCollection()); }
            set { _attributes = value; }
        }

        public EntityState? EntityState { get; set; }

        public FormattedValueCollection FormattedValues
        {
            get { return _formattedValues ?? (_formattedValues = new FormattedValueCollection()); }
        }

        public RelatedEntityCollection RelatedEntities
        {
            get { return _relatedEntities ?? (_relatedEntities = new RelatedEntityCollection()); }
        }

        public string RowVersion { get; set; }

        public KeyAttributeCollection KeyAttributes
        {
            get { return _keyAttributes ?? (_keyAttributes = new KeyAttributeCollection()); }
            set { _keyAttributes = value; }
        }

        public ExtensionDataObject ExtensionData { get; set; }

        public object this[string attributeName]
        {
            get { return Attributes[attributeName]; }
            set { Attributes[attributeName] = value; }
        }

        public bool Contains(string attributeName)
        {
            return Attributes.Contains(attributeName);
        }

        public virtual T GetAttributeValue<T>(string attributeLogicalName)
        {
            object value = GetAttributeValueOrNull(attributeLogicalName);
            if (value == null)
            {
                return default(T);
            }

            // A plain cast, as the real SDK does: no conversion, so int -> long or string -> Guid throw InvalidCastException.
            return (T)value;
        }

        public bool TryGetAttributeValue<T>(string attributeKey, out T result)
        {
            result = default(T);
            try
            {
                object value = GetAttributeValueOrNull(attributeKey);
                if (value == null)
                {
                    return false;
                }

                if (value is T typed)
                {
                    result = typed;
                    return true;
                }

                // The real SDK falls back on the target type's TypeConverter (e.g. "5" -> 5 for int) and reports failure as false.
                result = (T)TypeDescriptor.GetConverter(typeof(T)).ConvertFrom(value);
                return true;
            }
            catch (Exception)
            {
                result = default(T);
                return false;
            }
        }

        public EntityReference ToEntityReference()
        {
            return new EntityReference(LogicalName, Id) { RowVersion = RowVersion };
        }

        public T ToEntity<T>() where T : Entity
        {
            if (typeof(T) == typeof(Entity))
            {
                Entity copy = new Entity();
                ShareStateWith(copy);
                return (T)copy;
            }

            if (string.IsNullOrWhiteSpace(LogicalName))
            {
                throw new NotSupportedException("ToEntity() needs the entity's LogicalName to be set.");
            }

            string targetLogicalName = null;
            object[] markers = typeof(T).GetCustomAttributes(typeof(EntityLogicalNameAttribute), true);
            if (markers.Length > 0)
            {
                targetLogicalName = ((EntityLogicalNameAttribute)markers[0]).LogicalName;
            }

            if (string.IsNullOrWhiteSpace(targetLogicalName))
            {
                throw new NotSupportedException(string.Format(CultureInfo.InvariantCulture,
                    "Type {0} has no EntityLogicalNameAttribute, so an entity cannot be converted to it.", typeof(T).FullName));
            }

            if (!string.Equals(LogicalName, targetLogicalName, StringComparison.Ordinal))
            {
                throw new NotSupportedException(string.Format(CultureInfo.InvariantCulture,
                    "An entity of type {0} cannot be converted to {1}.", LogicalName, targetLogicalName));
            }

            T typed = Activator.CreateInstance<T>();
            ShareStateWith(typed);
            return typed;
        }

        protected virtual void SetAttributeValue(string attributeLogicalName, object value)
        {
            if (string.IsNullOrWhiteSpace(attributeLogicalName))
            {
                throw new ArgumentNullException(nameof(attributeLogicalName));
            }

            this[attributeLogicalName] = value;
        }

        protected virtual string GetFormattedAttributeValue(string attributeLogicalName)
        {
            if (string.IsNullOrWhiteSpace(attributeLogicalName))
            {
                throw new ArgumentNullException(nameof(attributeLogicalName));
            }

            string formatted;
            return FormattedValues.TryGetValue(attributeLogicalName, out formatted) ? formatted : null;
        }

        private object GetAttributeValueOrNull(string attributeLogicalName)
        {
            if (string.IsNullOrWhiteSpace(attributeLogicalName))
            {
                throw new ArgumentNullException(nameof(attributeLogicalName));
            }

            object value;
            return Attributes.TryGetValue(attributeLogicalName, out value) ? value : null;
        }

        // ToEntity is a shallow copy in the real SDK: the new instance shares the attribute and other collections.
        private void ShareStateWith(Entity target)
        {
            target.Id = Id;
            target.LogicalName = LogicalName;
            target.EntityState = EntityState;
            target._attributes = Attributes;
            target._formattedValues = FormattedValues;
            target._relatedEntities = RelatedEntities;
            target._keyAttributes = KeyAttributes;
            target.RowVersion = RowVersion;
            target.ExtensionData = ExtensionData;
        }
    }
}

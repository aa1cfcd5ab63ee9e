using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Storage
{
    /// <summary>
    /// Copies and compares attribute values. Dataverse serializes every request and response, so a caller never shares
    /// an object with the database: the kit copies values on the way in and on the way out to keep that property.
    /// </summary>
    internal static class AttributeValues
    {
        public static object Copy(object value)
        {
            switch (value)
            {
                case null:
                    return null;
                case EntityReference reference:
                    return new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name };
                case OptionSetValue option:
                    return new OptionSetValue(option.Value);
                case Money money:
                    return new Money(money.Value);
                case OptionSetValueCollection options:
                    return new OptionSetValueCollection(options.Select(o => new OptionSetValue(o.Value)).ToList());
                case Entity entity:
                    return EntityCopier.Copy(entity);
                case EntityCollection collection:
                    return new EntityCollection(collection.Entities.Select(EntityCopier.Copy).ToList())
                    {
                        EntityName = collection.EntityName,
                        MoreRecords = collection.MoreRecords,
                        TotalRecordCount = collection.TotalRecordCount,
                    };
                case EntityReferenceCollection references:
                    return new EntityReferenceCollection(references.Select(r => (EntityReference)Copy(r)).ToList());
                case AliasedValue aliased:
                    return new AliasedValue(aliased.EntityLogicalName, aliased.AttributeLogicalName, Copy(aliased.Value));
                case string[] strings:
                    return (string[])strings.Clone();
                case byte[] bytes:
                    return (byte[])bytes.Clone();
                default:
                    // string, Guid, bool, numbers, DateTime and enums are immutable values.
                    return value;
            }
        }

        /// <summary>
        /// The comparable form of a value, as the database would compare it: a lookup compares by its id,
        /// a choice by its number, money by its amount.
        /// </summary>
        public static object Normalize(object value)
        {
            switch (value)
            {
                case EntityReference reference:
                    return reference.Id;
                case OptionSetValue option:
                    return option.Value;
                case Money money:
                    return money.Value;
                case AliasedValue aliased:
                    return Normalize(aliased.Value);
                case Enum enumValue:
                    return Convert.ToInt32(enumValue, CultureInfo.InvariantCulture);
                default:
                    return value;
            }
        }

        /// <summary>Structural equality used by snapshots: same kind of value with the same content.</summary>
        public static bool AreEqual(object left, object right)
        {
            if (left == null || right == null)
            {
                return left == null && right == null;
            }

            switch (left)
            {
                case EntityReference l when right is EntityReference r:
                    return string.Equals(l.LogicalName, r.LogicalName, StringComparison.Ordinal) && l.Id == r.Id;
                case OptionSetValue l when right is OptionSetValue r:
                    return l.Value == r.Value;
                case Money l when right is Money r:
                    return l.Value == r.Value;
                case AliasedValue l when right is AliasedValue r:
                    return l.AttributeLogicalName == r.AttributeLogicalName && l.EntityLogicalName == r.EntityLogicalName && AreEqual(l.Value, r.Value);
                case Entity l when right is Entity r:
                    return EntityCopier.AreEqual(l, r);
                case EntityCollection l when right is EntityCollection r:
                    return l.Entities.Count == r.Entities.Count && l.Entities.Zip(r.Entities, EntityCopier.AreEqual).All(x => x);
                case string l when right is string r:
                    return string.Equals(l, r, StringComparison.Ordinal);
                case IEnumerable l when right is IEnumerable r && !(left is string):
                    return l.Cast<object>().SequenceEqual(r.Cast<object>(), ValueComparer.Instance);
                default:
                    return left.GetType() == right.GetType() && left.Equals(right);
            }
        }

        /// <summary>Text for diffs and failure messages.</summary>
        public static string Describe(object value)
        {
            switch (value)
            {
                case null:
                    return "null";
                case EntityReference reference:
                    return $"{reference.LogicalName}({reference.Id})";
                case OptionSetValue option:
                    return $"option({option.Value})";
                case Money money:
                    return $"money({money.Value.ToString(CultureInfo.InvariantCulture)})";
                case string text:
                    return "\"" + text + "\"";
                case DateTime date:
                    return date.ToString("o", CultureInfo.InvariantCulture);
                case bool flag:
                    return flag ? "true" : "false";
                case AliasedValue aliased:
                    return Describe(aliased.Value);
                case IFormattable formattable:
                    return formattable.ToString(null, CultureInfo.InvariantCulture);
                case IEnumerable sequence:
                    return "[" + string.Join(", ", sequence.Cast<object>().Select(Describe)) + "]";
                default:
                    return value.ToString();
            }
        }

        private sealed class ValueComparer : System.Collections.Generic.IEqualityComparer<object>
        {
            public static readonly ValueComparer Instance = new ValueComparer();

            public new bool Equals(object x, object y) => AreEqual(x, y);

            public int GetHashCode(object obj) => 0;
        }
    }
}

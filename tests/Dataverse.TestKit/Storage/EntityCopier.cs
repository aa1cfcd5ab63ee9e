using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Storage
{
    /// <summary>Deep copies and compares <see cref="Entity"/> records (see <see cref="AttributeValues"/> for why).</summary>
    internal static class EntityCopier
    {
        public static Entity Copy(Entity source)
        {
            if (source == null)
            {
                return null;
            }

            var copy = new Entity(source.LogicalName) { Id = source.Id };
            foreach (var attribute in source.Attributes)
            {
                copy.Attributes[attribute.Key] = AttributeValues.Copy(attribute.Value);
            }

            foreach (var formatted in source.FormattedValues)
            {
                copy.FormattedValues[formatted.Key] = formatted.Value;
            }

            return copy;
        }

        public static bool AreEqual(Entity left, Entity right)
        {
            if (left == null || right == null)
            {
                return left == null && right == null;
            }

            if (left.Id != right.Id || !string.Equals(left.LogicalName, right.LogicalName, StringComparison.Ordinal))
            {
                return false;
            }

            var leftKeys = left.Attributes.Where(a => a.Value != null).Select(a => a.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
            var rightKeys = right.Attributes.Where(a => a.Value != null).Select(a => a.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
            return leftKeys.SequenceEqual(rightKeys, StringComparer.Ordinal)
                && leftKeys.All(key => AttributeValues.AreEqual(left.Attributes[key], right.Attributes[key]));
        }
    }
}

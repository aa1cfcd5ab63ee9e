using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Looks for the compiler's marker attributes (params, extension, in, readonly...) by name: types read through a
    /// MetadataLoadContext are not the runtime's types, so typeof() comparisons would never match.
    /// </summary>
    public static class MetadataAttributes
    {
        public const string ParamArray = "System.ParamArrayAttribute";
        public const string ParamCollection = "System.Runtime.CompilerServices.ParamCollectionAttribute";
        public const string Extension = "System.Runtime.CompilerServices.ExtensionAttribute";
        public const string IsReadOnly = "System.Runtime.CompilerServices.IsReadOnlyAttribute";
        public const string RequiresLocation = "System.Runtime.CompilerServices.RequiresLocationAttribute";
        public const string IsByRefLike = "System.Runtime.CompilerServices.IsByRefLikeAttribute";
        public const string IsUnmanaged = "System.Runtime.CompilerServices.IsUnmanagedAttribute";
        public const string DecimalConstant = "System.Runtime.CompilerServices.DecimalConstantAttribute";
        public const string IsExternalInit = "System.Runtime.CompilerServices.IsExternalInit";
        public const string IsVolatile = "System.Runtime.CompilerServices.IsVolatile";

        public static bool Has(IEnumerable<CustomAttributeData> attributes, string attributeFullName) =>
            attributes.Any(attribute => attribute.AttributeType.FullName == attributeFullName);

        public static CustomAttributeData Find(IEnumerable<CustomAttributeData> attributes, string attributeFullName) =>
            attributes.FirstOrDefault(attribute => attribute.AttributeType.FullName == attributeFullName);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Writes a type the way the API listings do: namespace-qualified, C# keywords for the built-in types,
    /// Nullable&lt;T&gt; as T?, nested types joined with '.', generic arguments as &lt;A, B&gt;, arrays as C# spells them.
    /// </summary>
    public static class CSharpTypeName
    {
        private static readonly Dictionary<string, string> Keywords = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["System.Boolean"] = "bool",
            ["System.Byte"] = "byte",
            ["System.SByte"] = "sbyte",
            ["System.Char"] = "char",
            ["System.Int16"] = "short",
            ["System.UInt16"] = "ushort",
            ["System.Int32"] = "int",
            ["System.UInt32"] = "uint",
            ["System.Int64"] = "long",
            ["System.UInt64"] = "ulong",
            ["System.Single"] = "float",
            ["System.Double"] = "double",
            ["System.Decimal"] = "decimal",
            ["System.String"] = "string",
            ["System.Object"] = "object",
            ["System.Void"] = "void",
        };

        /// <summary>The name of a type as it appears in a signature.</summary>
        public static string Of(Type type)
        {
            if (type.IsByRef)
                throw new ArgumentException("By-reference types are written by the member formatter (ref/out/in).", nameof(type));
            if (type.IsGenericParameter)
                return type.Name;
            if (type.IsPointer)
                return Of(type.GetElementType()) + "*";
            if (type.IsArray)
                return OfArray(type);
            if (IsNullableOfT(type))
                return Of(type.GetGenericArguments()[0]) + "?";
            if (type.FullName != null && !type.IsGenericType && Keywords.TryGetValue(type.FullName, out string keyword))
                return keyword;
            return QualifiedName(type, type.GetGenericArguments());
        }

        /// <summary>
        /// The name that heads a type's lines in a listing: its generic parameters by name, e.g.
        /// "Microsoft.Xrm.Sdk.DataCollection&lt;TKey, TValue&gt;".
        /// </summary>
        public static string OfDefinition(Type definition) =>
            QualifiedName(definition, definition.GetGenericArguments());

        /// <summary>The name without the metadata arity suffix ("DataCollection`2" gives "DataCollection").</summary>
        public static string WithoutArity(string metadataName)
        {
            int tick = metadataName.IndexOf('`');
            return tick < 0 ? metadataName : metadataName.Substring(0, tick);
        }

        private static bool IsNullableOfT(Type type) =>
            type.IsGenericType && !type.IsGenericTypeDefinition && type.GetGenericTypeDefinition().FullName == "System.Nullable`1";

        private static string OfArray(Type array)
        {
            // C# writes the outermost rank first: an array of int[,] is "int[][,]" (reflection's ToString says "Int32[,][]").
            var ranks = new StringBuilder();
            Type element = array;
            while (element.IsArray)
            {
                ranks.Append('[').Append(',', element.GetArrayRank() - 1).Append(']');
                element = element.GetElementType();
            }
            return Of(element) + ranks;
        }

        private static string QualifiedName(Type type, Type[] allArguments)
        {
            // A nested type's generic arguments include those of the types it is nested in, outermost first:
            // each level takes as many as it declares beyond its declaring type.
            string ownPart = WithoutArity(type.Name) + GenericList(OwnGenericArguments(type, allArguments));
            if (type.IsNested)
                return QualifiedName(type.DeclaringType, allArguments) + "." + ownPart;
            return string.IsNullOrEmpty(type.Namespace) ? ownPart : type.Namespace + "." + ownPart;
        }

        private static IEnumerable<Type> OwnGenericArguments(Type type, Type[] allArguments)
        {
            int inherited = type.IsNested ? type.DeclaringType.GetGenericArguments().Length : 0;
            int total = type.IsGenericType ? type.GetGenericArguments().Length : 0;
            return allArguments.Skip(inherited).Take(total - inherited);
        }

        private static string GenericList(IEnumerable<Type> arguments)
        {
            var list = arguments.ToList();
            return list.Count == 0 ? "" : "<" + string.Join(", ", list.Select(Of)) + ">";
        }
    }
}

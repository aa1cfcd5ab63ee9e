using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Writes a type's header line: kind, modifiers, base type and the interfaces its declaration lists (sorted),
    /// generic constraints; e.g. "public sealed class AttributeCollection : Microsoft.Xrm.Sdk.DataCollection&lt;string, object&gt;".
    /// A delegate is written whole on its header line ("public delegate void Name(int value)").
    /// </summary>
    public static class TypeDeclaration
    {
        public static string Of(Type type, IEnumerable<Type> declaredInterfaces)
        {
            string access = CSharpModifiers.AccessOf(type) + " ";
            Type[] ownGenericParameters = OwnGenericParameters(type);
            string name = CSharpTypeName.WithoutArity(type.Name) + GenericParameterList(ownGenericParameters);
            string constraints = CSharpGenericConstraints.WhereClausesOf(ownGenericParameters);

            if (IsDelegate(type))
            {
                MethodInfo invoke = type.GetMethod("Invoke");
                return access + "delegate " + CSharpTypeName.Of(invoke.ReturnType) + " " + name + CSharpParameters.ListOf(invoke) + constraints;
            }
            if (type.IsEnum)
            {
                Type underlying = type.GetEnumUnderlyingType();
                return access + "enum " + name + (underlying.FullName == "System.Int32" ? "" : " : " + CSharpTypeName.Of(underlying));
            }

            var bases = new List<string>();
            if (!type.IsInterface && !type.IsValueType && type.BaseType != null && type.BaseType.FullName != "System.Object")
                bases.Add(CSharpTypeName.Of(type.BaseType));
            bases.AddRange(declaredInterfaces.Where(IsVisibleInSignature).Select(CSharpTypeName.Of).OrderBy(text => text, StringComparer.Ordinal));
            string baseList = bases.Count == 0 ? "" : " : " + string.Join(", ", bases);

            return access + KindAndModifiers(type) + name + baseList + constraints;
        }

        public static bool IsDelegate(Type type) => type.BaseType?.FullName == "System.MulticastDelegate";

        private static string KindAndModifiers(Type type)
        {
            if (type.IsInterface)
                return "interface ";
            if (type.IsValueType)
            {
                var attributes = type.GetCustomAttributesData();
                return (MetadataAttributes.Has(attributes, MetadataAttributes.IsReadOnly) ? "readonly " : "")
                       + (MetadataAttributes.Has(attributes, MetadataAttributes.IsByRefLike) ? "ref " : "") + "struct ";
            }
            if (type.IsAbstract && type.IsSealed)
                return "static class ";
            return (type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : "") + "class ";
        }

        private static Type[] OwnGenericParameters(Type type)
        {
            int inherited = type.IsNested ? type.DeclaringType.GetGenericArguments().Length : 0;
            return type.GetGenericArguments().Skip(inherited).ToArray();
        }

        private static string GenericParameterList(Type[] parameters) =>
            parameters.Length == 0 ? "" : "<" + string.Join(", ", parameters.Select(CSharpGenericConstraints.ParameterWithVariance)) + ">";

        /// <summary>An interface another assembly can name: a declaration may also list internal ones, which are not surface.</summary>
        private static bool IsVisibleInSignature(Type type)
        {
            if (type.IsGenericParameter)
                return true;
            if (type.HasElementType)
                return IsVisibleInSignature(type.GetElementType());
            if (type.IsGenericType && !type.IsGenericTypeDefinition)
                return IsVisibleInSignature(type.GetGenericTypeDefinition()) && type.GetGenericArguments().All(IsVisibleInSignature);
            return CSharpModifiers.IsVisible(type);
        }
    }
}

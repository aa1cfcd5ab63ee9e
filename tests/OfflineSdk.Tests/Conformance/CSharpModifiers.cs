using System;
using System.Reflection;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Which members and types are part of the public surface (visible from another assembly), and the C#
    /// accessibility and modifiers written in front of their declarations.
    /// </summary>
    public static class CSharpModifiers
    {
        /// <summary>public, protected or protected internal: what another assembly can see and derive from.</summary>
        public static bool IsVisible(MethodBase method) =>
            method != null && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly);

        public static bool IsVisible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

        /// <summary>A public top-level type, or a public/protected nested type of a visible type.</summary>
        public static bool IsVisible(Type type)
        {
            if (!type.IsNested)
                return type.IsPublic;
            return (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType);
        }

        public static string AccessOf(MethodBase method) =>
            method.IsPublic ? "public" : method.IsFamilyOrAssembly ? "protected internal" : "protected";

        public static string AccessOf(FieldInfo field) =>
            field.IsPublic ? "public" : field.IsFamilyOrAssembly ? "protected internal" : "protected";

        public static string AccessOf(Type type) =>
            !type.IsNested || type.IsNestedPublic ? "public" : type.IsNestedFamORAssem ? "protected internal" : "protected";

        /// <summary>How visible an accessor is, to pick the property's own accessibility (its most visible accessor).</summary>
        public static int VisibilityRank(MethodBase method) =>
            method == null || !IsVisible(method) ? 0 : method.IsPublic ? 3 : method.IsFamilyOrAssembly ? 2 : 1;

        /// <summary>
        /// static / abstract / virtual / override / sealed override, as C# declares them. Interface members are
        /// written without them ("public" alone), except static ones. An interface implementation that is not
        /// virtual in C# is emitted "virtual final newslot" in metadata and gets no modifier.
        /// </summary>
        public static string InheritanceModifiersOf(MethodInfo method)
        {
            bool declaredInInterface = method.DeclaringType.IsInterface;
            if (method.IsStatic)
                return declaredInInterface && method.IsAbstract ? "static abstract " : "static ";
            if (declaredInInterface || !method.IsVirtual)
                return "";

            bool newSlot = (method.Attributes & MethodAttributes.NewSlot) != 0;
            if (newSlot)
                return method.IsAbstract ? "abstract " : method.IsFinal ? "" : "virtual ";
            if (method.IsAbstract)
                return "abstract override ";
            return method.IsFinal ? "sealed override " : "override ";
        }
    }
}

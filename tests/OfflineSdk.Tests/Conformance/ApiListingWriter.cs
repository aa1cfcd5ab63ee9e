using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Produces an assembly's public API listing in the format of the real SDK listings (ApiListings/*.api.txt):
    /// one line per visible type and per public or protected member, "&lt;Namespace.Type&gt;: &lt;declaration&gt;".
    /// Types sorted by that name (ordinal); each type's header line first, then constructors, fields (enum values),
    /// properties, events and methods, each group sorted (ordinal). Left out, as in the real listings: private and
    /// internal members, explicit interface implementations, static constructors, property/event accessors as methods,
    /// custom attributes. A delegate is its header line alone.
    /// </summary>
    public static class ApiListingWriter
    {
        private const BindingFlags DeclaredMembers =
            BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

        public static IReadOnlyList<string> Write(AssemblyUnderInspection assembly)
        {
            var declaredInterfaces = new DeclaredInterfaces(assembly);
            return assembly.Assembly.GetTypes()
                .Where(CSharpModifiers.IsVisible)
                .Select(type => (Key: CSharpTypeName.OfDefinition(type), Type: type))
                .OrderBy(entry => entry.Key, StringComparer.Ordinal)
                .SelectMany(entry => LinesOf(entry.Type, declaredInterfaces).Select(declaration => entry.Key + ": " + declaration))
                .ToList();
        }

        private static IEnumerable<string> LinesOf(Type type, DeclaredInterfaces declaredInterfaces)
        {
            yield return TypeDeclaration.Of(type, declaredInterfaces.Of(type));
            if (TypeDeclaration.IsDelegate(type))
                yield break;

            var properties = type.GetProperties(DeclaredMembers)
                .Where(property => property.GetAccessors(nonPublic: true).Any(CSharpModifiers.IsVisible)).ToList();
            var events = type.GetEvents(DeclaredMembers).Where(@event => CSharpModifiers.IsVisible(@event.GetAddMethod(nonPublic: true))).ToList();
            // By token: reflection objects for the same method need not be the same instance.
            var accessorTokens = new HashSet<int>(
                type.GetProperties(DeclaredMembers).SelectMany(property => property.GetAccessors(nonPublic: true))
                    .Concat(type.GetEvents(DeclaredMembers).SelectMany(AccessorsOf))
                    .Select(accessor => accessor.MetadataToken));

            var groups = new[]
            {
                type.GetConstructors(DeclaredMembers).Where(constructor => !constructor.IsStatic && CSharpModifiers.IsVisible(constructor))
                    .Select(MemberDeclaration.Of),
                type.GetFields(DeclaredMembers).Where(field => !field.IsSpecialName && IsListedField(field))
                    .Select(MemberDeclaration.Of),
                properties.Select(MemberDeclaration.Of),
                events.Select(MemberDeclaration.Of),
                type.GetMethods(DeclaredMembers).Where(method => CSharpModifiers.IsVisible(method) && !accessorTokens.Contains(method.MetadataToken))
                    .Select(MemberDeclaration.Of),
            };
            foreach (var group in groups)
                foreach (string declaration in group.OrderBy(text => text, StringComparer.Ordinal))
                    yield return declaration;
        }

        private static bool IsListedField(FieldInfo field) =>
            field.DeclaringType.IsEnum ? field.IsStatic && field.IsLiteral : CSharpModifiers.IsVisible(field);

        private static IEnumerable<MethodInfo> AccessorsOf(EventInfo @event) =>
            new[] { @event.GetAddMethod(true), @event.GetRemoveMethod(true), @event.GetRaiseMethod(true) }
                .Concat(@event.GetOtherMethods(true))
                .Where(method => method != null);
    }
}

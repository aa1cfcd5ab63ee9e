using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ServiceUsers.Solution.Tests.Support
{
    /// <summary>
    /// Reads a DLL's metadata the test's own way (System.Reflection.Metadata, nothing from the packer), so the
    /// tests do not trust the code they check.
    /// </summary>
    public sealed class AssemblyMetadata
    {
        private AssemblyMetadata(byte[] image)
        {
            using (var pe = new PEReader(new MemoryStream(image, writable: false)))
            {
                var reader = pe.GetMetadataReader();
                var definition = reader.GetAssemblyDefinition();
                Name = reader.GetString(definition.Name);
                Version = definition.Version;
                Culture = reader.GetString(definition.Culture);
                PublicKey = reader.GetBlobBytes(definition.PublicKey);
                CorFlags = pe.PEHeaders.CorHeader.Flags;
                DebugDirectory = pe.ReadDebugDirectory().Select(entry => entry.Type).ToList();
                AssemblyAttributes = definition.GetCustomAttributes().Select(handle => Decode(reader, handle)).ToList();
                References = reader.AssemblyReferences.Select(handle => reader.GetAssemblyReference(handle).GetAssemblyName()).ToList();
                Types = reader.TypeDefinitions
                    .ToDictionary(
                        handle => TypeName(reader, handle),
                        handle => (IReadOnlyList<Attribute>)reader.GetTypeDefinition(handle).GetCustomAttributes().Select(attribute => Decode(reader, attribute)).ToList());
            }
        }

        public string Name { get; }

        public Version Version { get; }

        public string Culture { get; }

        public byte[] PublicKey { get; }

        public CorFlags CorFlags { get; }

        public IReadOnlyList<DebugDirectoryEntryType> DebugDirectory { get; }

        public IReadOnlyList<Attribute> AssemblyAttributes { get; }

        /// <summary>The assemblies the DLL needs at run time (its AssemblyRef table).</summary>
        public IReadOnlyList<System.Reflection.AssemblyName> References { get; }

        /// <summary>Custom attributes of every type, by the type's full name ("Outer+Nested" for nested types).</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<Attribute>> Types { get; }

        public static AssemblyMetadata Read(byte[] image) => new AssemblyMetadata(image);

        public static AssemblyMetadata Read(string path) => Read(File.ReadAllBytes(path));

        private static Attribute Decode(MetadataReader reader, CustomAttributeHandle handle)
        {
            var attribute = reader.GetCustomAttribute(handle);
            var type = attribute.Constructor.Kind == HandleKind.MemberReference
                ? TypeName(reader, reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent)
                : TypeName(reader, reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType());
            var value = attribute.DecodeValue(new TypeNames());
            return new Attribute(
                type,
                value.FixedArguments.Select(argument => argument.Value).ToList(),
                value.NamedArguments.ToDictionary(argument => argument.Name, argument => argument.Value));
        }

        private static string TypeName(MetadataReader reader, EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeReference:
                    var reference = reader.GetTypeReference((TypeReferenceHandle)handle);
                    return Join(reader.GetString(reference.Namespace), reader.GetString(reference.Name));
                case HandleKind.TypeDefinition:
                    var definition = reader.GetTypeDefinition((TypeDefinitionHandle)handle);
                    var declaringType = definition.GetDeclaringType();
                    return declaringType.IsNil
                        ? Join(reader.GetString(definition.Namespace), reader.GetString(definition.Name))
                        : TypeName(reader, declaringType) + "+" + reader.GetString(definition.Name);
                default:
                    return handle.Kind.ToString();
            }
        }

        private static string Join(string ns, string name) => string.IsNullOrEmpty(ns) ? name : ns + "." + name;

        /// <summary>A custom attribute: its type, constructor arguments and named arguments (enums as their integer).</summary>
        public sealed class Attribute
        {
            public Attribute(string typeName, IReadOnlyList<object> arguments, IReadOnlyDictionary<string, object> namedArguments)
            {
                TypeName = typeName;
                Arguments = arguments;
                NamedArguments = namedArguments;
            }

            public string TypeName { get; }

            public IReadOnlyList<object> Arguments { get; }

            public IReadOnlyDictionary<string, object> NamedArguments { get; }
        }

        /// <summary>Names types as strings; every enum in the attributes we read is int-based.</summary>
        private sealed class TypeNames : ICustomAttributeTypeProvider<string>
        {
            public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

            public string GetSystemType() => "System.Type";

            public string GetSZArrayType(string elementType) => elementType + "[]";

            public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => TypeName(reader, handle);

            public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => TypeName(reader, handle);

            public string GetTypeFromSerializedName(string name) => name;

            public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

            public bool IsSystemType(string type) => type == "System.Type";
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SolutionZip.BuildOutputs
{
    /// <summary>
    /// What a built DLL says about itself, read from its metadata without loading it (a net462 plug-in cannot be
    /// loaded into this process anyway): the identity Dataverse records, the framework it targets, whether it is
    /// strong-name signed and which types it defines.
    /// </summary>
    public sealed class BuiltAssembly
    {
        private BuiltAssembly(string name, Version version, string culture, string publicKeyToken, string targetFramework, bool isStrongNameSigned, IReadOnlyCollection<string> typeNames)
        {
            Name = name;
            Version = version;
            Culture = culture;
            PublicKeyToken = publicKeyToken;
            TargetFramework = targetFramework;
            IsStrongNameSigned = isStrongNameSigned;
            TypeNames = typeNames;
        }

        public string Name { get; }

        public Version Version { get; }

        /// <summary>"neutral" for an assembly without a culture, as assembly names write it.</summary>
        public string Culture { get; }

        /// <summary>Lower-case hex, or null when the assembly has no public key.</summary>
        public string PublicKeyToken { get; }

        /// <summary>The TargetFrameworkAttribute value, for example ".NETFramework,Version=v4.6.2"; null when absent.</summary>
        public string TargetFramework { get; }

        /// <summary>The CLI header says the image carries a strong-name signature (not merely a public key).</summary>
        public bool IsStrongNameSigned { get; }

        /// <summary>Full names ("Namespace.Type") of the public top-level types.</summary>
        public IReadOnlyCollection<string> TypeNames { get; }

        /// <summary>The strong name Dataverse stores: "Name, Version=…, Culture=…, PublicKeyToken=…".</summary>
        public string FullName => $"{Name}, Version={Version}, Culture={Culture}, PublicKeyToken={PublicKeyToken ?? "null"}";

        public static BuiltAssembly Read(byte[] image)
        {
            using (var peReader = new PEReader(new MemoryStream(image, writable: false)))
            {
                if (!peReader.HasMetadata)
                {
                    throw new BadImageFormatException("The file is not a .NET assembly.");
                }

                var metadata = peReader.GetMetadataReader();
                var definition = metadata.GetAssemblyDefinition();
                var publicKey = metadata.GetBlobBytes(definition.PublicKey);
                var culture = metadata.GetString(definition.Culture);
                var isSigned = (peReader.PEHeaders.CorHeader.Flags & CorFlags.StrongNameSigned) != 0;
                return new BuiltAssembly(
                    metadata.GetString(definition.Name),
                    definition.Version,
                    string.IsNullOrEmpty(culture) ? "neutral" : culture,
                    publicKey.Length == 0 ? null : BuildOutputs.PublicKeyToken.FromPublicKey(publicKey),
                    ReadTargetFramework(metadata, definition),
                    isSigned,
                    ReadPublicTypeNames(metadata));
            }
        }

        private static string ReadTargetFramework(MetadataReader metadata, AssemblyDefinition definition)
        {
            foreach (var handle in definition.GetCustomAttributes())
            {
                var attribute = metadata.GetCustomAttribute(handle);
                if (AttributeTypeName(metadata, attribute) == "System.Runtime.Versioning.TargetFrameworkAttribute")
                {
                    var value = metadata.GetBlobReader(attribute.Value);
                    value.ReadUInt16(); // prolog 0x0001
                    return value.ReadSerializedString();
                }
            }

            return null;
        }

        private static IReadOnlyCollection<string> ReadPublicTypeNames(MetadataReader metadata)
        {
            return metadata.TypeDefinitions
                .Select(metadata.GetTypeDefinition)
                .Where(type => (type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
                .Select(type => FullTypeName(metadata.GetString(type.Namespace), metadata.GetString(type.Name)))
                .ToHashSet(StringComparer.Ordinal);
        }

        /// <summary>The full name of a custom attribute's type, whether it is defined here or referenced.</summary>
        internal static string AttributeTypeName(MetadataReader metadata, CustomAttribute attribute)
        {
            EntityHandle type;
            switch (attribute.Constructor.Kind)
            {
                case HandleKind.MemberReference:
                    type = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
                    break;
                case HandleKind.MethodDefinition:
                    type = metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
                    break;
                default:
                    return null;
            }

            switch (type.Kind)
            {
                case HandleKind.TypeReference:
                    var reference = metadata.GetTypeReference((TypeReferenceHandle)type);
                    return FullTypeName(metadata.GetString(reference.Namespace), metadata.GetString(reference.Name));
                case HandleKind.TypeDefinition:
                    var definition = metadata.GetTypeDefinition((TypeDefinitionHandle)type);
                    return FullTypeName(metadata.GetString(definition.Namespace), metadata.GetString(definition.Name));
                default:
                    return null;
            }
        }

        private static string FullTypeName(string ns, string name)
        {
            return string.IsNullOrEmpty(ns) ? name : ns + "." + name;
        }
    }
}

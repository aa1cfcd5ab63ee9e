using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// The interfaces a type's own declaration lists, as the listings show them: exactly its rows of the metadata
    /// InterfaceImpl table. Reflection's GetInterfaces() cannot give this: it adds the base class's interfaces and
    /// hides an interface the type declares again (e.g. "InvalidPluginExecutionException : System.Exception,
    /// System.Runtime.Serialization.ISerializable" although Exception implements ISerializable already).
    /// </summary>
    public sealed class DeclaredInterfaces
    {
        private readonly AssemblyUnderInspection _assembly;
        private readonly Dictionary<int, Type> _typesByToken;

        public DeclaredInterfaces(AssemblyUnderInspection assembly)
        {
            _assembly = assembly;
            _typesByToken = assembly.Assembly.GetTypes().ToDictionary(type => type.MetadataToken);
        }

        public IEnumerable<Type> Of(Type type)
        {
            var handle = (TypeDefinitionHandle)MetadataTokens.EntityHandle(type.MetadataToken);
            var provider = new TypeResolver(this);
            foreach (InterfaceImplementationHandle implementation in _assembly.Metadata.GetTypeDefinition(handle).GetInterfaceImplementations())
                yield return provider.Resolve(_assembly.Metadata.GetInterfaceImplementation(implementation).Interface, type);
        }

        /// <summary>Turns metadata handles into the MetadataLoadContext's Type objects.</summary>
        private sealed class TypeResolver : ISignatureTypeProvider<Type, Type>
        {
            private readonly DeclaredInterfaces _owner;

            public TypeResolver(DeclaredInterfaces owner) => _owner = owner;

            private MetadataReader Reader => _owner._assembly.Metadata;
            private MetadataLoadContext Context => _owner._assembly.Context;

            public Type Resolve(EntityHandle handle, Type genericContext)
            {
                switch (handle.Kind)
                {
                    case HandleKind.TypeDefinition: return GetTypeFromDefinition(Reader, (TypeDefinitionHandle)handle, 0);
                    case HandleKind.TypeReference: return GetTypeFromReference(Reader, (TypeReferenceHandle)handle, 0);
                    case HandleKind.TypeSpecification: return GetTypeFromSpecification(Reader, genericContext, (TypeSpecificationHandle)handle, 0);
                    default: throw new NotSupportedException("Unexpected interface handle kind " + handle.Kind);
                }
            }

            public Type GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
                _owner._typesByToken[MetadataTokens.GetToken(handle)];

            public Type GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
            {
                TypeReference reference = reader.GetTypeReference(handle);
                string name = reader.GetString(reference.Name);
                string ns = reader.GetString(reference.Namespace);
                string fullName = string.IsNullOrEmpty(ns) ? name : ns + "." + name;

                switch (reference.ResolutionScope.Kind)
                {
                    case HandleKind.TypeReference:
                        Type declaring = GetTypeFromReference(reader, (TypeReferenceHandle)reference.ResolutionScope, rawTypeKind);
                        return declaring.GetNestedType(name, BindingFlags.Public | BindingFlags.NonPublic);
                    case HandleKind.AssemblyReference:
                        AssemblyName assemblyName = reader.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope).GetAssemblyName();
                        return Context.LoadFromAssemblyName(assemblyName).GetType(fullName, throwOnError: true);
                    default:
                        return _owner._assembly.Assembly.GetType(fullName, throwOnError: true);
                }
            }

            public Type GetTypeFromSpecification(MetadataReader reader, Type genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
                reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

            public Type GetGenericInstantiation(Type genericType, ImmutableArray<Type> typeArguments) => genericType.MakeGenericType(typeArguments.ToArray());
            public Type GetGenericTypeParameter(Type genericContext, int index) => genericContext.GetGenericArguments()[index];
            public Type GetGenericMethodParameter(Type genericContext, int index) => throw new NotSupportedException("A type declaration has no method type parameters.");
            public Type GetSZArrayType(Type elementType) => elementType.MakeArrayType();
            public Type GetArrayType(Type elementType, ArrayShape shape) => elementType.MakeArrayType(shape.Rank);
            public Type GetByReferenceType(Type elementType) => elementType.MakeByRefType();
            public Type GetPointerType(Type elementType) => elementType.MakePointerType();
            public Type GetPinnedType(Type elementType) => elementType;
            public Type GetModifiedType(Type modifier, Type unmodifiedType, bool isRequired) => unmodifiedType;
            public Type GetFunctionPointerType(MethodSignature<Type> signature) => throw new NotSupportedException("Function pointers cannot be interfaces.");
            public Type GetPrimitiveType(PrimitiveTypeCode typeCode) => Context.CoreAssembly.GetType("System." + typeCode, throwOnError: true);
        }
    }
}

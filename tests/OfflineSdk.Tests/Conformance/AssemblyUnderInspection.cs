using System;
using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// One assembly read as metadata only (never loaded to run): its reflection view through a MetadataLoadContext,
    /// plus the raw metadata tables for the few facts reflection does not expose (which interfaces a type itself declares).
    /// </summary>
    public sealed class AssemblyUnderInspection : IDisposable
    {
        private readonly PEReader _peReader;

        private AssemblyUnderInspection(MetadataLoadContext context, Assembly assembly, PEReader peReader)
        {
            Context = context;
            Assembly = assembly;
            _peReader = peReader;
            Metadata = peReader.GetMetadataReader();
        }

        public MetadataLoadContext Context { get; }
        public Assembly Assembly { get; }
        public MetadataReader Metadata { get; }

        /// <summary>Reads the image into the context; the context (not this object) owns the resolution of its references.</summary>
        public static AssemblyUnderInspection Load(MetadataLoadContext context, byte[] image)
        {
            Assembly assembly = context.LoadFromByteArray(image);
            return new AssemblyUnderInspection(context, assembly, new PEReader(ImmutableArray.Create(image)));
        }

        public static AssemblyUnderInspection Load(MetadataLoadContext context, string path) =>
            Load(context, System.IO.File.ReadAllBytes(path));

        public void Dispose() => _peReader.Dispose();
    }
}

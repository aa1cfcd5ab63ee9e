using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// MetadataLoadContexts that can resolve everything an inspected assembly's signatures name: its own siblings
    /// (the other offline SDK DLLs of the same target framework) plus the framework it was built for.
    /// </summary>
    public static class InspectionContexts
    {
        /// <summary>
        /// For net462 builds: the .NET Framework 4.6.2 reference assemblies (mscorlib is the core library).
        /// <paramref name="inMemorySiblings"/> are compiled images (by assembly name) that the inspected one may reference.
        /// </summary>
        public static MetadataLoadContext ForNetFramework(IEnumerable<string> siblingAssemblies, IReadOnlyDictionary<string, byte[]> inMemorySiblings = null)
        {
            string referenceAssemblies = OfflineSdkBuilds.NetFramework462ReferenceAssemblies;
            var framework = Directory.GetFiles(referenceAssemblies, "*.dll")
                .Concat(Directory.GetFiles(Path.Combine(referenceAssemblies, "Facades"), "*.dll"));
            var onDisk = OnDisk(siblingAssemblies, framework);
            return new MetadataLoadContext(
                inMemorySiblings == null ? onDisk : new InMemoryFirstResolver(inMemorySiblings, onDisk), "mscorlib");
        }

        /// <summary>
        /// For net10.0 builds: the running .NET's own assemblies, plus the DLLs next to the tests for the packages the SDK
        /// builds on (System.ServiceModel.Primitives...). Copies of the SDK assemblies next to the tests are left out:
        /// they may be Microsoft's (CrmSdk=Official) and must never stand in for the build under inspection.
        /// </summary>
        public static MetadataLoadContext ForNet(IEnumerable<string> siblingAssemblies)
        {
            var sdkNames = new HashSet<string>(OfflineSdkBuilds.SdkAssemblyNames.Append(OfflineSdkBuilds.SystemActivities), StringComparer.OrdinalIgnoreCase);
            var framework = Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
                .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
                .Where(path => !sdkNames.Contains(Path.GetFileNameWithoutExtension(path)));
            return new MetadataLoadContext(OnDisk(siblingAssemblies, framework), typeof(object).Assembly.GetName().Name);
        }

        private static PathAssemblyResolver OnDisk(IEnumerable<string> siblings, IEnumerable<string> framework) =>
            new PathAssemblyResolver(siblings.Concat(framework).Distinct().ToList());

        /// <summary>
        /// A MetadataLoadContext binds references only through its resolver (an image loaded from bytes beforehand is not
        /// found by name), so compiled images are handed out by the resolver itself, loaded once on first demand.
        /// </summary>
        private sealed class InMemoryFirstResolver : MetadataAssemblyResolver
        {
            private readonly IReadOnlyDictionary<string, byte[]> _images;
            private readonly MetadataAssemblyResolver _fallback;
            private readonly Dictionary<string, Assembly> _loaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);

            public InMemoryFirstResolver(IReadOnlyDictionary<string, byte[]> images, MetadataAssemblyResolver fallback)
            {
                _images = images;
                _fallback = fallback;
            }

            public override Assembly Resolve(MetadataLoadContext context, AssemblyName assemblyName)
            {
                if (!_images.TryGetValue(assemblyName.Name, out byte[] image))
                    return _fallback.Resolve(context, assemblyName);
                if (!_loaded.TryGetValue(assemblyName.Name, out Assembly assembly))
                    _loaded[assemblyName.Name] = assembly = context.LoadFromByteArray(image);
                return assembly;
            }
        }
    }
}

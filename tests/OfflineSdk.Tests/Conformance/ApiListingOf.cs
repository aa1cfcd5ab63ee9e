using System.Collections.Generic;
using System.Linq;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>Listings of what the tests inspect: an offline SDK build, the real System.Activities, or samples compiled in memory.</summary>
    public static class ApiListingOf
    {
        /// <summary>The listing of one offline SDK build, resolved against its sibling builds and its own framework.</summary>
        public static IReadOnlyList<string> OfflineBuild(string assemblyName, string targetFrameworkIdentifier)
        {
            string path = OfflineSdkBuilds.PathOf(assemblyName, targetFrameworkIdentifier);
            var siblings = OfflineSdkBuilds.For(targetFrameworkIdentifier);
            using var context = targetFrameworkIdentifier == OfflineSdkBuilds.NetFramework
                ? InspectionContexts.ForNetFramework(siblings)
                : InspectionContexts.ForNet(siblings);
            using var inspected = AssemblyUnderInspection.Load(context, path);
            return ApiListingWriter.Write(inspected);
        }

        /// <summary>The listing of the real System.Activities: the .NET Framework 4.6.2 reference assembly.</summary>
        public static IReadOnlyList<string> RealSystemActivities()
        {
            using var context = InspectionContexts.ForNetFramework(Enumerable.Empty<string>());
            using var inspected = AssemblyUnderInspection.Load(context, System.IO.Path.Combine(
                OfflineSdkBuilds.NetFramework462ReferenceAssemblies, OfflineSdkBuilds.SystemActivities + ".dll"));
            return ApiListingWriter.Write(inspected);
        }

        /// <summary>
        /// The listing of a compiled .NET Framework assembly <paramref name="image"/>; <paramref name="referencedImages"/>
        /// are compiled assemblies it references, found by their assembly names.
        /// </summary>
        public static IReadOnlyList<string> CompiledSample(byte[] image, params byte[][] referencedImages)
        {
            var referenced = referencedImages.ToDictionary(NameOf, referencedImage => referencedImage);
            using var context = InspectionContexts.ForNetFramework(Enumerable.Empty<string>(), referenced);
            using var inspected = AssemblyUnderInspection.Load(context, image);
            return ApiListingWriter.Write(inspected);
        }

        private static string NameOf(byte[] image)
        {
            using var reader = new System.Reflection.PortableExecutable.PEReader(new System.IO.MemoryStream(image));
            var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
            return metadata.GetString(metadata.GetAssemblyDefinition().Name);
        }
    }
}

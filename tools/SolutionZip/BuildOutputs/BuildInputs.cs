using System;
using System.Collections.Generic;
using System.IO;
using SolutionZip.Unpacked;

namespace SolutionZip.BuildOutputs
{
    /// <summary>
    /// The bytes of every file the unpacked solution names (plugin DLLs and web resources), read once through the
    /// build output map, and the identity of every plugin DLL. All missing files are reported together.
    /// </summary>
    public sealed class BuildInputs
    {
        private BuildInputs(IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<Guid, BuiltAssembly> assemblies)
        {
            Files = files;
            Assemblies = assemblies;
        }

        /// <summary>File bytes by their path in the unpacked tree.</summary>
        public IReadOnlyDictionary<string, byte[]> Files { get; }

        /// <summary>Built DLL identities by PluginAssemblyId.</summary>
        public IReadOnlyDictionary<Guid, BuiltAssembly> Assemblies { get; }

        public static BuildInputs Collect(UnpackedSolution solution, BuildOutputMap map)
        {
            var problems = new List<string>();
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            var assemblies = new Dictionary<Guid, BuiltAssembly>();

            foreach (var assembly in solution.PluginAssemblies)
            {
                var bytes = Read(solution, map, assembly.FilePath, assembly.DataFilePath, problems);
                if (bytes == null)
                {
                    continue;
                }

                files[assembly.FilePath] = bytes;
                try
                {
                    assemblies[assembly.Id] = BuiltAssembly.Read(bytes);
                }
                catch (BadImageFormatException error)
                {
                    problems.Add($"{assembly.DataFilePath}: {map.Resolve(solution.RootFolder, assembly.FilePath)} is not a .NET assembly ({error.Message}).");
                }
            }

            foreach (var webResource in solution.WebResources)
            {
                var bytes = Read(solution, map, webResource.FilePath, webResource.DataFilePath, problems);
                if (bytes != null)
                {
                    files[webResource.FilePath] = bytes;
                }
            }

            if (problems.Count > 0)
            {
                throw new SolutionPackException(problems);
            }

            return new BuildInputs(files, assemblies);
        }

        private static byte[] Read(UnpackedSolution solution, BuildOutputMap map, string unpackedPath, string describedBy, List<string> problems)
        {
            var path = map.Resolve(solution.RootFolder, unpackedPath);
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }

            problems.Add($"{describedBy} names {unpackedPath}, but {path} does not exist: build it first, or map it to its build output.");
            return null;
        }
    }
}

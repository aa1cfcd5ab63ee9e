using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Compiles a small C# source to an assembly image in memory, against the .NET Framework 4.6.2 reference assemblies
    /// like the real SDK, so the listing generator can be tried on declarations whose expected lines are known.
    /// </summary>
    public static class InMemoryCompilation
    {
        /// <summary>What the real SDK assemblies reference, as far as the samples need it.</summary>
        private static readonly string[] FrameworkReferences =
        {
            "mscorlib.dll", "System.dll", "System.Core.dll", "System.Runtime.Serialization.dll", "System.ServiceModel.dll", "System.Xml.dll",
            "System.Activities.dll", "System.Xaml.dll",
        };

        public static byte[] Compile(string assemblyName, string source, params byte[][] referencedImages)
        {
            var references = FrameworkReferences
                .Select(file => MetadataReference.CreateFromFile(Path.Combine(OfflineSdkBuilds.NetFramework462ReferenceAssemblies, file)))
                .Concat(referencedImages.Select(image => MetadataReference.CreateFromImage(image)));
            var compilation = CSharpCompilation.Create(
                assemblyName,
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            var errors = result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
            if (!result.Success)
                throw new InvalidOperationException("Sample does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
            return image.ToArray();
        }
    }
}

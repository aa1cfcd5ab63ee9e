using System.Linq;
using System.Reflection.PortableExecutable;
using ServiceUsers.Solution.Tests.Support;
using SolutionZip.Composition;

namespace ServiceUsers.Solution.Tests
{
    /// <summary>
    /// The DLL inside the zip is what Dataverse's sandbox runs: it must target .NET Framework 4.6.2 and be
    /// strong-name signed with our key, and the XML must name it exactly as it names itself.
    /// </summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class PluginAssemblyTests
    {
        private readonly PackedSolutions _packed;

        public PluginAssemblyTests(PackedSolutions packed)
        {
            _packed = packed;
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void The_dll_in_the_zip_targets_net_framework_4_6_2(PackageKind kind)
        {
            var dll = AssemblyMetadata.Read(_packed.Of(kind).Content(ExpectedSolution.AssemblyEntry));
            var targetFramework = Assert.Single(dll.AssemblyAttributes, attribute => attribute.TypeName == "System.Runtime.Versioning.TargetFrameworkAttribute");

            Assert.Equal(ExpectedSolution.NetFramework462, targetFramework.Arguments[0]);
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void The_dll_in_the_zip_is_strong_name_signed_with_our_key(PackageKind kind)
        {
            var dll = AssemblyMetadata.Read(_packed.Of(kind).Content(ExpectedSolution.AssemblyEntry));
            var keyFilePublicKey = StrongNameKeyFile.PublicKeyOf(BuildLocations.PathOf(ExpectedSolution.StrongNameKey));

            Assert.True(dll.CorFlags.HasFlag(CorFlags.StrongNameSigned), "the DLL carries no strong-name signature");
            Assert.Equal(keyFilePublicKey, dll.PublicKey);
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void The_xml_names_the_assembly_exactly_as_the_dll_names_itself(PackageKind kind)
        {
            var zip = _packed.Of(kind);
            var dll = AssemblyMetadata.Read(zip.Content(ExpectedSolution.AssemblyEntry));
            var token = StrongNameKeyFile.TokenOf(dll.PublicKey);
            var expected = $"{dll.Name}, Version={dll.Version}, Culture={(string.IsNullOrEmpty(dll.Culture) ? "neutral" : dll.Culture)}, PublicKeyToken={token}";

            var assembly = Assert.Single(zip.Customizations.Root.Element("SolutionPluginAssemblies").Elements("PluginAssembly"));
            Assert.Equal(ExpectedSolution.AssemblyName, dll.Name);
            Assert.Equal(expected, (string)assembly.Attribute("FullName"));
            Assert.Equal(StrongNameKeyFile.TokenOf(StrongNameKeyFile.PublicKeyOf(BuildLocations.PathOf(ExpectedSolution.StrongNameKey))), token);
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Every_plugin_type_names_a_class_the_dll_defines(PackageKind kind)
        {
            var zip = _packed.Of(kind);
            var dll = AssemblyMetadata.Read(zip.Content(ExpectedSolution.AssemblyEntry));
            var typeNames = zip.Customizations.Descendants("PluginType")
                .Select(type => ((string)type.Attribute("AssemblyQualifiedName")).Split(',')[0]);

            Assert.All(typeNames, typeName => Assert.True(dll.Types.ContainsKey(typeName), $"{typeName} is not in the DLL"));
        }
    }
}

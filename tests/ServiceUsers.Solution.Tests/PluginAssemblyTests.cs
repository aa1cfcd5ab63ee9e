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

        /// <summary>
        /// Dataverse loads only the SDK next to a plug-in: the DLL may reference Microsoft's SDK assemblies (which the
        /// offline SDK imitates, identity included) and .NET Framework, and nothing else of ours.
        /// </summary>
        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void The_dll_references_only_the_real_sdk_identities_and_the_framework(PackageKind kind)
        {
            const string MicrosoftToken = "31bf3856ad364e35";
            const string FrameworkToken = "b77a5c561934e089";
            var dll = AssemblyMetadata.Read(_packed.Of(kind).Content(ExpectedSolution.AssemblyEntry));
            string Token(System.Reflection.AssemblyName name) => string.Concat(name.GetPublicKeyToken().Select(b => b.ToString("x2")));

            var sdk = dll.References.Where(reference => reference.Name.StartsWith("Microsoft.", System.StringComparison.Ordinal)).ToList();
            Assert.Contains(sdk, reference => reference.FullName == $"Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken={MicrosoftToken}");
            Assert.All(sdk, reference =>
            {
                Assert.Contains(reference.Name, new[] { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy", "Microsoft.Xrm.Sdk.Workflow" });
                Assert.Equal(new System.Version(9, 0, 0, 0), reference.Version);
                Assert.Equal(MicrosoftToken, Token(reference));
            });
            Assert.All(dll.References.Except(sdk), reference =>
            {
                Assert.True(reference.Name == "mscorlib" || reference.Name.StartsWith("System", System.StringComparison.Ordinal), $"unexpected reference {reference.FullName}");
                Assert.Equal(new System.Version(4, 0, 0, 0), reference.Version);
                Assert.Contains(Token(reference), new[] { FrameworkToken, MicrosoftToken });
            });
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

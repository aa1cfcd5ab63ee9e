using System.IO;
using System.Reflection;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Each offline build must carry the real assembly's identity (name, version, culture, public key token; and the
    /// public key behind the token), so that what is compiled against it binds to the real SDK inside Dataverse.
    /// </summary>
    public sealed class OfflineSdkIdentityTests
    {
        public static TheoryData<string, string> OfflineSdkBuildsToCheck() => OfflineSdkApiConformanceTests.OfflineSdkBuildsToCheck();

        [Theory]
        [MemberData(nameof(OfflineSdkBuildsToCheck))]
        public void Offline_build_has_the_real_identity(string assemblyName, string targetFrameworkIdentifier)
        {
            AssemblyIdentity real = RealIdentities.All[assemblyName];

            AssemblyIdentity ours = IdentityOf(OfflineSdkBuilds.PathOf(assemblyName, targetFrameworkIdentifier));

            Assert.Equal(real, ours);
        }

        [Fact]
        public void Offline_System_Activities_has_the_real_identity()
        {
            AssemblyIdentity real = IdentityOf(Path.Combine(OfflineSdkBuilds.NetFramework462ReferenceAssemblies, OfflineSdkBuilds.SystemActivities + ".dll"));

            AssemblyIdentity ours = IdentityOf(OfflineSdkBuilds.PathOf(OfflineSdkBuilds.SystemActivities, OfflineSdkBuilds.NetCore));

            Assert.Equal(real, ours);
        }

        [Fact]
        public void Identities_file_gives_the_published_identities()
        {
            // The parser must have read real values, not defaults: pin them as identities.txt states them.
            Assert.Equal(3, RealIdentities.All.Count);
            foreach (string assemblyName in OfflineSdkBuilds.SdkAssemblyNames)
            {
                AssemblyIdentity identity = RealIdentities.All[assemblyName];
                Assert.Equal($"{assemblyName}, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35", identity.FullName);
                Assert.Equal(320, identity.PublicKey.Length);
            }
        }

        /// <summary>Reads the identity from the file's metadata; the assembly is not loaded.</summary>
        private static AssemblyIdentity IdentityOf(string path) => AssemblyIdentity.Of(AssemblyName.GetAssemblyName(path));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// The generator must write the real listings' format exactly, or conformance would fail falsely (or pass falsely).
    /// Declarations written to match real SDK types (<see cref="RealDeclarationSamples"/>) are compiled in memory and
    /// their generated lines compared with the real listings' lines for those types.
    /// </summary>
    public sealed class ApiListingFormatTests
    {
        private static readonly Lazy<byte[]> XrmSdkSample =
            new Lazy<byte[]>(() => InMemoryCompilation.Compile("Microsoft.Xrm.Sdk", RealDeclarationSamples.XrmSdk));

        [Fact]
        public void Complete_samples_of_real_types_give_exactly_their_real_lines_in_order()
        {
            var generated = ApiListingOf.CompiledSample(XrmSdkSample.Value);

            AssertSameLinesPerType(RealDeclarationSamples.CompleteXrmSdkTypes, generated, RealApiListing.Of("Microsoft.Xrm.Sdk"));
        }

        [Fact]
        public void Complete_workflow_samples_give_exactly_their_real_lines_in_order()
        {
            byte[] workflow = InMemoryCompilation.Compile("Microsoft.Xrm.Sdk.Workflow", RealDeclarationSamples.XrmSdkWorkflow, XrmSdkSample.Value);

            var generated = ApiListingOf.CompiledSample(workflow, XrmSdkSample.Value);

            AssertSameLinesPerType(RealDeclarationSamples.CompleteWorkflowTypes, generated, RealApiListing.Of("Microsoft.Xrm.Sdk.Workflow"));
        }

        [Fact]
        public void Every_line_of_the_samples_is_a_real_line()
        {
            // Covers the partly declared types (ServiceProxy<TService>, consts of long and double...) and the helper
            // types the samples need: each line they produce must be real.
            var generated = ApiListingOf.CompiledSample(XrmSdkSample.Value);

            var comparison = ApiListingComparison.Compare(generated, RealApiListing.Of("Microsoft.Xrm.Sdk"));

            Assert.True(comparison.Conforms, comparison.Report("the sample", "the real Microsoft.Xrm.Sdk listing"));
            Assert.All(RealDeclarationSamples.PartialXrmSdkTypes, key => Assert.Contains(generated, line => ApiListingComparison.TypeKeyOf(line) == key));
        }

        [Fact]
        public void Types_are_sorted_by_their_listing_name_as_in_the_real_listings()
        {
            // "ServiceChannel<TChannel>" before "ServiceProxy<TService>", "DataCollection<T>" before "DataCollection<TKey, TValue>":
            // the order of the names as written, not of the metadata names ("DataCollection`1").
            var keys = ApiListingOf.CompiledSample(XrmSdkSample.Value).Select(ApiListingComparison.TypeKeyOf).Distinct().ToList();

            Assert.Equal(keys.OrderBy(key => key, StringComparer.Ordinal), keys);
            Assert.True(keys.IndexOf("Microsoft.Xrm.Sdk.DataCollection<T>") + 1 == keys.IndexOf("Microsoft.Xrm.Sdk.DataCollection<TKey, TValue>"));
        }

        /// <summary>For each type: the generated lines equal the real listing's lines for it, in the same order.</summary>
        private static void AssertSameLinesPerType(IEnumerable<string> typeKeys, IReadOnlyList<string> generated, IReadOnlyList<string> real)
        {
            var differences = new List<string>();
            foreach (string key in typeKeys)
            {
                var expected = real.Where(line => ApiListingComparison.TypeKeyOf(line) == key).ToList();
                var actual = generated.Where(line => ApiListingComparison.TypeKeyOf(line) == key).ToList();
                Assert.NotEmpty(expected);
                if (!expected.SequenceEqual(actual))
                    differences.Add($"{key}:{Environment.NewLine}  real:{Environment.NewLine}    {string.Join(Environment.NewLine + "    ", expected)}"
                                    + $"{Environment.NewLine}  generated:{Environment.NewLine}    {string.Join(Environment.NewLine + "    ", actual)}");
            }
            Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
        }
    }
}

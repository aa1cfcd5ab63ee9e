using System;
using System.IO;
using System.Linq;
using System.Reflection;
using ServiceUsers.TestSupport;

namespace OfflineSdk.Tests.Sources
{
    /// <summary>
    /// Every behaviour test says where its expectation comes from (a public source, or an assumption with its risk),
    /// and BEHAVIOUR-SOURCES.md lists each of them with the same addresses, so a test written from a guess is visible.
    /// </summary>
    public class BehaviourSourceTests
    {
        private static readonly Assembly TestAssembly = typeof(BehaviourSourceTests).Assembly;

        [Fact]
        public void Every_behaviour_test_names_a_source_or_an_assumption()
        {
            var tests = BehaviourSourceAudit.BehaviourTestsIn(TestAssembly);

            Assert.NotEmpty(tests);
            Assert.Empty(tests.SelectMany(BehaviourSourceAudit.ProblemsOf));
        }

        [Fact]
        public void The_audit_reports_a_missing_source_a_bad_address_and_a_half_assumption()
        {
            Assert.Single(BehaviourSourceAudit.ProblemsOf(SampleMethod(nameof(Samples.WithoutSource))));
            Assert.Single(BehaviourSourceAudit.ProblemsOf(SampleMethod(nameof(Samples.WithRelativeAddress))));
            Assert.Single(BehaviourSourceAudit.ProblemsOf(SampleMethod(nameof(Samples.WithHttpAddress))));
            Assert.Single(BehaviourSourceAudit.ProblemsOf(SampleMethod(nameof(Samples.WithoutConsequence))));
            Assert.Empty(BehaviourSourceAudit.ProblemsOf(SampleMethod(nameof(Samples.WithSource))));
            Assert.Empty(BehaviourSourceAudit.ProblemsOf(SampleMethod(nameof(Samples.WithAssumption))));
        }

        [Fact]
        public void BEHAVIOUR_SOURCES_md_lists_every_behaviour_test_with_its_source_addresses()
        {
            var rows = File.ReadAllLines(RepositoryRoot.PathOf("tests", "OfflineSdk.Tests", "BEHAVIOUR-SOURCES.md"))
                .Where(line => line.StartsWith("|", StringComparison.Ordinal))
                .ToList();

            var missing = BehaviourSourceAudit.BehaviourTestsIn(TestAssembly)
                .Where(test => !rows.Any(row => Describes(row, test)))
                .Select(BehaviourSourceAudit.NameOf)
                .ToList();

            Assert.Empty(missing);
        }

        // A row describes a test when it names it and carries each of its source addresses (or says it is assumed).
        private static bool Describes(string row, MethodInfo test)
        {
            if (!row.Contains("`" + BehaviourSourceAudit.NameOf(test) + "`", StringComparison.Ordinal))
            {
                return false;
            }

            var addresses = test.GetCustomAttributes<BehaviourSourceAttribute>().Select(source => source.Url);
            var assumed = test.IsDefined(typeof(AssumedBehaviourAttribute));
            return addresses.All(url => row.Contains(url, StringComparison.Ordinal))
                && (!assumed || row.Contains("assumed", StringComparison.OrdinalIgnoreCase));
        }

        private static MethodInfo SampleMethod(string name) => typeof(Samples).GetMethod(name);

        /// <summary>Methods carrying good and bad source declarations, for the audit to judge (not tests themselves).</summary>
        private static class Samples
        {
            public static void WithoutSource()
            {
            }

            [BehaviourSource("A page", "learn.microsoft.com/some/page")]
            public static void WithRelativeAddress()
            {
            }

            [BehaviourSource("A page", "http://learn.microsoft.com/some/page")]
            public static void WithHttpAddress()
            {
            }

            [AssumedBehaviour("No source found; the stricter behaviour", " ")]
            public static void WithoutConsequence()
            {
            }

            [BehaviourSource("A page", "https://learn.microsoft.com/some/page")]
            public static void WithSource()
            {
            }

            [AssumedBehaviour("No source found; the stricter behaviour", "Code relying on the laxer behaviour fails only in Dataverse")]
            public static void WithAssumption()
            {
            }
        }
    }
}

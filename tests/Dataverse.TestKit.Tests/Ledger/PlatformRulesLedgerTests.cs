using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ServiceUsers.TestSupport;
using Xunit;

namespace Dataverse.TestKit.Tests.Ledger
{
    /// <summary>
    /// Keeps tests/Dataverse.TestKit/PLATFORM-RULES.md honest: every row has a rule, a source (a page or "assumed") and
    /// tests that pin it, and every test it names exists — a kit test in this assembly, or ("plug-in:") a test method in
    /// tests/ServiceUsers.Plugins.Tests. A renamed or deleted test therefore breaks the ledger instead of silently
    /// leaving a rule unpinned.
    /// </summary>
    public class PlatformRulesLedgerTests
    {
        private const string PluginPrefix = "plug-in:";

        private static readonly string LedgerPath = RepositoryRoot.PathOf("tests", "Dataverse.TestKit", "PLATFORM-RULES.md");

        public static IEnumerable<string[]> Rows() =>
            File.ReadAllLines(LedgerPath)
                .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| #", StringComparison.Ordinal) && !line.StartsWith("|---", StringComparison.Ordinal))
                .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray());

        [Fact]
        public void Every_row_has_a_rule_a_source_and_the_tests_that_pin_it()
        {
            var rows = Rows().ToList();

            Assert.True(rows.Count >= 60, $"only {rows.Count} rows were read from {LedgerPath}");
            Assert.All(rows, row =>
            {
                Assert.True(row.Length == 4, $"row '{string.Join(" | ", row)}' does not have 4 cells");
                Assert.All(row, cell => Assert.False(string.IsNullOrWhiteSpace(cell), $"row {row[0]} has an empty cell"));
                Assert.True(row[2].Contains("http", StringComparison.Ordinal) || row[2].Contains('[') || row[2].Contains("assumed", StringComparison.OrdinalIgnoreCase) || row[2].Contains("policy", StringComparison.OrdinalIgnoreCase),
                    $"row {row[0]} names neither a page nor an assumption");
            });
            Assert.Equal(rows.Count, rows.Select(row => row[0]).Distinct().Count());
        }

        [Fact]
        public void Every_test_the_ledger_names_exists()
        {
            var kitTests = new HashSet<string>(
                typeof(PlatformRulesLedgerTests).Assembly.GetTypes()
                    .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(method => type.Name + "." + method.Name)),
                StringComparer.Ordinal);
            var pluginSources = string.Join("\n", Directory.GetFiles(RepositoryRoot.PathOf("tests", "ServiceUsers.Plugins.Tests"), "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Select(File.ReadAllText));

            var missing = new List<string>();
            foreach (var row in Rows())
            {
                foreach (var named in row[3].Split(';').Select(name => name.Trim()).Where(name => name.Length > 0))
                {
                    if (named.StartsWith(PluginPrefix, StringComparison.Ordinal))
                    {
                        var parts = named.Substring(PluginPrefix.Length).Trim().Split('.');
                        var found = pluginSources.Contains("class " + parts[0], StringComparison.Ordinal)
                            && (parts.Length == 1 || pluginSources.Contains("void " + parts[1] + "(", StringComparison.Ordinal));
                        if (!found)
                        {
                            missing.Add(row[0] + ": " + named);
                        }
                    }
                    else if (!kitTests.Contains(named))
                    {
                        missing.Add(row[0] + ": " + named);
                    }
                }
            }

            Assert.True(missing.Count == 0, "The ledger names tests that do not exist:\n" + string.Join("\n", missing));
        }
    }
}

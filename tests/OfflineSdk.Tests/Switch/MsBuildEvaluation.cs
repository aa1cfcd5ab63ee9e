using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace OfflineSdk.Tests.Switch
{
    /// <summary>
    /// Evaluates a project with MSBuild (no restore, no build) and returns its items, so tests can see what a property
    /// switch really does to the references. Uses the same dotnet host that runs the tests.
    /// </summary>
    public static class MsBuildEvaluation
    {
        public static string RepositoryRoot => ServiceUsers.TestSupport.RepositoryRoot.Path;

        public static IReadOnlyDictionary<string, IReadOnlyList<EvaluatedItem>> Items(string projectRelativePath, string targetFramework, string crmSdk, params string[] itemTypes)
        {
            var arguments = new List<string> { "msbuild", Path.Combine(RepositoryRoot, projectRelativePath), "-nologo", $"-p:TargetFramework={targetFramework}" };
            if (crmSdk != null)
            {
                arguments.Add($"-p:CrmSdk={crmSdk}");
            }

            arguments.AddRange(itemTypes.Select(type => $"-getItem:{type}"));
            var (exitCode, output) = Run(arguments);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"MSBuild evaluation failed ({exitCode}):{Environment.NewLine}{output}");
            }

            using var json = JsonDocument.Parse(output);
            var result = new Dictionary<string, IReadOnlyList<EvaluatedItem>>();
            foreach (var type in itemTypes)
            {
                result[type] = json.RootElement.GetProperty("Items").TryGetProperty(type, out var items)
                    ? items.EnumerateArray().Select(item => new EvaluatedItem(
                        item.GetProperty("Identity").GetString(),
                        item.TryGetProperty("Version", out var version) ? version.GetString() : null)).ToList()
                    : new List<EvaluatedItem>();
            }

            return result;
        }

        /// <summary>Runs a build target and returns the exit code and output (for switch values that must fail).</summary>
        public static (int ExitCode, string Output) Run(IEnumerable<string> arguments)
        {
            var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // Nodes left behind by a test would outlive it; evaluation needs none.
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            using var process = Process.Start(start);
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }

        private static string DotnetHost()
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
        }
    }
}

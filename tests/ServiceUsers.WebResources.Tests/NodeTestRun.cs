using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ServiceUsers.WebResources.Tests
{
    /// <summary>One run of <c>node --test</c> on a single file: its exit code and everything it printed.</summary>
    internal sealed class NodeTestRun
    {
        // Browser tests start Chromium; a cold start on a busy 2-core machine can take a while.
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        private static readonly Regex TestCountLine = new Regex(@"^# tests (\d+)$", RegexOptions.Multiline);

        private NodeTestRun(int exitCode, string output)
        {
            ExitCode = exitCode;
            Output = output;
        }

        public int ExitCode { get; }

        public string Output { get; }

        /// <summary>The number of tests the runner reported (TAP's "# tests N"), or null when it printed no summary.</summary>
        public int? TestCount
        {
            get
            {
                var match = TestCountLine.Match(Output);
                return match.Success ? int.Parse(match.Groups[1].Value) : (int?)null;
            }
        }

        public static NodeTestRun Start(string workingDirectory, string testFile)
        {
            var startInfo = new ProcessStartInfo("node")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // TAP has a stable summary to read the test count from, whatever the runner's default reporter.
            startInfo.ArgumentList.Add("--test");
            startInfo.ArgumentList.Add("--test-reporter=tap");
            startInfo.ArgumentList.Add(testFile);

            var output = new StringBuilder();
            using var process = new Process { StartInfo = startInfo };
            process.OutputDataReceived += (_, line) => Append(output, line.Data);
            process.ErrorDataReceived += (_, line) => Append(output, line.Data);
            try
            {
                process.Start();
            }
            catch (Win32Exception exception)
            {
                throw new InvalidOperationException("Could not start node: Node.js 20 or later must be on the PATH.", exception);
            }

            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                Append(output, $"node --test {testFile} did not finish within {Timeout.TotalMinutes} minutes and was stopped.");
                return new NodeTestRun(-1, Snapshot(output));
            }

            // The parameterless wait also waits for the redirected streams to be read to the end.
            process.WaitForExit();
            return new NodeTestRun(process.ExitCode, Snapshot(output));
        }

        private static void Append(StringBuilder output, string line)
        {
            if (line == null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }
        }

        private static string Snapshot(StringBuilder output)
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }
}

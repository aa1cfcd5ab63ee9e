using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace ServiceUsers.WebResources.Tests
{
    /// <summary>
    /// Each node test file of the web resources (src/ServiceUsers.WebResources/tests/*.test.mjs) as one case,
    /// so `dotnet test` reports a failing file by name and shows the runner's output for it.
    /// </summary>
    public sealed class NodeTestFileTests
    {
        private readonly ITestOutputHelper output;

        public NodeTestFileTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        public static TheoryData<string> TestFiles()
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.GetFiles(WebResourcesDirectory.TestsFolder, "*.test.mjs").OrderBy(path => path))
            {
                data.Add(Path.GetFileName(file));
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(TestFiles))]
        public void Node_test_file_passes(string testFile)
        {
            var run = NodeTestRun.Start(WebResourcesDirectory.Root, Path.Combine("tests", testFile));
            output.WriteLine(run.Output);

            Assert.True(run.ExitCode == 0, $"node --test tests/{testFile} exited with {run.ExitCode}:\n{run.Output}");
            Assert.True(run.TestCount > 0, $"node --test tests/{testFile} ran no test:\n{run.Output}");
        }
    }
}

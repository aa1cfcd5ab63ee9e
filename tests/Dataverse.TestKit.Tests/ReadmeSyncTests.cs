using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Dataverse.TestKit.Tests
{
    /// <summary>Keeps the README example and <see cref="ReadmeExampleTests"/> the same code.</summary>
    public class ReadmeSyncTests
    {
        [Fact]
        public void The_README_shows_the_example_test_line_for_line()
        {
            var testsFolder = FindUp("Dataverse.TestKit.Tests");
            var readme = File.ReadAllText(Path.Combine(testsFolder, "..", "Dataverse.TestKit", "README.md"));
            var example = File.ReadAllLines(Path.Combine(testsFolder, "ReadmeExampleTests.cs"));

            var body = example
                .SkipWhile(line => !line.Contains("/// <summary>A small custom API plug-in", StringComparison.Ordinal))
                .TakeWhile(line => line != "    }")
                .Select(line => line.Trim())
                .Where(line => line.Length > 0)
                .ToList();
            var readmeLines = readme.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();

            Assert.True(body.Count > 40, "The example body was not found in ReadmeExampleTests.cs.");
            var start = readmeLines.IndexOf(body[0]);
            Assert.True(start >= 0, "The README does not contain the example.");
            Assert.Equal(body, readmeLines.Skip(start).Take(body.Count));
        }

        private static string FindUp(string folderName)
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !Directory.Exists(Path.Combine(directory.FullName, folderName)) && directory.Name != folderName)
            {
                directory = directory.Parent;
            }

            if (directory == null)
            {
                throw new DirectoryNotFoundException($"No folder '{folderName}' above {AppContext.BaseDirectory}.");
            }

            return directory.Name == folderName ? directory.FullName : Path.Combine(directory.FullName, folderName);
        }
    }
}

using System;
using System.IO;
using SolutionZip.Packaging;

namespace SolutionZip.Cli
{
    internal static class Program
    {
        private const int Success = 0;
        private const int PackFailed = 1;
        private const int BadArguments = 2;

        private static int Main(string[] arguments)
        {
            var command = PackCommand.Parse(arguments, out var error);
            if (command == null)
            {
                Console.Error.WriteLine($"SolutionZip : error SZ0002: {error}");
                Console.Error.WriteLine(PackCommand.Usage);
                return BadArguments;
            }

            try
            {
                foreach (var package in SolutionPacker.PackBoth(command.SolutionFolder, command.Map))
                {
                    var path = package.WriteTo(command.OutputFolder);
                    Console.WriteLine($"SolutionZip: {package.Kind} solution -> {path}");
                }

                return Success;
            }
            catch (SolutionPackException failure)
            {
                // MSBuild's Exec turns lines in this canonical form into build errors, one per problem.
                foreach (var problem in failure.Problems)
                {
                    Console.Error.WriteLine($"SolutionZip : error SZ0001: {problem}");
                }

                return PackFailed;
            }
            catch (IOException failure)
            {
                Console.Error.WriteLine($"SolutionZip : error SZ0003: {failure.Message}");
                return PackFailed;
            }
        }
    }
}

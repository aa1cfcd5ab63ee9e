using System;
using System.Collections.Generic;
using SolutionZip.BuildOutputs;

namespace SolutionZip.Cli
{
    /// <summary>
    /// The command line, parsed:
    ///   --solution &lt;unpacked folder&gt; --out &lt;folder&gt; [--map-file &lt;from&gt;=&lt;built file&gt;]… [--map-folder &lt;from&gt;=&lt;build folder&gt;]…
    /// </summary>
    internal sealed class PackCommand
    {
        public const string Usage =
            "usage: SolutionZip.Cli --solution <unpacked folder> --out <folder> [--map-file <file name or path>=<built file>]... [--map-folder <folder>=<build output folder>]...";

        private PackCommand(string solutionFolder, string outputFolder, BuildOutputMap map)
        {
            SolutionFolder = solutionFolder;
            OutputFolder = outputFolder;
            Map = map;
        }

        public string SolutionFolder { get; }

        public string OutputFolder { get; }

        public BuildOutputMap Map { get; }

        /// <summary>Null, with the reason in <paramref name="error"/>, when the arguments do not form a command.</summary>
        public static PackCommand Parse(IReadOnlyList<string> arguments, out string error)
        {
            string solution = null;
            string output = null;
            var map = new BuildOutputMap();
            for (var index = 0; index < arguments.Count; index++)
            {
                var option = arguments[index];
                if (index + 1 >= arguments.Count)
                {
                    error = $"{option} needs a value.";
                    return null;
                }

                var value = arguments[++index];
                switch (option)
                {
                    case "--solution":
                        solution = value;
                        break;
                    case "--out":
                        output = value;
                        break;
                    case "--map-file":
                    case "--map-folder":
                        var separator = value.IndexOf('=');
                        if (separator <= 0 || separator == value.Length - 1)
                        {
                            error = $"{option} takes <from>=<to>, not '{value}'.";
                            return null;
                        }

                        var from = value.Substring(0, separator);
                        var to = value.Substring(separator + 1);
                        map = option == "--map-file" ? map.MapFile(from, to) : map.MapFolder(from, to);
                        break;
                    default:
                        error = $"unknown option '{option}'.";
                        return null;
                }
            }

            if (solution == null || output == null)
            {
                error = "--solution and --out are required.";
                return null;
            }

            error = null;
            return new PackCommand(solution, output, map);
        }
    }
}

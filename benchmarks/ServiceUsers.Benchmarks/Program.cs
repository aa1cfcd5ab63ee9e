using BenchmarkDotNet.Running;

namespace ServiceUsers.Benchmarks
{
    /// <summary>
    /// Runs the benchmarks on demand: <c>dotnet run -c Release --project benchmarks/ServiceUsers.Benchmarks -- --filter '*'</c>.
    /// The switcher keeps BenchmarkDotNet's command line (--filter, --list flat, --exporters ...); see docs/benchmarks.md.
    /// </summary>
    public static class Program
    {
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}

using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ServiceUsers.Benchmarks.ServiceCalls;

namespace ServiceUsers.Benchmarks.Configuration
{
    /// <summary>
    /// One short job, the memory diagnoser, the median and the service-call columns. Sized to finish in well under a
    /// minute on 2 cores. BenchmarkSwitcher adds BenchmarkDotNet's default config, whose exporters already write the
    /// GitHub markdown table that docs/benchmarks.md quotes (adding it again only earns a warning).
    /// </summary>
    public sealed class ServiceUsersBenchmarkConfig : ManualConfig
    {
        public ServiceUsersBenchmarkConfig()
        {
            AddJob(Job.Default
                .WithId("InProcessShort")

                // In process: BenchmarkDotNet otherwise generates and builds a project under bin/, which re-builds the
                // plug-in and the test kit (racing the other builds in this tree) under our warnings-as-errors rules.
                // The cases are single-threaded in-memory work; a separate process would not change them enough to pay for that.
                .WithToolchain(InProcessEmitToolchain.Instance)

                // Every iteration gets a fresh organization from [IterationSetup] (see CreateServiceUserBenchmarks), and
                // only its first invocation creates the user: a second would find it there (the API's cheaper "ensure"
                // path) or be refused as a duplicate (the script). So one invocation per iteration, and more iterations
                // than ShortRun's 3 to make up for it. Expect BenchmarkDotNet's MinIterationTime hint: it is by design.
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithLaunchCount(1)
                .WithWarmupCount(10)
                .WithIterationCount(40));

            AddDiagnoser(MemoryDiagnoser.Default);

            // The median resists what a shared 2-core machine does to a few iterations (a build next door).
            AddColumn(StatisticColumn.Median);
            AddColumn(ServiceCallsColumn.ServiceCalls, ServiceCallsColumn.ClientRequests);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Dataverse.TestKit;

namespace ServiceUsers.Benchmarks.ServiceCalls
{
    /// <summary>
    /// A summary column that counts organization-service calls per operation, from one extra run of each case
    /// (<see cref="ServiceCallMeasurement"/>). On Dataverse each call the client makes is a network round trip and each
    /// call a plug-in makes is a platform operation, so these counts, not the in-memory times, predict the real cost.
    /// </summary>
    public sealed class ServiceCallsColumn : IColumn
    {
        private readonly Func<BenchmarkCase, IReadOnlyList<ServiceCall>, int> count;

        private ServiceCallsColumn(string id, string columnName, string legend, Func<BenchmarkCase, IReadOnlyList<ServiceCall>, int> count)
        {
            Id = id;
            ColumnName = columnName;
            Legend = legend;
            this.count = count;
        }

        /// <summary>The calls that do the work: the script's own, or the plug-in's for the API (see <see cref="CountServiceCallsMadeByAttribute"/>).</summary>
        public static IColumn ServiceCalls { get; } = new ServiceCallsColumn(
            "ServiceCalls",
            "Service calls",
            "Organization-service calls one operation makes: the client's for a script, the plug-in's for the custom API",
            (benchmarkCase, calls) => calls.Count(call => call.Depth == (int)OriginOf(benchmarkCase)));

        /// <summary>The requests the client itself sends, each a network round trip on Dataverse.</summary>
        public static IColumn ClientRequests { get; } = new ServiceCallsColumn(
            "ClientRequests",
            "Client requests",
            "Requests the client sends for one operation (each a network round trip on Dataverse)",
            (benchmarkCase, calls) => calls.Count(call => call.Depth == (int)ServiceCallOrigin.Client));

        public string Id { get; }

        public string ColumnName { get; }

        public string Legend { get; }

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            count(benchmarkCase, ServiceCallMeasurement.CallsOf(benchmarkCase)).ToString(System.Globalization.CultureInfo.InvariantCulture);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public override string ToString() => ColumnName;

        private static ServiceCallOrigin OriginOf(BenchmarkCase benchmarkCase) =>
            benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<CountServiceCallsMadeByAttribute>()?.Origin
            ?? throw new InvalidOperationException($"{benchmarkCase.Descriptor.WorkloadMethod.Name} needs [{nameof(CountServiceCallsMadeByAttribute)}] to say whose calls count.");
    }
}

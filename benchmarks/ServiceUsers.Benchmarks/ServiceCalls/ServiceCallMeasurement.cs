using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Running;
using Dataverse.TestKit;

namespace ServiceUsers.Benchmarks.ServiceCalls
{
    /// <summary>
    /// Runs a benchmark case once more, outside the measured iterations, on a new instance of its class set up as
    /// BenchmarkDotNet would (parameters, [GlobalSetup], [IterationSetup]), and returns the service calls it made.
    /// Counting the very code that was timed keeps the count and the time from drifting apart. Once per case.
    /// </summary>
    public static class ServiceCallMeasurement
    {
        private static readonly ConcurrentDictionary<BenchmarkCase, IReadOnlyList<ServiceCall>> Measured =
            new ConcurrentDictionary<BenchmarkCase, IReadOnlyList<ServiceCall>>();

        public static IReadOnlyList<ServiceCall> CallsOf(BenchmarkCase benchmarkCase) => Measured.GetOrAdd(benchmarkCase, RunOnce);

        private static IReadOnlyList<ServiceCall> RunOnce(BenchmarkCase benchmarkCase)
        {
            var descriptor = benchmarkCase.Descriptor;
            if (!(Activator.CreateInstance(descriptor.Type) is IRecordsServiceCalls benchmarks))
            {
                throw new InvalidOperationException($"{descriptor.Type.Name} must implement {nameof(IRecordsServiceCalls)} for its service calls to be counted.");
            }

            foreach (var parameter in benchmarkCase.Parameters.Items)
            {
                SetParameter(benchmarks, parameter.Name, parameter.Value);
            }

            Invoke(descriptor.GlobalSetupMethod, benchmarks);
            Invoke(descriptor.IterationSetupMethod, benchmarks);
            var organization = benchmarks.Organization;
            organization.ResetCalls();
            Invoke(descriptor.WorkloadMethod, benchmarks);
            var calls = organization.Calls;
            Invoke(descriptor.IterationCleanupMethod, benchmarks);
            Invoke(descriptor.GlobalCleanupMethod, benchmarks);

            // A refused call would make the case cheaper than the real thing: such a count must not reach the table.
            var failed = calls.FirstOrDefault(call => !call.Succeeded);
            if (failed != null)
            {
                throw new InvalidOperationException($"{benchmarkCase.DisplayInfo}: a service call failed ({failed}), so its count would mislead.");
            }

            return calls;
        }

        private static void SetParameter(object instance, string name, object value)
        {
            const BindingFlags Members = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
            var property = instance.GetType().GetProperty(name, Members);
            if (property != null)
            {
                property.SetValue(property.GetMethod.IsStatic ? null : instance, value);
                return;
            }

            var field = instance.GetType().GetField(name, Members)
                ?? throw new InvalidOperationException($"{instance.GetType().Name} has no public member '{name}' for the [Params] value.");
            field.SetValue(field.IsStatic ? null : instance, value);
        }

        private static void Invoke(MethodInfo method, object instance)
        {
            try
            {
                method?.Invoke(method.IsStatic ? null : instance, null);
            }
            catch (TargetInvocationException invocation) when (invocation.InnerException != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(invocation.InnerException).Throw();
            }
        }
    }
}

using System;

namespace ServiceUsers.Benchmarks.ServiceCalls
{
    /// <summary>
    /// Says which calls of a [Benchmark] method the "Service calls" column counts: the client's for a script of plain
    /// SDK calls, the plug-in's for a custom API (whose one client request would otherwise hide the work behind it).
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class CountServiceCallsMadeByAttribute : Attribute
    {
        public CountServiceCallsMadeByAttribute(ServiceCallOrigin origin)
        {
            Origin = origin;
        }

        public ServiceCallOrigin Origin { get; }
    }
}

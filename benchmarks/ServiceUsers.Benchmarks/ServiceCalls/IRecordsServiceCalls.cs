using Dataverse.TestKit;

namespace ServiceUsers.Benchmarks.ServiceCalls
{
    /// <summary>
    /// A benchmark class whose cases run against an in-memory organization, which the service-call columns read after
    /// running a case once (the organization records every call; the kit's seeding records none).
    /// </summary>
    public interface IRecordsServiceCalls
    {
        /// <summary>The organization the next invocation will use, ready after the class's setup methods ran.</summary>
        InMemoryOrganization Organization { get; }
    }
}

namespace ServiceUsers.Benchmarks.ServiceCalls
{
    /// <summary>
    /// Whose organization-service calls a benchmark's "Service calls" column counts: the client's own requests
    /// (pipeline depth 1) or those a plug-in makes while running one of them (depth 2).
    /// </summary>
    public enum ServiceCallOrigin
    {
        /// <summary>Calls the benchmark method makes itself, as a client of the organization (depth 1).</summary>
        Client = 1,

        /// <summary>Calls the plug-in behind the client's request makes (depth 2): the API's own cost.</summary>
        PlugIn = 2,
    }
}

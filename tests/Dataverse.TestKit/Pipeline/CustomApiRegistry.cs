using System;
using System.Collections.Concurrent;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>The custom APIs of the organization, by unique name (message names are matched without regard to case).</summary>
    internal sealed class CustomApiRegistry
    {
        private readonly ConcurrentDictionary<string, RegisteredCustomApi> apis = new ConcurrentDictionary<string, RegisteredCustomApi>(StringComparer.OrdinalIgnoreCase);

        public void Add(RegisteredCustomApi api)
        {
            if (!apis.TryAdd(api.Definition.UniqueName, api))
            {
                throw new InvalidOperationException($"A custom API named '{api.Definition.UniqueName}' is already registered.");
            }
        }

        public RegisteredCustomApi Find(string uniqueName) => uniqueName != null && apis.TryGetValue(uniqueName, out var api) ? api : null;
    }
}

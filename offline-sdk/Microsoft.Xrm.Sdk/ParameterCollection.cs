using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Named values of a request, a response or an execution context (InputParameters, OutputParameters, SharedVariables).</summary>
    public class ParameterCollection : DataCollection<string, object>
    {
        public ParameterCollection()
        {
        }

        protected ParameterCollection(IDictionary<string, object> collection)
            : base(collection)
        {
        }

        /// <summary>Sets the value under the key, unless the value is null (then the collection is left as it was).</summary>
        public void AddOrUpdateIfNotNull(string key, object obj)
        {
            if (obj != null)
            {
                this[key] = obj;
            }
        }
    }
}

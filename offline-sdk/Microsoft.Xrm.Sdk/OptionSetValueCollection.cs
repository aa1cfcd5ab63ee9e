using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The value of a multi-select choice column: a list of OptionSetValue.</summary>
    public sealed class OptionSetValueCollection : DataCollection<OptionSetValue>
    {
        public OptionSetValueCollection()
        {
        }

        // Wraps the given list rather than copying it (Collection<T> semantics).
        public OptionSetValueCollection(IList<OptionSetValue> list)
            : base(list)
        {
        }
    }
}

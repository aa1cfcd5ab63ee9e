using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The value of a multi-select choice column: a list of OptionSetValue.</summary>
    public sealed class OptionSetValueCollection : DataCollection<OptionSetValue>
    {
        public OptionSetValueCollection()
        {
        }

        // Copies the list (through DataCollection<T>), as the real SDK does: later changes to the caller's list do not show.
        public OptionSetValueCollection(IList<OptionSetValue> list)
            : base(list)
        {
        }
    }
}

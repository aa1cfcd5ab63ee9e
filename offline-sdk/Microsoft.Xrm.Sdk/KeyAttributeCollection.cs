using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Alternate-key attribute values that identify a record instead of its id.</summary>
    public sealed class KeyAttributeCollection : DataCollection<string, object>
    {
        public KeyAttributeCollection()
        {
        }

        // The real type declares this constructor "protected internal" although the class is sealed; kept for an identical surface.
#pragma warning disable CS0628 // new protected member declared in sealed type
        protected internal KeyAttributeCollection(IDictionary<string, object> collection)
            : base(collection)
        {
        }
#pragma warning restore CS0628
    }
}

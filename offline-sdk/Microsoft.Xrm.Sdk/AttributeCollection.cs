using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The attributes of an entity, by logical name.</summary>
    public sealed class AttributeCollection : DataCollection<string, object>
    {
        public AttributeCollection()
        {
        }

        // The real type declares this constructor "protected internal" although the class is sealed; kept for an identical surface.
#pragma warning disable CS0628 // new protected member declared in sealed type
        protected internal AttributeCollection(IDictionary<string, object> collection)
            : base(collection)
        {
        }
#pragma warning restore CS0628
    }
}

using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Display strings of attribute values (option labels, currency, ...), by attribute logical name.</summary>
    public sealed class FormattedValueCollection : DataCollection<string, string>
    {
        public FormattedValueCollection()
        {
        }

        // The real type declares this constructor "protected internal" although the class is sealed; kept for an identical surface.
#pragma warning disable CS0628 // new protected member declared in sealed type
        protected internal FormattedValueCollection(IDictionary<string, string> collection)
            : base(collection)
        {
        }
#pragma warning restore CS0628
    }
}

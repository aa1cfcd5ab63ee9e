using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Pre/post entity images registered on a plug-in step, by image alias.</summary>
    public class EntityImageCollection : DataCollection<string, Entity>
    {
        public EntityImageCollection()
        {
        }

        protected internal EntityImageCollection(IDictionary<string, Entity> collection)
            : base(collection)
        {
        }
    }
}

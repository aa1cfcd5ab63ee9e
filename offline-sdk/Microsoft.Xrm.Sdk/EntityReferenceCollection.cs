using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A list of record references (Associate/Disassociate related entities).</summary>
    public sealed class EntityReferenceCollection : DataCollection<EntityReference>
    {
        public EntityReferenceCollection()
        {
        }

        public EntityReferenceCollection(IList<EntityReference> list)
            : base(list)
        {
        }
    }
}

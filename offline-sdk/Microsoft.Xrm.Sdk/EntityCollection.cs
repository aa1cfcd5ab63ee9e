using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A page of records returned by RetrieveMultiple, with its paging state.</summary>
    public sealed class EntityCollection : IExtensibleDataObject
    {
        private readonly DataCollection<Entity> _entities;

        public EntityCollection()
        {
            _entities = new DataCollection<Entity>();
        }

        // Copies the list: adding to or removing from the caller's list later does not change Entities.
        public EntityCollection(IList<Entity> list)
        {
            _entities = new DataCollection<Entity>(list);
        }

        public DataCollection<Entity> Entities
        {
            get { return _entities; }
        }

        public Entity this[int index]
        {
            get { return _entities[index]; }
            set { _entities[index] = value; }
        }

        public bool MoreRecords { get; set; }

        public string PagingCookie { get; set; }

        public string MinActiveRowVersion { get; set; }

        public int TotalRecordCount { get; set; }

        public bool TotalRecordCountLimitExceeded { get; set; }

        public string EntityName { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}

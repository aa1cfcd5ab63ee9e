using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>EntityCollection: a view over a list of entities plus paging state.</summary>
    public class EntityCollectionTests
    {
        [Fact]
        public void A_new_collection_is_empty_with_no_more_records()
        {
            EntityCollection collection = new EntityCollection();

            Assert.Empty(collection.Entities);
            Assert.False(collection.MoreRecords);
        }

        [Fact]
        public void The_list_constructor_wraps_the_list_and_the_indexer_reads_Entities()
        {
            List<Entity> list = new List<Entity> { new Entity("account") };
            EntityCollection collection = new EntityCollection(list);

            list.Add(new Entity("contact"));

            Assert.Equal(2, collection.Entities.Count);
            Assert.Equal("contact", collection[1].LogicalName);
        }

        [Fact]
        public void DataCollection_AddRange_and_ToArray_keep_order()
        {
            EntityCollection collection = new EntityCollection();
            Entity first = new Entity("a");
            Entity second = new Entity("b");

            collection.Entities.AddRange(first, second);

            Assert.Equal(new[] { first, second }, collection.Entities.ToArray());
        }
    }
}

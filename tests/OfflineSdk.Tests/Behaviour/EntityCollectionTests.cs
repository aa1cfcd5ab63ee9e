using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>EntityCollection: a list of entities of its own (copied from the list it is built from) plus paging state.</summary>
    public class EntityCollectionTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "EntityCollection", PublicCode.XrmSdk + "EntityCollection.cs")]
        public void A_new_collection_is_empty_with_no_more_records()
        {
            EntityCollection collection = new EntityCollection();

            Assert.Empty(collection.Entities);
            Assert.False(collection.MoreRecords);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "EntityCollection", PublicCode.XrmSdk + "EntityCollection.cs")]
        public void Paging_state_starts_at_its_defaults()
        {
            EntityCollection collection = new EntityCollection();

            // 0, not -1: the service reports -1 when no count was asked for, but a new collection holds plain field defaults.
            Assert.Equal(0, collection.TotalRecordCount);
            Assert.False(collection.TotalRecordCountLimitExceeded);
            Assert.Null(collection.PagingCookie);
            Assert.Null(collection.MinActiveRowVersion);
            Assert.Null(collection.EntityName);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "EntityCollection", PublicCode.XrmSdk + "EntityCollection.cs")]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DataCollection<T>", PublicCode.XrmSdk + "DataCollection%601.cs")]
        public void The_list_constructor_copies_the_list_and_the_indexer_reads_Entities()
        {
            Entity account = new Entity("account");
            List<Entity> list = new List<Entity> { account };
            EntityCollection collection = new EntityCollection(list);

            list.Add(new Entity("contact"));
            collection.Entities.Add(new Entity("lead"));

            Assert.Equal(2, collection.Entities.Count);
            Assert.Same(account, collection[0]);
            Assert.Equal("lead", collection[1].LogicalName);
            Assert.Equal(2, list.Count);
            Assert.Equal("contact", list[1].LogicalName);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DataCollection<T>", PublicCode.XrmSdk + "DataCollection%601.cs")]
        public void The_list_constructor_accepts_null_as_no_entities()
        {
            EntityCollection collection = new EntityCollection(null);

            Assert.Empty(collection.Entities);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DataCollection<T>", PublicCode.XrmSdk + "DataCollection%601.cs")]
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

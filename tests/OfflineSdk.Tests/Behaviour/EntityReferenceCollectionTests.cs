using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>EntityReferenceCollection: a list of references; Contains uses EntityReference equality.</summary>
    public class EntityReferenceCollectionTests
    {
        [Fact]
        public void Contains_uses_value_equality_of_references()
        {
            Guid id = Guid.NewGuid();
            EntityReferenceCollection references = new EntityReferenceCollection(new List<EntityReference> { new EntityReference("systemuser", id) });

            Assert.Contains(new EntityReference("systemuser", id), references);
            Assert.DoesNotContain(new EntityReference("team", id), references);
        }

        [Fact]
        public void The_list_constructor_copies_the_list()
        {
            List<EntityReference> list = new List<EntityReference> { new EntityReference("role", Guid.NewGuid()) };
            EntityReferenceCollection references = new EntityReferenceCollection(list);

            list.Clear();

            Assert.Single(references);
        }
    }
}

using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>EntityReferenceCollection: a list of references; Contains uses EntityReference equality.</summary>
    public class EntityReferenceCollectionTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "EntityReference", PublicCode.XrmSdk + "EntityReference.cs")]
        [BehaviourSource(PublicCode.XrmSdkTitle + "EntityReferenceCollection", PublicCode.XrmSdk + "EntityReferenceCollection.cs")]
        public void Contains_uses_value_equality_of_references()
        {
            Guid id = Guid.NewGuid();
            EntityReferenceCollection references = new EntityReferenceCollection(new List<EntityReference> { new EntityReference("systemuser", id) });

            Assert.Contains(new EntityReference("systemuser", id), references);
            Assert.DoesNotContain(new EntityReference("team", id), references);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "EntityReferenceCollection", PublicCode.XrmSdk + "EntityReferenceCollection.cs")]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DataCollection<T>", PublicCode.XrmSdk + "DataCollection%601.cs")]
        public void The_list_constructor_copies_the_list()
        {
            List<EntityReference> list = new List<EntityReference> { new EntityReference("role", Guid.NewGuid()) };
            EntityReferenceCollection references = new EntityReferenceCollection(list);

            list.Clear();

            Assert.Single(references);
        }
    }
}

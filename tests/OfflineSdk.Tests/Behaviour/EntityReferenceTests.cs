using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>
    /// EntityReference equality: LogicalName (ordinal) + Id (+ key attributes); Name is not part of it.
    /// Source: behaviour of the real Microsoft.Xrm.Sdk 9.0 as described by public sources found with the code search,
    /// and fake-xrm-easy issue #75 ("the Equals needs Id and LogicalName").
    /// </summary>
    public class EntityReferenceTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "EntityReference", PublicCode.XrmSdk + "EntityReference.cs")]
        public void References_with_the_same_logical_name_and_id_are_equal_whatever_their_name()
        {
            Guid id = Guid.NewGuid();
            EntityReference first = new EntityReference("account", id) { Name = "Contoso" };
            EntityReference second = new EntityReference("account", id) { Name = "Other" };

            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "EntityReference", PublicCode.XrmSdk + "EntityReference.cs")]
        public void Different_id_or_logical_name_makes_references_unequal()
        {
            Guid id = Guid.NewGuid();
            EntityReference account = new EntityReference("account", id);

            Assert.NotEqual(account, new EntityReference("account", Guid.NewGuid()));
            Assert.NotEqual(account, new EntityReference("contact", id));
            Assert.NotEqual(account, new EntityReference("Account", id));
            Assert.False(account.Equals(null));
            Assert.False(account.Equals(id));
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "EntityReference", PublicCode.XrmSdk + "EntityReference.cs")]
        public void Key_attributes_take_part_in_equality()
        {
            EntityReference first = new EntityReference("account", "accountnumber", "A-1");
            EntityReference same = new EntityReference("account", "accountnumber", "A-1");
            EntityReference other = new EntityReference("account", "accountnumber", "A-2");

            Assert.Equal(first, same);
            Assert.NotEqual(first, other);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "EntityReference", PublicCode.XrmSdk + "EntityReference.cs")]
        public void Equal_references_find_each_other_in_a_hash_set()
        {
            Guid id = Guid.NewGuid();
            HashSet<EntityReference> set = new HashSet<EntityReference> { new EntityReference("systemuser", id) };

            Assert.Contains(new EntityReference("systemuser", id), set);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "EntityReference", PublicCode.XrmSdk + "EntityReference.cs")]
        public void Default_reference_has_no_logical_name_and_an_empty_id()
        {
            EntityReference reference = new EntityReference();

            Assert.Null(reference.LogicalName);
            Assert.Equal(Guid.Empty, reference.Id);
            Assert.Equal(0, reference.GetHashCode());
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "EntityReference", PublicCode.XrmSdk + "EntityReference.cs")]
        public void A_key_attribute_with_a_null_value_cannot_be_hashed()
        {
            EntityReference reference = new EntityReference("account", "accountnumber", null);

            Assert.Throws<NullReferenceException>(() => reference.GetHashCode());
            Assert.Equal(reference, new EntityReference("account", "accountnumber", null));
        }
    }
}

using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Client;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>
    /// Entity as plug-in code sees it. Expected behaviour: learn.microsoft.com Entity.GetAttributeValue remarks
    /// (missing attribute -> default value, not an exception) and the behaviour of the real Microsoft.Xrm.Sdk 9.0
    /// described by public sources found with the code search (indexer reads Attributes, plain cast, TypeConverter fallback in TryGet).
    /// </summary>
    public class EntityTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DataCollection<TKey, TValue>", PublicCode.XrmSdk + "DataCollection%602.cs")]
        public void Indexer_on_a_missing_attribute_throws_KeyNotFoundException()
        {
            Entity account = new Entity("account");

            Assert.Throws<KeyNotFoundException>(() => account["name"]);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DataCollection<TKey, TValue>", PublicCode.XrmSdk + "DataCollection%602.cs")]
        public void Indexer_setter_adds_then_replaces_the_attribute()
        {
            Entity account = new Entity("account");

            account["name"] = "Contoso";
            account["name"] = "Fabrikam";

            Assert.Equal("Fabrikam", account["name"]);
            Assert.Single(account.Attributes);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DataCollection<TKey, TValue>", PublicCode.XrmSdk + "DataCollection%602.cs")]
        [BehaviourSource(PublicCode.XrmSdkTitle + "AttributeCollection", PublicCode.XrmSdk + "AttributeCollection.cs")]
        public void Attribute_names_are_case_sensitive()
        {
            Entity account = new Entity("account");
            account["name"] = "Contoso";

            Assert.False(account.Contains("Name"));
            Assert.Throws<KeyNotFoundException>(() => account["Name"]);
        }

        [Fact]
        [BehaviourSource("Entity.GetAttributeValue<T>(String) Method (Microsoft Learn)", "https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity.getattributevalue")]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void GetAttributeValue_of_a_missing_attribute_returns_the_default_of_T()
        {
            Entity account = new Entity("account");

            Assert.Null(account.GetAttributeValue<string>("name"));
            Assert.Null(account.GetAttributeValue<EntityReference>("primarycontactid"));
            Assert.Equal(0, account.GetAttributeValue<int>("numberofemployees"));
            Assert.Equal(Guid.Empty, account.GetAttributeValue<Guid>("accountid"));
            Assert.Null(account.GetAttributeValue<int?>("numberofemployees"));
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void GetAttributeValue_of_an_attribute_set_to_null_returns_the_default_of_T()
        {
            Entity account = new Entity("account");
            account["numberofemployees"] = null;

            Assert.Equal(0, account.GetAttributeValue<int>("numberofemployees"));
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void GetAttributeValue_with_the_wrong_type_throws_InvalidCastException()
        {
            Entity account = new Entity("account");
            account["numberofemployees"] = 12;
            account["name"] = "Contoso";

            Assert.Throws<InvalidCastException>(() => account.GetAttributeValue<string>("numberofemployees"));
            // A plain unboxing cast: no numeric widening either.
            Assert.Throws<InvalidCastException>(() => account.GetAttributeValue<long>("numberofemployees"));
            Assert.Throws<InvalidCastException>(() => account.GetAttributeValue<OptionSetValue>("name"));
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void GetAttributeValue_with_a_blank_name_throws_ArgumentNullException()
        {
            Entity account = new Entity("account");

            Assert.Throws<ArgumentNullException>(() => account.GetAttributeValue<string>(" "));
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void GetAttributeValue_returns_the_stored_instance()
        {
            OptionSetValue status = new OptionSetValue(1);
            Entity account = new Entity("account");
            account["statuscode"] = status;

            Assert.Same(status, account.GetAttributeValue<OptionSetValue>("statuscode"));
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void TryGetAttributeValue_is_false_for_a_missing_or_null_attribute()
        {
            Entity account = new Entity("account");
            account["description"] = null;

            Assert.False(account.TryGetAttributeValue("name", out string name));
            Assert.Null(name);
            Assert.False(account.TryGetAttributeValue("description", out string description));
            Assert.Null(description);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void TryGetAttributeValue_is_true_for_a_value_of_type_T()
        {
            Entity account = new Entity("account");
            account["name"] = "Contoso";

            Assert.True(account.TryGetAttributeValue("name", out string name));
            Assert.Equal("Contoso", name);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void TryGetAttributeValue_converts_through_the_type_converter_and_reports_failure_as_false()
        {
            Entity account = new Entity("account");
            account["numberofemployees"] = "42";
            account["name"] = "Contoso";

            Assert.True(account.TryGetAttributeValue("numberofemployees", out int employees));
            Assert.Equal(42, employees);
            Assert.False(account.TryGetAttributeValue("name", out int notANumber));
            Assert.Equal(0, notANumber);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void Contains_reports_attributes_including_those_set_to_null()
        {
            Entity account = new Entity("account");
            account["description"] = null;

            Assert.True(account.Contains("description"));
            Assert.False(account.Contains("name"));
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void Id_and_the_primary_key_attribute_are_independent()
        {
            Guid id = Guid.NewGuid();
            Entity account = new Entity("account", id);

            Assert.False(account.Contains("accountid"));

            Guid other = Guid.NewGuid();
            account["accountid"] = other;

            Assert.Equal(id, account.Id);
            Assert.Equal(other, account.GetAttributeValue<Guid>("accountid"));
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void Constructors_set_logical_name_id_and_key_attributes()
        {
            Entity byKey = new Entity("account", "accountnumber", "A-1");

            Assert.Equal("account", byKey.LogicalName);
            Assert.Equal(Guid.Empty, byKey.Id);
            Assert.Equal("A-1", byKey.KeyAttributes["accountnumber"]);
            Assert.Null(new Entity().LogicalName);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void Collections_are_never_null()
        {
            Entity entity = new Entity();

            Assert.NotNull(entity.Attributes);
            Assert.NotNull(entity.FormattedValues);
            Assert.NotNull(entity.RelatedEntities);
            Assert.NotNull(entity.KeyAttributes);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void ToEntityReference_carries_logical_name_id_and_row_version()
        {
            Guid id = Guid.NewGuid();
            Entity account = new Entity("account", id) { RowVersion = "42" };
            account["name"] = "Contoso";

            EntityReference reference = account.ToEntityReference();

            Assert.Equal("account", reference.LogicalName);
            Assert.Equal(id, reference.Id);
            Assert.Equal("42", reference.RowVersion);
            // The real SDK does not copy the primary name into EntityReference.Name.
            Assert.Null(reference.Name);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void ToEntity_of_Entity_is_a_shallow_copy_sharing_the_attributes()
        {
            Entity account = new Entity("account", Guid.NewGuid());
            account["name"] = "Contoso";

            Entity copy = account.ToEntity<Entity>();
            copy["name"] = "Fabrikam";

            Assert.NotSame(account, copy);
            Assert.Equal(account.Id, copy.Id);
            Assert.Equal("Fabrikam", account["name"]);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void ToEntity_of_an_early_bound_type_checks_its_logical_name()
        {
            Entity account = new Entity("account", Guid.NewGuid());
            account["name"] = "Contoso";

            EarlyBoundAccount typed = account.ToEntity<EarlyBoundAccount>();

            Assert.Equal("Contoso", typed["name"]);
            Assert.Equal(account.Id, typed.Id);
            Assert.Throws<NotSupportedException>(() => new Entity("contact").ToEntity<EarlyBoundAccount>());
            Assert.Throws<NotSupportedException>(() => new Entity().ToEntity<EarlyBoundAccount>());
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        public void EntityState_and_RowVersion_are_null_until_set()
        {
            Entity account = new Entity("account", Guid.NewGuid());

            Assert.Null(account.EntityState);
            Assert.Null(account.RowVersion);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Entity", PublicCode.XrmSdk + "Entity.cs")]
        [BehaviourSource(PublicCode.XrmSdkTitle + "EntityReference", PublicCode.XrmSdk + "EntityReference.cs")]
        public void The_key_attribute_collection_constructors_keep_the_given_collection()
        {
            KeyAttributeCollection keys = new KeyAttributeCollection { { "accountnumber", "A-1" } };

            Entity account = new Entity("account", keys);
            EntityReference reference = new EntityReference("account", keys);
            keys["accountnumber"] = "A-2";

            Assert.Same(keys, account.KeyAttributes);
            Assert.Same(keys, reference.KeyAttributes);
            Assert.Equal("A-2", account.KeyAttributes["accountnumber"]);
        }

        [EntityLogicalName("account")]
        public sealed class EarlyBoundAccount : Entity
        {
            public EarlyBoundAccount()
                : base("account")
            {
            }
        }
    }
}

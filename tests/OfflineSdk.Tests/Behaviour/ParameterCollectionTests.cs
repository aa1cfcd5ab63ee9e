using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>ParameterCollection (and through it DataCollection&lt;string, object&gt;): dictionary semantics.</summary>
    public class ParameterCollectionTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DataCollection<TKey, TValue>", PublicCode.XrmSdk + "DataCollection%602.cs")]
        public void Indexer_on_a_missing_key_throws_KeyNotFoundException()
        {
            ParameterCollection parameters = new ParameterCollection();

            Assert.Throws<KeyNotFoundException>(() => parameters["Target"]);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DataCollection<TKey, TValue>", PublicCode.XrmSdk + "DataCollection%602.cs")]
        public void Contains_and_TryGetValue_report_missing_keys_without_throwing()
        {
            ParameterCollection parameters = new ParameterCollection { { "Target", "x" } };

            Assert.True(parameters.Contains("Target"));
            Assert.True(parameters.ContainsKey("Target"));
            Assert.False(parameters.Contains("target"));
            Assert.False(parameters.TryGetValue("Other", out object value));
            Assert.Null(value);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DataCollection<TKey, TValue>", PublicCode.XrmSdk + "DataCollection%602.cs")]
        public void Add_of_an_existing_key_throws_but_the_indexer_replaces()
        {
            ParameterCollection parameters = new ParameterCollection();
            parameters.Add("Target", 1);

            Assert.Throws<ArgumentException>(() => parameters.Add("Target", 2));

            parameters["Target"] = 3;
            Assert.Equal(3, parameters["Target"]);
            Assert.Equal(1, parameters.Count);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "ParameterCollection", PublicCode.XrmSdk + "ParameterCollection.cs")]
        public void AddOrUpdateIfNotNull_ignores_null_and_otherwise_sets()
        {
            ParameterCollection parameters = new ParameterCollection();

            parameters.AddOrUpdateIfNotNull("A", null);
            parameters.AddOrUpdateIfNotNull("B", "first");
            parameters.AddOrUpdateIfNotNull("B", "second");

            Assert.False(parameters.Contains("A"));
            Assert.Equal("second", parameters["B"]);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DataCollection<TKey, TValue>", PublicCode.XrmSdk + "DataCollection%602.cs")]
        public void Remove_and_enumeration_work_on_the_pairs()
        {
            ParameterCollection parameters = new ParameterCollection { { "A", 1 }, { "B", 2 } };

            Assert.True(parameters.Remove("A"));
            Assert.False(parameters.Remove("A"));
            Assert.Equal(new[] { new KeyValuePair<string, object>("B", 2) }, parameters);
        }
    }
}

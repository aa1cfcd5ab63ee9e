using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>OptionSetValueCollection: the values of a multi-select choice column, copied from the list it is built from.</summary>
    public class OptionSetValueCollectionTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "OptionSetValueCollection", PublicCode.XrmSdk + "OptionSetValueCollection.cs")]
        [BehaviourSource(PublicCode.XrmSdkTitle + "DataCollection<T>", PublicCode.XrmSdk + "DataCollection%601.cs")]
        public void The_list_constructor_copies_the_list()
        {
            List<OptionSetValue> list = new List<OptionSetValue> { new OptionSetValue(1) };
            OptionSetValueCollection options = new OptionSetValueCollection(list);

            list.Add(new OptionSetValue(2));

            Assert.Equal(new[] { new OptionSetValue(1) }, options);
        }
    }
}

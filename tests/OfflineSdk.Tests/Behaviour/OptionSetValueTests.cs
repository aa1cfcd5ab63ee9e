using Microsoft.Xrm.Sdk;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>OptionSetValue is equal by Value (the real type overrides Equals/GetHashCode).</summary>
    public class OptionSetValueTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "OptionSetValue", PublicCode.XrmSdk + "OptionSetValue.cs")]
        public void Values_with_the_same_number_are_equal()
        {
            Assert.Equal(new OptionSetValue(100000001), new OptionSetValue(100000001));
            Assert.Equal(new OptionSetValue(7).GetHashCode(), new OptionSetValue(7).GetHashCode());
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "OptionSetValue", PublicCode.XrmSdk + "OptionSetValue.cs")]
        public void Values_with_different_numbers_or_types_are_not_equal()
        {
            Assert.NotEqual(new OptionSetValue(1), new OptionSetValue(2));
            Assert.False(new OptionSetValue(1).Equals(1));
            Assert.False(new OptionSetValue(1).Equals(new Money(1)));
        }
    }
}

using Microsoft.Xrm.Sdk;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>Money is equal by Value (the real type overrides Equals/GetHashCode).</summary>
    public class MoneyTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Money", PublicCode.XrmSdk + "Money.cs")]
        public void Amounts_with_the_same_value_are_equal()
        {
            Assert.Equal(new Money(12.50m), new Money(12.5m));
            Assert.Equal(new Money(12.50m).GetHashCode(), new Money(12.5m).GetHashCode());
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Money", PublicCode.XrmSdk + "Money.cs")]
        public void Different_amounts_are_not_equal()
        {
            Assert.NotEqual(new Money(1m), new Money(2m));
            Assert.False(new Money(1m).Equals(1m));
        }
    }
}

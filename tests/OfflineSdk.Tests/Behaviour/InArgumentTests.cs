using System.Activities;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>InArgument&lt;T&gt;: direction, type, and the constant given by constructor or implicit conversion.</summary>
    public class InArgumentTests
    {
        [Fact]
        [BehaviourSource("InArgument<T> Class (Microsoft Learn)", "https://learn.microsoft.com/dotnet/api/system.activities.inargument-1")]
        [BehaviourSource("Argument.UnspecifiedEvaluationOrder Field (Microsoft Learn)", "https://learn.microsoft.com/dotnet/api/system.activities.argument.unspecifiedevaluationorder")]
        public void Implicit_conversion_and_FromValue_make_input_arguments()
        {
            InArgument<string> implicitly = "x";
            InArgument<int> fromValue = InArgument<int>.FromValue(4);

            Assert.Equal(ArgumentDirection.In, implicitly.Direction);
            Assert.Equal(typeof(string), implicitly.ArgumentType);
            Assert.Equal(typeof(int), fromValue.ArgumentType);
            Assert.Equal(Argument.UnspecifiedEvaluationOrder, fromValue.EvaluationOrder);
        }
    }
}

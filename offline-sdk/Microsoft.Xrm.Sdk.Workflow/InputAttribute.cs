using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Publishes an InArgument property of a custom workflow activity as a step input.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    public sealed class InputAttribute : ParameterAttribute
    {
        public InputAttribute(string name)
            : base(name)
        {
        }
    }
}

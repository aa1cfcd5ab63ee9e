using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Publishes an OutArgument property of a custom workflow activity as a step output.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    public sealed class OutputAttribute : ParameterAttribute
    {
        public OutputAttribute(string name)
            : base(name)
        {
        }
    }
}

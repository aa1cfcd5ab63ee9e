using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Base of Input and Output: the label under which the process designer shows an argument.</summary>
    public abstract class ParameterAttribute : Attribute
    {
        protected ParameterAttribute(string name)
        {
            Name = name;
        }

        public string Name { get; }
    }
}

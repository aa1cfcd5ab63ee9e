using System;

namespace Microsoft.Xrm.Sdk.Client
{
    /// <summary>Marks an early-bound Entity subclass with the table it represents; Entity.ToEntity&lt;T&gt; checks it.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public sealed class EntityLogicalNameAttribute : Attribute
    {
        public EntityLogicalNameAttribute(string logicalName)
        {
            LogicalName = logicalName;
        }

        public string LogicalName { get; }
    }
}

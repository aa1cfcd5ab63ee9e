using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>The default value the designer offers for an input argument (with the table, for EntityReference inputs).</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    public sealed class DefaultAttribute : Attribute
    {
        public DefaultAttribute(string value)
        {
            Value = value;
        }

        public DefaultAttribute(string value, string entityName)
        {
            Value = value;
            EntityName = entityName;
        }

        public string Value { get; }

        public string EntityName { get; }
    }
}

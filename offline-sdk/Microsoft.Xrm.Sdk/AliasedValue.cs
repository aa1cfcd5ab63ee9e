using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// A column that a query returns from a linked table; the row carries it under "alias.column".
    /// Read-only once built, as in the real SDK (its properties have no public setters).
    /// </summary>
    public sealed class AliasedValue : IExtensibleDataObject
    {
        public AliasedValue()
        {
        }

        public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
        {
            EntityLogicalName = entityLogicalName;
            AttributeLogicalName = attributeLogicalName;
            Value = value;
        }

        public string AttributeLogicalName { get; private set; }

        public string EntityLogicalName { get; private set; }

        public object Value { get; private set; }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}

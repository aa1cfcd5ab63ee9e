using System.Collections;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>
    /// One test in a filter: attribute, operator, values (or, with CompareColumns, another column's name).
    /// EntityName names a link-entity alias when the condition sits in an outer filter.
    /// </summary>
    public sealed class ConditionExpression : IExtensibleDataObject
    {
        private readonly DataCollection<object> _values = new DataCollection<object>();

        public ConditionExpression()
        {
        }

        public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
            : this(null, attributeName, conditionOperator, false, new object[0])
        {
        }

        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
            : this(null, attributeName, conditionOperator, false, new object[] { value })
        {
        }

        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
            : this(null, attributeName, conditionOperator, false, values)
        {
        }

        // A collection (e.g. a List<Guid> for In) contributes its items, not itself.
        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
            : this(null, attributeName, conditionOperator, false, ToObjectArray(values))
        {
        }

        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
            : this(null, attributeName, conditionOperator, compareColumns, new object[] { value })
        {
        }

        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
            : this(null, attributeName, conditionOperator, compareColumns, values)
        {
        }

        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator)
            : this(entityName, attributeName, conditionOperator, false, new object[0])
        {
        }

        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, object value)
            : this(entityName, attributeName, conditionOperator, false, new object[] { value })
        {
        }

        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
            : this(entityName, attributeName, conditionOperator, false, values)
        {
        }

        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
            : this(entityName, attributeName, conditionOperator, compareColumns, new object[] { value })
        {
        }

        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        {
            EntityName = entityName;
            AttributeName = attributeName;
            Operator = conditionOperator;
            CompareColumns = compareColumns;
            _values.AddRange(values);
        }

        public string EntityName { get; set; }

        public string AttributeName { get; set; }

        public ConditionOperator Operator { get; set; }

        public bool CompareColumns { get; set; }

        public DataCollection<object> Values
        {
            get { return _values; }
        }

        public ExtensionDataObject ExtensionData { get; set; }

        private static object[] ToObjectArray(ICollection values)
        {
            if (values == null)
            {
                return new object[0];
            }

            object[] items = new object[values.Count];
            values.CopyTo(items, 0);
            return items;
        }
    }
}

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>How a FilterExpression combines its conditions.</summary>
    public enum LogicalOperator
    {
        And = 0,
        Or = 1,
    }
}

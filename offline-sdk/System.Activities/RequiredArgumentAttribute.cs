namespace System.Activities
{
    /// <summary>Marks an argument property that must be given a value (checked for root input arguments by WorkflowInvoker).</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class RequiredArgumentAttribute : Attribute
    {
        public RequiredArgumentAttribute()
        {
        }
    }
}

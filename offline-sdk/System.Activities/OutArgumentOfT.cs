namespace System.Activities
{
    /// <summary>A typed output; WorkflowInvoker returns its final value under the argument's property name.</summary>
    public sealed class OutArgument<T> : OutArgument
    {
        public OutArgument()
            : base(typeof(T))
        {
        }

        public new T Get(ActivityContext context)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            return context.GetValue(this);
        }

        public void Set(ActivityContext context, T value)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            context.SetValue(this, value);
        }
    }
}

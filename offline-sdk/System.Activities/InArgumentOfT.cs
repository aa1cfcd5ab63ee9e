namespace System.Activities
{
    /// <summary>
    /// A typed input. A value given when the activity is built (constructor or implicit conversion) is used
    /// unless the inputs passed to WorkflowInvoker supply one under the argument's property name.
    /// </summary>
    public sealed class InArgument<T> : InArgument
    {
        public InArgument()
            : base(typeof(T))
        {
        }

        public InArgument(T constValue)
            : base(typeof(T))
        {
            SetConstantValue(constValue);
        }

        public static implicit operator InArgument<T>(T constValue)
        {
            return FromValue(constValue);
        }

        public static InArgument<T> FromValue(T constValue)
        {
            return new InArgument<T>(constValue);
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

namespace System.Activities
{
    /// <summary>
    /// An activity's data slot. The argument object only names the slot (and may carry a constant);
    /// the value of a run lives in the ActivityContext.
    /// </summary>
    public abstract class Argument
    {
        public const string ResultValue = "Result";

        public static readonly int UnspecifiedEvaluationOrder = -1;

        private int _evaluationOrder = UnspecifiedEvaluationOrder;

        internal Argument(Type argumentType, ArgumentDirection direction)
        {
            ArgumentType = argumentType;
            Direction = direction;
        }

        public Type ArgumentType { get; internal set; }

        public ArgumentDirection Direction { get; internal set; }

        public int EvaluationOrder
        {
            get { return _evaluationOrder; }
            set
            {
                if (value < 0 && value != UnspecifiedEvaluationOrder)
                {
                    throw new ArgumentOutOfRangeException(nameof(value));
                }

                _evaluationOrder = value;
            }
        }

        /// <summary>True when the argument was given a constant (InArgument&lt;T&gt;(value) or an implicit conversion).</summary>
        internal bool HasConstantValue { get; private set; }

        internal object ConstantValue { get; private set; }

        public static Argument Create(Type type, ArgumentDirection direction)
        {
            if (type == null)
            {
                throw new ArgumentNullException(nameof(type));
            }

            Type open;
            switch (direction)
            {
                case ArgumentDirection.In:
                    open = typeof(InArgument<>);
                    break;
                case ArgumentDirection.Out:
                    open = typeof(OutArgument<>);
                    break;
                default:
                    throw new NotSupportedException("The offline System.Activities supports In and Out arguments only.");
            }

            return (Argument)Activator.CreateInstance(open.MakeGenericType(type));
        }

        public object Get(ActivityContext context)
        {
            return Get<object>(context);
        }

        public T Get<T>(ActivityContext context)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            return (T)context.GetValue(this);
        }

        public void Set(ActivityContext context, object value)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            context.SetValue(this, value);
        }

        internal void SetConstantValue(object value)
        {
            HasConstantValue = true;
            ConstantValue = value;
        }

        internal object DefaultValue()
        {
            return ArgumentType.IsValueType ? Activator.CreateInstance(ArgumentType) : null;
        }

        internal static bool IsAssignable(Type argumentType, object value)
        {
            if (value == null)
            {
                return !argumentType.IsValueType || Nullable.GetUnderlyingType(argumentType) != null;
            }

            return argumentType.IsInstanceOfType(value);
        }
    }
}

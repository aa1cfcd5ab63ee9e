namespace System.Activities
{
    /// <summary>An argument that carries data into an activity.</summary>
    public abstract class InArgument : Argument
    {
        internal InArgument(Type argumentType)
            : base(argumentType, ArgumentDirection.In)
        {
        }
    }
}

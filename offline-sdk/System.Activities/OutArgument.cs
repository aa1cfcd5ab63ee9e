namespace System.Activities
{
    /// <summary>An argument that carries data out of an activity.</summary>
    public abstract class OutArgument : Argument
    {
        internal OutArgument(Type argumentType)
            : base(argumentType, ArgumentDirection.Out)
        {
        }
    }
}

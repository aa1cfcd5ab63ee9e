namespace System.Activities
{
    /// <summary>Whether an argument carries data into an activity, out of it, or both.</summary>
    public enum ArgumentDirection
    {
        In = 0,
        Out = 1,
        InOut = 2,
    }
}

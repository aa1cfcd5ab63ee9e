namespace System.Activities
{
    /// <summary>An activity whose work is the synchronous Execute method (the base of Dataverse custom workflow activities).</summary>
    public abstract class CodeActivity : Activity
    {
        protected CodeActivity()
        {
        }

        protected abstract void Execute(CodeActivityContext context);

        internal override void RunBody(CodeActivityContext context)
        {
            Execute(context);
        }
    }
}

namespace System.Activities
{
    /// <summary>
    /// Base of every activity. This offline runtime (for tests on .NET, where System.Activities does not exist)
    /// runs only CodeActivity: enough for Dataverse custom workflow activities, which are CodeActivity subclasses.
    /// </summary>
    public abstract class Activity
    {
        private string _displayName;

        protected Activity()
        {
        }

        /// <summary>Defaults to the activity's type name, as in Windows Workflow Foundation.</summary>
        public string DisplayName
        {
            get { return _displayName ?? GetType().Name; }
            set { _displayName = value; }
        }

        internal virtual void RunBody(CodeActivityContext context)
        {
            throw new NotSupportedException(
                "The offline System.Activities runs CodeActivity only; " + GetType().FullName + " is not a CodeActivity.");
        }
    }
}

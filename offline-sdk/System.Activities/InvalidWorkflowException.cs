using System.Runtime.Serialization;

namespace System.Activities
{
    /// <summary>Thrown when a workflow definition is invalid (found when the workflow tree is processed, before it runs).</summary>
    [Serializable]
    public class InvalidWorkflowException : Exception
    {
        public InvalidWorkflowException()
        {
        }

        public InvalidWorkflowException(string message)
            : base(message)
        {
        }

        public InvalidWorkflowException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        protected InvalidWorkflowException(SerializationInfo info, StreamingContext context)
            : base(info, context)
        {
        }
    }
}

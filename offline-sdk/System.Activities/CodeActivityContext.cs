using System.Collections.Generic;

namespace System.Activities
{
    /// <summary>The context handed to CodeActivity.Execute.</summary>
    public class CodeActivityContext : ActivityContext
    {
        internal CodeActivityContext(Dictionary<Argument, object> values, IList<object> extensions, Guid workflowInstanceId)
            : base(values, extensions, workflowInstanceId)
        {
        }
    }
}

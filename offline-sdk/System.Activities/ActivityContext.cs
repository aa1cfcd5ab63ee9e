using System.Activities.Hosting;
using System.Collections.Generic;

namespace System.Activities
{
    /// <summary>
    /// What an executing activity sees of the runtime: its argument values and the host's extensions.
    /// Mirrors Windows Workflow Foundation where a test can tell:
    ///  - values live in the context, not in the argument objects (the same activity can run twice with different inputs);
    ///  - an argument that is not one of the executing activity's arguments cannot be read or written (InvalidOperationException);
    ///  - the context is only valid during Execute (ObjectDisposedException afterwards);
    ///  - GetExtension&lt;T&gt; returns the first registered extension assignable to T, or null.
    /// </summary>
    public class ActivityContext
    {
        private readonly Dictionary<Argument, object> _values;
        private readonly IList<object> _extensions;
        private bool _disposed;

        internal ActivityContext(Dictionary<Argument, object> values, IList<object> extensions, Guid workflowInstanceId)
        {
            _values = values;
            _extensions = extensions;
            WorkflowInstanceId = workflowInstanceId;
        }

        public Guid WorkflowInstanceId { get; }

        public T GetExtension<T>() where T : class
        {
            ThrowIfDisposed();
            foreach (object extension in _extensions)
            {
                T match = extension as T;
                if (match != null)
                {
                    return match;
                }
            }

            return null;
        }

        public T GetValue<T>(InArgument<T> argument)
        {
            return (T)ReadValue(argument);
        }

        public T GetValue<T>(OutArgument<T> argument)
        {
            return (T)ReadValue(argument);
        }

        public object GetValue(Argument argument)
        {
            return ReadValue(argument);
        }

        public void SetValue<T>(InArgument<T> argument, T value)
        {
            WriteValue(argument, value);
        }

        public void SetValue<T>(OutArgument<T> argument, T value)
        {
            WriteValue(argument, value);
        }

        public void SetValue(Argument argument, object value)
        {
            if (argument != null && !Argument.IsAssignable(argument.ArgumentType, value))
            {
                throw new ArgumentException(
                    "A value of type " + (value == null ? "null" : value.GetType().FullName) + " cannot be assigned to an argument of type " + argument.ArgumentType.FullName + ".",
                    nameof(value));
            }

            WriteValue(argument, value);
        }

        internal void Dispose()
        {
            _disposed = true;
        }

        private object ReadValue(Argument argument)
        {
            CheckArgument(argument);
            return _values[argument];
        }

        private void WriteValue(Argument argument, object value)
        {
            CheckArgument(argument);
            _values[argument] = value;
        }

        private void CheckArgument(Argument argument)
        {
            if (argument == null)
            {
                throw new ArgumentNullException(nameof(argument));
            }

            ThrowIfDisposed();
            if (!_values.ContainsKey(argument))
            {
                throw new InvalidOperationException(
                    "The argument is not declared by the executing activity, so it cannot be read or written through this context.");
            }
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(GetType().Name, "An activity context can only be used while its activity executes.");
            }
        }
    }
}

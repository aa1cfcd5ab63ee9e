using System.Activities.Hosting;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace System.Activities
{
    /// <summary>
    /// Runs an activity synchronously, like a method call: inputs in, outputs out.
    /// Behaviour mirrored from Windows Workflow Foundation (learn.microsoft.com WorkflowInvoker.Invoke; WF4 argument
    /// samples and Q&amp;A found with the search tool; root-argument validation in CoreWF, the MIT-licensed port of WF):
    ///  - the activity's arguments are its public properties of an InArgument&lt;T&gt;/OutArgument&lt;T&gt; type, named by property;
    ///    a null argument property is given an empty argument before the run;
    ///  - inputs are matched to input arguments by name (case-sensitive); a key that names no input argument, a value of the
    ///    wrong type, or a missing [RequiredArgument] input throws ArgumentException before anything runs
    ///    (required Out arguments are not checked for the root activity);
    ///  - an input not supplied takes the argument's constant value if it has one, else default(T); a constant of a reference
    ///    type other than string makes the workflow invalid (WF turns constants into Literal&lt;T&gt;, which only accepts value
    ///    types and string): InvalidWorkflowException, whatever the inputs;
    ///  - the result holds every output argument by name (default(T) if the activity did not set it);
    ///  - an exception thrown by the activity reaches the caller unchanged;
    ///  - extensions: GetExtension&lt;T&gt; sees the Extensions added here; the manager becomes read-only on the first run.
    /// </summary>
    public sealed class WorkflowInvoker
    {
        private readonly Activity _workflow;
        private readonly WorkflowInstanceExtensionManager _extensions = new WorkflowInstanceExtensionManager();

        public WorkflowInvoker(Activity workflow)
        {
            if (workflow == null)
            {
                throw new ArgumentNullException(nameof(workflow));
            }

            _workflow = workflow;
        }

        public WorkflowInstanceExtensionManager Extensions
        {
            get { return _extensions; }
        }

        public static IDictionary<string, object> Invoke(Activity workflow)
        {
            return Invoke(workflow, (IDictionary<string, object>)null);
        }

        public static IDictionary<string, object> Invoke(Activity workflow, IDictionary<string, object> inputs)
        {
            return new WorkflowInvoker(workflow).Invoke(inputs);
        }

        public IDictionary<string, object> Invoke()
        {
            return Invoke((IDictionary<string, object>)null);
        }

        public IDictionary<string, object> Invoke(IDictionary<string, object> inputs)
        {
            IList<ArgumentProperty> arguments = ArgumentProperty.Discover(_workflow);
            ThrowIfAnyConstantIsNotALiteral(arguments);
            Dictionary<Argument, object> values = BindArguments(arguments, inputs);

            _extensions.MakeReadOnly();
            CodeActivityContext context = new CodeActivityContext(values, _extensions.CreateInstanceExtensions(), Guid.NewGuid());
            try
            {
                _workflow.RunBody(context);
            }
            finally
            {
                context.Dispose();
            }

            Dictionary<string, object> outputs = new Dictionary<string, object>();
            foreach (ArgumentProperty output in arguments.Where(a => a.Argument.Direction == ArgumentDirection.Out))
            {
                outputs.Add(output.Name, values[output.Argument]);
            }

            return outputs;
        }

        private void ThrowIfAnyConstantIsNotALiteral(IList<ArgumentProperty> arguments)
        {
            List<string> errors = arguments
                .Where(a => a.Argument.HasConstantValue && !a.Argument.ArgumentType.IsValueType && a.Argument.ArgumentType != typeof(string))
                .Select(a => string.Format(CultureInfo.InvariantCulture,
                    "'{0}': a constant can only be given to an argument of a value type or string, not {1}; pass the value in the inputs instead.",
                    a.Name, a.Argument.ArgumentType.FullName))
                .ToList();
            if (errors.Count > 0)
            {
                throw new InvalidWorkflowException(string.Format(CultureInfo.InvariantCulture,
                    "The workflow tree of '{0}' is invalid: {1}", _workflow.DisplayName, string.Join(" ", errors)));
            }
        }

        private Dictionary<Argument, object> BindArguments(IList<ArgumentProperty> arguments, IDictionary<string, object> suppliedInputs)
        {
            IDictionary<string, object> inputs = suppliedInputs ?? new Dictionary<string, object>();
            List<string> errors = new List<string>();

            List<string> unknownKeys = inputs.Keys
                .Where(key => !arguments.Any(a => a.Argument.Direction == ArgumentDirection.In && a.Name == key))
                .ToList();
            if (unknownKeys.Count > 0)
            {
                errors.Add("These input keys name no input argument of the activity (argument names are case-sensitive): "
                    + string.Join(", ", unknownKeys) + ".");
            }

            Dictionary<Argument, object> values = new Dictionary<Argument, object>();
            foreach (ArgumentProperty property in arguments)
            {
                Argument argument = property.Argument;
                object value;
                if (argument.Direction == ArgumentDirection.In && inputs.TryGetValue(property.Name, out value))
                {
                    if (!Argument.IsAssignable(argument.ArgumentType, value))
                    {
                        errors.Add(string.Format(CultureInfo.InvariantCulture,
                            "The input '{0}' must be of type {1}.", property.Name, argument.ArgumentType.FullName));
                    }
                }
                else if (argument.HasConstantValue)
                {
                    value = argument.ConstantValue;
                }
                else
                {
                    if (argument.Direction == ArgumentDirection.In && property.IsRequired)
                    {
                        errors.Add(string.Format(CultureInfo.InvariantCulture,
                            "No value was supplied for the required input argument '{0}'.", property.Name));
                    }

                    value = argument.DefaultValue();
                }

                values[argument] = value;
            }

            if (errors.Count > 0)
            {
                // Parameter names as in WF's root-argument validation (CoreWF, the open-source port): "program" without inputs.
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "The inputs do not satisfy the arguments of the activity '{0}': {1}", _workflow.DisplayName, string.Join(" ", errors)),
                    suppliedInputs == null ? "program" : "rootArgumentValues");
            }

            return values;
        }

        /// <summary>One argument of an activity: the public property that holds it, and the argument object itself.</summary>
        private sealed class ArgumentProperty
        {
            private ArgumentProperty(string name, Argument argument, bool isRequired)
            {
                Name = name;
                Argument = argument;
                IsRequired = isRequired;
            }

            internal string Name { get; }

            internal Argument Argument { get; }

            internal bool IsRequired { get; }

            internal static IList<ArgumentProperty> Discover(Activity activity)
            {
                List<ArgumentProperty> found = new List<ArgumentProperty>();
                foreach (PropertyInfo property in activity.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    Type argumentType = GetArgumentValueType(property.PropertyType);
                    if (argumentType == null || !property.CanRead || property.GetIndexParameters().Length > 0)
                    {
                        continue;
                    }

                    Argument argument = (Argument)property.GetValue(activity);
                    if (argument == null)
                    {
                        // Like the real runtime, give an unset argument property an empty binding so the activity can use it.
                        argument = Argument.Create(argumentType, DirectionOf(property.PropertyType));
                        if (property.CanWrite)
                        {
                            property.SetValue(activity, argument);
                        }
                    }

                    found.Add(new ArgumentProperty(property.Name, argument, property.IsDefined(typeof(RequiredArgumentAttribute), true)));
                }

                return found;
            }

            private static Type GetArgumentValueType(Type propertyType)
            {
                if (!propertyType.IsGenericType)
                {
                    return null;
                }

                Type definition = propertyType.GetGenericTypeDefinition();
                return definition == typeof(InArgument<>) || definition == typeof(OutArgument<>)
                    ? propertyType.GetGenericArguments()[0]
                    : null;
            }

            private static ArgumentDirection DirectionOf(Type propertyType)
            {
                return propertyType.GetGenericTypeDefinition() == typeof(InArgument<>) ? ArgumentDirection.In : ArgumentDirection.Out;
            }
        }
    }
}

using System;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;

namespace ServiceUsers.Plugins.Infrastructure
{
    /// <summary>
    /// Typed, checked access to the request's input parameters. The platform type-checks custom API parameters
    /// before we run, but the same plug-in can be reached by other routes (a registered step, a test, a future
    /// parameter change), so a value of the wrong type becomes our own error naming the parameter, never an
    /// InvalidCastException.
    /// </summary>
    public sealed class TypedInputs
    {
        private readonly ParameterCollection _parameters;

        public TypedInputs(ParameterCollection parameters)
        {
            _parameters = parameters ?? new ParameterCollection();
        }

        /// <summary>The string value, or null when the parameter is absent or null.</summary>
        public string OptionalString(string name) => Optional<string>(name, "text");

        /// <summary>The Guid value, or null when the parameter is absent or null.</summary>
        public Guid? OptionalGuid(string name) => Optional<Guid?>(name, "a GUID");

        /// <summary>The Boolean value, or null when the parameter is absent or null.</summary>
        public bool? OptionalBoolean(string name) => Optional<bool?>(name, "true or false");

        /// <summary>The reference, or null when the parameter is absent or null.</summary>
        public EntityReference OptionalEntityReference(string name) => Optional<EntityReference>(name, "a record reference");

        private T Optional<T>(string name, string expected)
        {
            if (!_parameters.TryGetValue(name, out object value) || value == null)
            {
                return default(T);
            }

            if (value is T typed)
            {
                return typed;
            }

            throw ServiceUserError.Create(
                ServiceUserErrorCode.ParameterTypeInvalid,
                name,
                $"Expected {expected} but received a value of type {value.GetType().Name}. Pass the parameter as {expected}.");
        }
    }
}

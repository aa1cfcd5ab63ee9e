using System;
using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>
    /// The platform's type check of a custom API call against the API's definition, before the plug-in runs: every
    /// parameter must be defined (names as defined; a bound API also takes Target), required ones must be present
    /// and not null, and each value must be of the parameter type's SDK type (an int is not a Picklist, which is an
    /// OptionSetValue). Faults use InvalidArgument (code chosen). The plug-in receives copies of the values.
    /// </summary>
    internal static class CustomApiParameterValidator
    {
        public const string TargetParameter = "Target";

        public static ParameterCollection Validate(CustomApiDefinition api, OrganizationRequest request)
        {
            var inputs = new ParameterCollection();
            foreach (var parameter in request.Parameters)
            {
                var definition = api.RequestParameters.FirstOrDefault(p => p.UniqueName == parameter.Key);
                if (definition == null && !(parameter.Key == TargetParameter && api.BindingType == CustomApiBindingType.Entity))
                {
                    throw PlatformFault.InvalidArgument(
                        $"The request '{api.UniqueName}' has no parameter named '{parameter.Key}'. Its parameters are: {string.Join(", ", api.RequestParameters.Select(p => p.UniqueName))}.");
                }

                var expected = definition == null ? typeof(EntityReference) : CustomApiFieldTypes.ClrType(definition.Type);
                if (parameter.Value != null && !expected.IsInstanceOfType(parameter.Value))
                {
                    throw PlatformFault.InvalidArgument(
                        $"The parameter '{parameter.Key}' of request '{api.UniqueName}' must be of type {expected.FullName}, not {parameter.Value.GetType().FullName}.");
                }

                if (definition?.LogicalEntityName != null && parameter.Value is EntityReference reference && reference.LogicalName != definition.LogicalEntityName)
                {
                    throw PlatformFault.InvalidArgument(
                        $"The parameter '{parameter.Key}' of request '{api.UniqueName}' must reference a '{definition.LogicalEntityName}' row, not '{reference.LogicalName}'.");
                }

                inputs[parameter.Key] = AttributeValues.Copy(parameter.Value);
            }

            foreach (var required in api.RequestParameters.Where(p => !p.IsOptional))
            {
                if (!request.Parameters.TryGetValue(required.UniqueName, out var value) || value == null)
                {
                    throw PlatformFault.InvalidArgument($"The request '{api.UniqueName}' is missing the required parameter '{required.UniqueName}' ({required.Type}).");
                }
            }

            if (api.BindingType == CustomApiBindingType.Entity && !(request.Parameters.TryGetValue(TargetParameter, out var target) && target is EntityReference))
            {
                throw PlatformFault.InvalidArgument($"The bound request '{api.UniqueName}' needs a Target (EntityReference to {api.BoundEntityLogicalName}).");
            }

            return inputs;
        }
    }
}

using System;
using System.Collections.Generic;
using Dataverse.TestKit.Pipeline;

namespace Dataverse.TestKit
{
    /// <summary>
    /// A custom API as Dataverse stores it (customapi plus its request parameters and response properties), to register
    /// with <see cref="InMemoryOrganization.RegisterCustomApi"/>. Build it in code or read it from an unpacked solution.
    /// </summary>
    public sealed class CustomApiDefinition
    {
        public CustomApiDefinition(string uniqueName)
        {
            if (string.IsNullOrWhiteSpace(uniqueName))
            {
                throw new ArgumentException("A custom API needs a unique name.", nameof(uniqueName));
            }

            UniqueName = uniqueName;
        }

        /// <summary>The message name callers use (customapi.uniquename).</summary>
        public string UniqueName { get; }

        public string Name { get; set; }

        /// <summary>A privilege the caller must hold (at any depth) to call the API; null or empty for none.</summary>
        public string ExecutePrivilegeName { get; set; }

        public bool IsFunction { get; set; }

        public CustomApiBindingType BindingType { get; set; }

        public string BoundEntityLogicalName { get; set; }

        public bool IsPrivate { get; set; }

        /// <summary>Enabled for workflow: then not a function and no Entity, EntityCollection or StringArray fields.</summary>
        public bool WorkflowSdkStepEnabled { get; set; }

        /// <summary>0 None, 1 Async only, 2 Sync and async.</summary>
        public int AllowedCustomProcessingStepType { get; set; }

        /// <summary>The plugintypeid (or plugintypeexportkey) the solution names, when read from one.</summary>
        public Guid? PluginTypeId { get; set; }

        public IList<CustomApiRequestParameter> RequestParameters { get; } = new List<CustomApiRequestParameter>();

        public IList<CustomApiResponseProperty> ResponseProperties { get; } = new List<CustomApiResponseProperty>();

        public CustomApiDefinition WithRequestParameter(string uniqueName, CustomApiFieldType type, bool isOptional = false, string logicalEntityName = null)
        {
            RequestParameters.Add(new CustomApiRequestParameter(uniqueName, type, isOptional, logicalEntityName));
            return this;
        }

        public CustomApiDefinition WithResponseProperty(string uniqueName, CustomApiFieldType type, string logicalEntityName = null)
        {
            ResponseProperties.Add(new CustomApiResponseProperty(uniqueName, type, logicalEntityName));
            return this;
        }

        /// <summary>
        /// Reads <c>customapis/&lt;uniqueName&gt;/customapi.xml</c> and its <c>customapirequestparameters/*/customapirequestparameter.xml</c>
        /// and <c>customapiresponseproperties/*/customapiresponseproperty.xml</c> from an unpacked solution folder
        /// (the layout SolutionPackager and Dataverse exports use).
        /// </summary>
        public static CustomApiDefinition LoadFromUnpackedSolution(string solutionFolder, string uniqueName) =>
            UnpackedSolutionReader.Read(solutionFolder, uniqueName);

        public override string ToString() => UniqueName;

        /// <summary>A copy, so that changing a definition after registration does not change the registered API.</summary>
        internal CustomApiDefinition Copy()
        {
            var copy = new CustomApiDefinition(UniqueName)
            {
                Name = Name,
                ExecutePrivilegeName = ExecutePrivilegeName,
                IsFunction = IsFunction,
                BindingType = BindingType,
                BoundEntityLogicalName = BoundEntityLogicalName,
                IsPrivate = IsPrivate,
                WorkflowSdkStepEnabled = WorkflowSdkStepEnabled,
                AllowedCustomProcessingStepType = AllowedCustomProcessingStepType,
                PluginTypeId = PluginTypeId,
            };
            foreach (var parameter in RequestParameters)
            {
                copy.RequestParameters.Add(parameter);
            }

            foreach (var property in ResponseProperties)
            {
                copy.ResponseProperties.Add(property);
            }

            return copy;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Security;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>
    /// What Dataverse refuses when a custom API is created (customapi table docs), checked at registration so that a
    /// definition the platform would reject fails the test first: the execute privilege must exist; a bound API names
    /// its table; a function returns something; a workflow-enabled API is not a function, has no Entity /
    /// EntityCollection / StringArray fields and uses EntityReference only when bound; names are unique.
    /// </summary>
    internal static class CustomApiDefinitionRules
    {
        public static void Validate(CustomApiDefinition api, PrivilegeCatalogue privileges, MetadataCatalogue metadata)
        {
            var problems = new List<string>();
            if (!string.IsNullOrEmpty(api.ExecutePrivilegeName) && privileges.Find(api.ExecutePrivilegeName) == null)
            {
                problems.Add($"executeprivilegename '{api.ExecutePrivilegeName}' is not a privilege of the organization (custom privileges cannot be created; use an existing one such as prvCreateUser)");
            }

            if (api.BindingType != CustomApiBindingType.Global && string.IsNullOrEmpty(api.BoundEntityLogicalName))
            {
                problems.Add("a bound API needs boundentitylogicalname");
            }

            if (api.BindingType != CustomApiBindingType.Global && !string.IsNullOrEmpty(api.BoundEntityLogicalName) && metadata.Find(api.BoundEntityLogicalName) == null)
            {
                problems.Add($"boundentitylogicalname '{api.BoundEntityLogicalName}' is not a table of the organization");
            }

            if (api.IsFunction && api.ResponseProperties.Count == 0)
            {
                problems.Add("a function must have at least one response property");
            }

            if (api.WorkflowSdkStepEnabled)
            {
                if (api.IsFunction)
                {
                    problems.Add("a workflow-enabled API cannot be a function");
                }

                var fields = api.RequestParameters.Select(p => (p.UniqueName, p.Type)).Concat(api.ResponseProperties.Select(p => (p.UniqueName, p.Type)));
                foreach (var (name, type) in fields)
                {
                    if (type == CustomApiFieldType.Entity || type == CustomApiFieldType.EntityCollection || type == CustomApiFieldType.StringArray)
                    {
                        problems.Add($"'{name}': a workflow-enabled API cannot use {type}");
                    }

                    if (type == CustomApiFieldType.EntityReference && api.BindingType != CustomApiBindingType.Entity)
                    {
                        problems.Add($"'{name}': a workflow-enabled API can use EntityReference only when bound to a table");
                    }
                }
            }

            foreach (var duplicate in api.RequestParameters.GroupBy(p => p.UniqueName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                problems.Add($"request parameter '{duplicate.Key}' is defined twice");
            }

            foreach (var duplicate in api.ResponseProperties.GroupBy(p => p.UniqueName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                problems.Add($"response property '{duplicate.Key}' is defined twice");
            }

            if (problems.Count > 0)
            {
                throw new ArgumentException($"Dataverse would not accept the custom API '{api.UniqueName}': {string.Join("; ", problems)}.", nameof(api));
            }
        }
    }
}

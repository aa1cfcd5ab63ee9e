using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SolutionZip.BuildOutputs;
using SolutionZip.Composition;
using SolutionZip.Unpacked;

namespace SolutionZip.Validation
{
    /// <summary>
    /// Everything in the solution must agree before it is packed: Dataverse resolves the references by id and
    /// name at import, and a mismatch there surfaces as a failed (or worse, half-wired) import on a customer's
    /// environment instead of a failed build here. Every problem is reported, not just the first.
    /// </summary>
    public static class SolutionConsistency
    {
        private const int PluginAssemblyComponent = 91;
        private const int WebResourceComponent = 61;
        private const int EntityComponent = 1;
        private const int RoleComponent = 20;
        private const int ViewComponent = 26;

        /// <summary>Root component behavior: 0 the component with everything in it, 2 a table's shell (only the parts listed).</summary>
        private const string WholeComponent = "0";
        private const string ShellOnly = "2";

        /// <summary>Web resource types by file extension (webresourcetype choice: 1 HTML, 2 CSS, 3 JScript, …).</summary>
        private static readonly IReadOnlyDictionary<string, int> WebResourceTypes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["htm"] = 1, ["html"] = 1, ["css"] = 2, ["js"] = 3, ["xml"] = 4, ["png"] = 5, ["jpg"] = 6, ["jpeg"] = 6,
            ["gif"] = 7, ["xap"] = 8, ["xsl"] = 9, ["xslt"] = 9, ["ico"] = 10, ["svg"] = 11, ["resx"] = 12,
        };

        public static void Verify(UnpackedSolution solution, BuildInputs inputs)
        {
            var problems = new List<string>();
            CheckManifest(solution, problems);
            CheckPlaceholders(solution, problems);
            foreach (var assembly in solution.PluginAssemblies)
            {
                CheckPluginAssembly(assembly, inputs.Assemblies[assembly.Id], problems);
            }

            CheckUniqueIds(solution, problems);
            foreach (var webResource in solution.WebResources)
            {
                CheckWebResource(solution, webResource, problems);
            }

            CheckRootComponents(solution, problems);
            CheckCustomApis(solution, problems);
            TableAndRoleConsistency.Check(solution, problems);
            if (problems.Count > 0)
            {
                throw new SolutionPackException(problems);
            }
        }

        private static void CheckManifest(UnpackedSolution solution, List<string> problems)
        {
            var where = UnpackedLayout.SolutionManifestPath;
            if (solution.Manifest == null)
            {
                problems.Add($"{where} has no <SolutionManifest>.");
                return;
            }

            if (string.IsNullOrEmpty(solution.UniqueName))
            {
                problems.Add($"{where} has no <UniqueName>.");
            }

            if (!System.Version.TryParse(solution.Version, out _))
            {
                problems.Add($"{where}: <Version> '{solution.Version}' is not a version such as 1.0.0.0.");
            }

            if (solution.Manifest.Element("Managed") == null)
            {
                problems.Add($"{where} has no <Managed> element for the packer to set.");
            }

            if (string.IsNullOrEmpty(solution.CustomizationPrefix))
            {
                problems.Add($"{where}: the publisher has no <CustomizationPrefix>.");
            }
        }

        /// <summary>The pack fills placeholders; it never invents one, because only their place keeps the XSD order.</summary>
        private static void CheckPlaceholders(UnpackedSolution solution, List<string> problems)
        {
            CheckPlaceholder(solution, "SolutionPluginAssemblies", solution.PluginAssemblies.Count, problems);
            CheckPlaceholder(solution, "WebResources", solution.WebResources.Count, problems);
            CheckPlaceholder(solution, "Entities", solution.Entities.Count, problems);
            CheckPlaceholder(solution, "Roles", solution.Roles.Count, problems);
            CheckPlaceholder(solution, "EntityRelationships", solution.Relationships.Count, problems);
        }

        private static void CheckPlaceholder(UnpackedSolution solution, string name, int components, List<string> problems)
        {
            var placeholder = solution.Customizations.Root.Element(name);
            if (placeholder == null && components > 0)
            {
                problems.Add($"{UnpackedLayout.CustomizationsPath} needs an empty <{name} /> (where SolutionPackager puts it) for the {components} component(s) to go into.");
            }
            else if (placeholder != null && placeholder.HasElements)
            {
                problems.Add($"{UnpackedLayout.CustomizationsPath}: <{name}> must be empty in the unpacked solution; each component belongs in its own .data.xml file.");
            }
        }

        private static void CheckPluginAssembly(PluginAssemblyData assembly, BuiltAssembly built, List<string> problems)
        {
            var where = assembly.DataFilePath;
            if (!string.Equals(assembly.FullName, built.FullName, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{where}: FullName is '{assembly.FullName}' but the built DLL is '{built.FullName}'. Update the .data.xml, the type-91 RootComponent in {UnpackedLayout.SolutionManifestPath} and the AssemblyQualifiedNames.");
            }

            if (!built.IsStrongNameSigned)
            {
                problems.Add($"{where}: the built {built.Name}.dll is not strong-name signed; Dataverse accepts only signed plug-in assemblies.");
            }

            var expectedFile = "/" + ZipPartNames.PluginAssembly(built.Name, assembly.Id);
            if (!string.Equals(assembly.FileName, expectedFile, StringComparison.Ordinal))
            {
                problems.Add($"{where}: FileName is '{assembly.FileName}' but Dataverse names this assembly's part '{expectedFile}'.");
            }

            if (!string.Equals(assembly.DataFilePath, assembly.FilePath + UnpackedLayout.DataFileSuffix, StringComparison.Ordinal))
            {
                problems.Add($"{where} must sit beside the DLL it describes, as {assembly.FilePath}{UnpackedLayout.DataFileSuffix}.");
            }

            foreach (var type in assembly.PluginTypes)
            {
                var expectedName = $"{type.TypeName}, {assembly.FullName}";
                if (!string.Equals(type.AssemblyQualifiedName, expectedName, StringComparison.Ordinal))
                {
                    problems.Add($"{where}: plugin type {type.Id} has AssemblyQualifiedName '{type.AssemblyQualifiedName}', expected '{expectedName}'.");
                }

                if (!built.TypeNames.Contains(type.TypeName))
                {
                    problems.Add($"{where}: plugin type {type.Id} names {type.TypeName}, which the built {built.Name}.dll does not define as a public type.");
                }
            }
        }

        private static void CheckUniqueIds(UnpackedSolution solution, List<string> problems)
        {
            var ids = solution.PluginAssemblies.Select(assembly => (assembly.Id, assembly.DataFilePath))
                .Concat(solution.PluginAssemblies.SelectMany(assembly => assembly.PluginTypes.Select(type => (type.Id, assembly.DataFilePath))))
                .Concat(solution.WebResources.Select(webResource => (webResource.Id, webResource.DataFilePath)));
            foreach (var duplicate in ids.GroupBy(item => item.Id).Where(group => group.Count() > 1))
            {
                problems.Add($"Id {duplicate.Key} is used more than once ({string.Join(", ", duplicate.Select(item => item.DataFilePath).Distinct())}).");
            }

            foreach (var duplicate in solution.WebResources.GroupBy(webResource => webResource.Name, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1))
            {
                problems.Add($"Web resource name {duplicate.Key} is used more than once.");
            }
        }

        private static void CheckWebResource(UnpackedSolution solution, WebResourceData webResource, List<string> problems)
        {
            var where = webResource.DataFilePath;
            var expectedFile = "/" + UnpackedLayout.WebResourcesFolder + "/" + webResource.Name;
            if (!string.Equals(webResource.FileName, expectedFile, StringComparison.Ordinal))
            {
                problems.Add($"{where}: FileName is '{webResource.FileName}'; SolutionPackager keeps web resource {webResource.Name} at '{expectedFile}'.");
            }

            if (!string.Equals(where, webResource.FilePath + UnpackedLayout.DataFileSuffix, StringComparison.Ordinal))
            {
                problems.Add($"{where} must sit where the file it describes goes, as {webResource.FilePath}{UnpackedLayout.DataFileSuffix}.");
            }

            if (!webResource.Name.StartsWith(solution.CustomizationPrefix + "_", StringComparison.Ordinal))
            {
                problems.Add($"{where}: web resource {webResource.Name} does not start with the publisher's prefix '{solution.CustomizationPrefix}_'.");
            }

            var extension = Path.GetExtension(webResource.Name).TrimStart('.');
            if (WebResourceTypes.TryGetValue(extension, out var expectedType) && expectedType != webResource.WebResourceType)
            {
                problems.Add($"{where}: WebResourceType is {webResource.WebResourceType}, but a .{extension} file is type {expectedType}.");
            }
        }

        /// <summary>
        /// The assemblies (type 91), web resources (type 61), tables (type 1, by logical name: custom tables whole,
        /// behavior 0; system tables as shells, behavior 2), the views added to those shells (type 26, by id) and security
        /// roles (type 20, by id) are the solution's root components, and nothing else is: exports carrying custom APIs list
        /// no root component for them, and a custom table's forms, views and relationships travel with it.
        /// </summary>
        private static void CheckRootComponents(UnpackedSolution solution, List<string> problems)
        {
            var where = UnpackedLayout.SolutionManifestPath;
            var roots = solution.Manifest?.Element("RootComponents")?.Elements("RootComponent").ToList() ?? new List<XElement>();

            var expectedAssemblies = solution.PluginAssemblies.Select(assembly => $"{{{assembly.Id:D}}} {assembly.FullName}");
            var actualAssemblies = roots.Where(root => (int?)root.Attribute("type") == PluginAssemblyComponent)
                .Select(root => $"{(string)root.Attribute("id")} {(string)root.Attribute("schemaName")}");
            ReportDifference(where, "type-91 (plugin assembly) root component", expectedAssemblies, actualAssemblies, problems);

            var expectedWebResources = solution.WebResources.Select(webResource => webResource.Name);
            var actualWebResources = roots.Where(root => (int?)root.Attribute("type") == WebResourceComponent)
                .Select(root => (string)root.Attribute("schemaName"));
            ReportDifference(where, "type-61 (web resource) root component", expectedWebResources, actualWebResources, problems);

            var expectedTables = solution.Entities.Select(entity => $"{entity.LogicalName} behavior {(entity.IsSystemTableShell ? ShellOnly : WholeComponent)}");
            var actualTables = roots.Where(root => (int?)root.Attribute("type") == EntityComponent)
                .Select(root => $"{(string)root.Attribute("schemaName")} behavior {(string)root.Attribute("behavior")}");
            ReportDifference(where, "type-1 (table) root component", expectedTables, actualTables, problems);

            var expectedRoles = solution.Roles.Select(role => $"{{{role.Id:D}}}");
            var actualRoles = roots.Where(root => (int?)root.Attribute("type") == RoleComponent).Select(root => (string)root.Attribute("id"));
            ReportDifference(where, "type-20 (security role) root component", expectedRoles, actualRoles, problems);

            // A custom table's views travel with it; a view added to a system table's shell is listed by id, as forms
            // added to shells are in exports.
            var expectedViews = solution.Entities.Where(entity => entity.IsSystemTableShell).SelectMany(entity => entity.Views).Select(view => $"{{{view.Id:D}}} behavior {WholeComponent}");
            var actualViews = roots.Where(root => (int?)root.Attribute("type") == ViewComponent)
                .Select(root => $"{(string)root.Attribute("id")} behavior {(string)root.Attribute("behavior")}");
            ReportDifference(where, "type-26 (view) root component", expectedViews, actualViews, problems);

            var packedTypes = new int?[] { PluginAssemblyComponent, WebResourceComponent, EntityComponent, RoleComponent, ViewComponent };
            foreach (var other in roots.Where(root => !packedTypes.Contains((int?)root.Attribute("type"))))
            {
                problems.Add($"{where}: root component type {(string)other.Attribute("type")} ({(string)other.Attribute("schemaName") ?? (string)other.Attribute("id")}) is not packed by SolutionZip.");
            }
        }

        private static void ReportDifference(string where, string what, IEnumerable<string> expected, IEnumerable<string> actual, List<string> problems)
        {
            var expectedSet = expected.ToList();
            var actualSet = actual.ToList();
            foreach (var missing in expectedSet.Except(actualSet, StringComparer.Ordinal))
            {
                problems.Add($"{where} lacks the {what} '{missing}'.");
            }

            foreach (var extra in actualSet.Except(expectedSet, StringComparer.Ordinal))
            {
                problems.Add($"{where} has a {what} '{extra}' that no unpacked component file describes.");
            }
        }

        private static void CheckCustomApis(UnpackedSolution solution, List<string> problems)
        {
            var pluginTypeIds = solution.PluginAssemblies.SelectMany(assembly => assembly.PluginTypes).Select(type => type.Id).ToHashSet();
            foreach (var file in solution.CustomApiFiles)
            {
                var segments = file.RelativePath.Split('/');
                var uniqueName = (string)file.Content.Root.Attribute("uniquename");
                var folder = segments.Length >= 2 ? segments[segments.Length - 2] : null;
                if (!string.Equals(uniqueName, folder, StringComparison.Ordinal))
                {
                    problems.Add($"{file.RelativePath}: uniquename '{uniqueName}' must equal its folder name '{folder}'.");
                }

                if (!file.IsCustomApiDefinition)
                {
                    continue;
                }

                if (!(uniqueName ?? string.Empty).StartsWith(solution.CustomizationPrefix + "_", StringComparison.Ordinal))
                {
                    problems.Add($"{file.RelativePath}: custom API {uniqueName} does not start with the publisher's prefix '{solution.CustomizationPrefix}_'.");
                }

                // Both forms come from real exports: <plugintypeexportkey> (newer) and <plugintypeid> (older).
                var reference = file.Content.Root.Element("plugintypeid")?.Elements().FirstOrDefault();
                if (reference == null)
                {
                    continue;
                }

                if (!Guid.TryParse(reference.Value, out var pluginTypeId) || !pluginTypeIds.Contains(pluginTypeId))
                {
                    problems.Add($"{file.RelativePath}: <plugintypeid> refers to plugin type '{reference.Value}', which no PluginAssemblies/…/.data.xml defines.");
                }
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SolutionZip.Unpacked;

namespace SolutionZip.Validation
{
    /// <summary>
    /// Tables, their forms and views, their relationships and the security roles must agree with the file layout
    /// SolutionPackager writes and with each other: the importer matches them by name and id, and a file that names
    /// one thing and holds another would import under the wrong identity.
    /// </summary>
    internal static class TableAndRoleConsistency
    {
        private static readonly string[] EntityPlaceholders = { "FormXml", "SavedQueries", "RibbonDiffXml" };

        public static void Check(UnpackedSolution solution, List<string> problems)
        {
            foreach (var entity in solution.Entities)
            {
                CheckEntity(solution, entity, problems);
            }

            foreach (var role in solution.Roles)
            {
                CheckRole(role, problems);
            }

            CheckUniqueIds(solution, problems);
            CheckRelationships(solution, problems);
        }

        private static void CheckEntity(UnpackedSolution solution, EntityData entity, List<string> problems)
        {
            var where = entity.EntityFilePath;
            if (!string.Equals(entity.Folder, UnpackedLayout.EntitiesFolder + "/" + entity.SchemaName, StringComparison.Ordinal))
            {
                problems.Add($"{where}: table {entity.SchemaName} must sit in {UnpackedLayout.EntitiesFolder}/{entity.SchemaName}/, named after its schema name.");
            }

            if (!string.Equals((string)entity.Element.Element("EntityInfo")?.Element("entity")?.Attribute("Name"), entity.SchemaName, StringComparison.Ordinal))
            {
                problems.Add($"{where}: <EntityInfo><entity Name> must repeat the schema name {entity.SchemaName}.");
            }

            if (entity.IsSystemTableShell)
            {
                CheckSystemTableShell(entity, problems);
            }
            else if (!entity.SchemaName.StartsWith(solution.CustomizationPrefix + "_", StringComparison.Ordinal))
            {
                problems.Add($"{where}: table {entity.SchemaName} does not start with the publisher's prefix '{solution.CustomizationPrefix}_'.");
            }

            foreach (var name in EntityPlaceholders)
            {
                var placeholder = entity.Element.Element(name);
                if (placeholder == null || placeholder.HasElements)
                {
                    problems.Add($"{where} needs an empty <{name} /> (where SolutionPackager leaves it) for the sibling files to go into.");
                }
            }

            foreach (var part in entity.Forms.Concat(entity.Views))
            {
                if (!string.Equals(Path.GetFileNameWithoutExtension(part.FilePath), $"{{{part.Id:D}}}", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{part.FilePath}: the file carries id {{{part.Id:D}}}; SolutionPackager names each form and view file after its id.");
                }
            }

            foreach (var view in entity.Views)
            {
                var queried = (string)view.Element.Element("fetchxml")?.Element("fetch")?.Element("entity")?.Attribute("name");
                if (!string.Equals(queried, entity.LogicalName, StringComparison.Ordinal))
                {
                    problems.Add($"{view.FilePath}: the view queries '{queried}', not its table {entity.LogicalName}.");
                }
            }
        }

        /// <summary>
        /// A system table's shell adds views and a ribbon, nothing of the table itself: a column or a form written into it
        /// would replace the platform's own definition on import.
        /// </summary>
        private static void CheckSystemTableShell(EntityData entity, List<string> problems)
        {
            if (entity.Element.Element("EntityInfo").Element("entity").Elements().Any(child => child.Name != "attributes" || child.HasElements))
            {
                problems.Add($"{entity.EntityFilePath}: the system table {entity.SchemaName} is carried unmodified=\"1\"; it must not define columns or other metadata.");
            }

            if (entity.Forms.Count > 0)
            {
                problems.Add($"{entity.EntityFilePath}: the system table {entity.SchemaName} is carried unmodified=\"1\"; SolutionZip packs its views and ribbon, not forms.");
            }
        }

        private static void CheckRole(RoleData role, List<string> problems)
        {
            var expectedPath = UnpackedLayout.RolesFolder + "/" + role.Name + ".xml";
            if (!string.Equals(role.FilePath, expectedPath, StringComparison.Ordinal))
            {
                problems.Add($"{role.FilePath}: role '{role.Name}' belongs in {expectedPath}, named after the role.");
            }

            foreach (var duplicate in role.Privileges.GroupBy(privilege => privilege.Name, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1))
            {
                problems.Add($"{role.FilePath}: privilege {duplicate.Key} is granted more than once.");
            }
        }

        private static void CheckUniqueIds(UnpackedSolution solution, List<string> problems)
        {
            var ids = solution.Entities.SelectMany(entity => entity.Forms.Concat(entity.Views)).Select(part => (part.Id, part.FilePath))
                .Concat(solution.Roles.Select(role => (role.Id, role.FilePath)));
            foreach (var duplicate in ids.GroupBy(item => item.Id).Where(group => group.Count() > 1))
            {
                problems.Add($"Id {duplicate.Key} is used more than once ({string.Join(", ", duplicate.Select(item => item.FilePath))}).");
            }

            foreach (var duplicate in solution.Roles.GroupBy(role => role.Name, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1))
            {
                problems.Add($"Role name {duplicate.Key} is used more than once.");
            }
        }

        /// <summary>Each relationship file holds the relationships of its referenced table, and the index lists exactly those.</summary>
        private static void CheckRelationships(UnpackedSolution solution, List<string> problems)
        {
            foreach (var relationship in solution.Relationships)
            {
                var fileTable = Path.GetFileNameWithoutExtension(relationship.FilePath);
                if (!string.Equals(relationship.ReferencedEntityName, fileTable, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{relationship.FilePath}: relationship {relationship.Name} references {relationship.ReferencedEntityName}; it belongs in {UnpackedLayout.RelationshipsFolder}/{relationship.ReferencedEntityName}.xml.");
                }

                if (!solution.Entities.Any(entity => string.Equals(entity.SchemaName, relationship.ReferencingEntityName, StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"{relationship.FilePath}: relationship {relationship.Name} is a lookup of {relationship.ReferencingEntityName}, a table this solution does not carry.");
                }
            }

            foreach (var duplicate in solution.Relationships.GroupBy(relationship => relationship.Name, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1))
            {
                problems.Add($"Relationship {duplicate.Key} is defined more than once.");
            }

            var listed = solution.RelationshipIndex?.Root?.Elements("EntityRelationship").Select(element => (string)element.Attribute("Name")).ToList() ?? new List<string>();
            var defined = solution.Relationships.Select(relationship => relationship.Name).ToList();
            foreach (var missing in defined.Except(listed, StringComparer.Ordinal))
            {
                problems.Add($"{UnpackedLayout.RelationshipIndexPath} does not list relationship {missing}.");
            }

            foreach (var extra in listed.Except(defined, StringComparer.Ordinal))
            {
                problems.Add($"{UnpackedLayout.RelationshipIndexPath} lists relationship {extra}, which no {UnpackedLayout.RelationshipsFolder}/*.xml defines.");
            }
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Schema;
using ServiceUsers.Solution.Tests.Support;
using SolutionZip.Composition;

namespace ServiceUsers.Solution.Tests
{
    /// <summary>
    /// customizations.xml must conform to CustomizationsSolution.xsd (import rejects schema-invalid files). The
    /// schemas are read from ../shared/schemas beside the repository; where that folder is absent the test reports
    /// itself skipped rather than passing unchecked.
    /// </summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class CustomizationsSchemaTests
    {
        private readonly PackedSolutions _packed;

        public CustomizationsSchemaTests(PackedSolutions packed)
        {
            _packed = packed;
        }

        [SkippableTheory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Customizations_xml_is_valid_against_CustomizationsSolution_xsd(PackageKind kind)
        {
            var schemaFile = Path.Combine(BuildLocations.SchemasFolder, "CustomizationsSolution.xsd");
            Skip.IfNot(File.Exists(schemaFile), $"Skipped: {schemaFile} is not on this machine, so customizations.xml was not validated.");

            var errors = Validate(_packed.Of(kind).Content("customizations.xml"), schemaFile);

            Assert.Empty(errors);
        }

        [SkippableFact]
        public void The_validation_rejects_a_customizations_xml_with_components_out_of_order()
        {
            var schemaFile = Path.Combine(BuildLocations.SchemasFolder, "CustomizationsSolution.xsd");
            Skip.IfNot(File.Exists(schemaFile), $"Skipped: {schemaFile} is not on this machine.");

            var valid = _packed.Unmanaged.Customizations;
            var webResources = valid.Root.Element("WebResources");
            webResources.Remove();
            valid.Root.Add(webResources);
            using (var buffer = new MemoryStream())
            {
                valid.Save(buffer);
                Assert.NotEmpty(Validate(buffer.ToArray(), schemaFile));
            }
        }

        private static List<string> Validate(byte[] document, string schemaFile)
        {
            var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
            var errors = new List<string>();
            // A missing xs:include only warns; treat every warning as an error so a broken schema set cannot pass.
            schemas.ValidationEventHandler += (_, e) => errors.Add($"schema {e.Severity}: {e.Message}");
            schemas.Add(null, schemaFile);
            schemas.Compile();

            var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
            settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
            settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} at line {e.Exception?.LineNumber}: {e.Message}");
            using (var reader = XmlReader.Create(new MemoryStream(document), settings))
            {
                while (reader.Read())
                {
                }
            }

            return errors;
        }
    }
}

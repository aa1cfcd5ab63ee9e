using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ServiceUsers.Solution.Tests.Support;
using SolutionZip.Composition;

namespace ServiceUsers.Solution.Tests.UsersCommand
{
    /// <summary>
    /// The "New Service User" command on the Users home grid: the system table User carried as an unmodified shell
    /// with only its RibbonDiffXml, as exports carry a system table whose ribbon a solution changes.
    /// </summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class NewServiceUserCommandTests
    {
        private const string CommandId = "new.systemuser.CreateServiceUser.Command";
        private readonly PackedSolutions _packed;

        public NewServiceUserCommandTests(PackedSolutions packed)
        {
            _packed = packed;
        }

        private XElement Ribbon(PackageKind kind) => PackedTable.Of(_packed.Of(kind), ExpectedSolution.SystemUserSchemaName).Entity.Element("RibbonDiffXml");

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void User_is_carried_as_an_unmodified_shell_without_columns_or_forms(PackageKind kind)
        {
            var table = PackedTable.Of(_packed.Of(kind), ExpectedSolution.SystemUserSchemaName);

            Assert.Equal("1", (string)table.Info.Attribute("unmodified"));
            Assert.Equal(ExpectedSolution.SystemUserSchemaName, (string)table.Info.Attribute("Name"));
            Assert.Empty(table.Info.Element("attributes").Elements());
            Assert.Empty(table.Entity.Element("FormXml").Elements());
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void The_button_sits_on_the_users_home_grid_and_runs_the_command(PackageKind kind)
        {
            var ribbon = Ribbon(kind);
            var action = Assert.Single(ribbon.Element("CustomActions").Elements("CustomAction"));
            var button = action.Element("CommandUIDefinition").Element("Button");

            Assert.Equal("Mscrm.HomepageGrid.systemuser.MainTab.Management.Controls._children", (string)action.Attribute("Location"));
            Assert.Equal(CommandId, (string)button.Attribute("Command"));
            Assert.Single(ribbon.Element("CommandDefinitions").Elements("CommandDefinition"), command => (string)command.Attribute("Id") == CommandId);
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Only_users_with_create_on_user_see_the_command(PackageKind kind)
        {
            var ribbon = Ribbon(kind);
            var command = ribbon.Element("CommandDefinitions").Elements("CommandDefinition").Single(definition => (string)definition.Attribute("Id") == CommandId);
            var displayRuleId = (string)Assert.Single(command.Element("DisplayRules").Elements("DisplayRule")).Attribute("Id");
            var displayRule = ribbon.Element("RuleDefinitions").Element("DisplayRules").Elements("DisplayRule").Single(rule => (string)rule.Attribute("Id") == displayRuleId);
            var privilegeRule = Assert.Single(displayRule.Elements());

            Assert.Equal("EntityPrivilegeRule", privilegeRule.Name.LocalName);
            Assert.Equal("Create", (string)privilegeRule.Attribute("PrivilegeType"));
            Assert.Equal("Basic", (string)privilegeRule.Attribute("PrivilegeDepth"));
            Assert.Equal(ExpectedSolution.SystemUserLogicalName, (string)privilegeRule.Attribute("EntityName"));
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void The_command_calls_the_ribbon_script_the_solution_ships_with_the_grid_to_refresh(PackageKind kind)
        {
            var zip = _packed.Of(kind);
            var command = Ribbon(kind).Element("CommandDefinitions").Elements("CommandDefinition").Single(definition => (string)definition.Attribute("Id") == CommandId);
            var function = Assert.Single(command.Element("Actions").Elements("JavaScriptFunction"));
            var shipped = zip.Customizations.Root.Element("WebResources").Elements("WebResource").Select(webResource => (string)webResource.Element("Name"));

            Assert.Equal("$webresource:" + ExpectedSolution.RibbonScript, (string)function.Attribute("Library"));
            Assert.Contains(ExpectedSolution.RibbonScript, shipped);
            Assert.Contains(ExpectedSolution.DialogPage, shipped);
            Assert.Equal("ServiceUsersRibbon.openCreateServiceUserDialog", (string)function.Attribute("FunctionName"));
            Assert.Equal(new[] { "SelectedControl" }, function.Elements("CrmParameter").Select(parameter => (string)parameter.Attribute("Value")));
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Every_label_the_button_names_is_defined_in_english(PackageKind kind)
        {
            var ribbon = Ribbon(kind);
            var references = ribbon.Descendants("Button").Attributes().Select(attribute => attribute.Value)
                .Where(value => value.StartsWith("$LocLabels:", StringComparison.Ordinal)).Select(value => value.Substring("$LocLabels:".Length)).Distinct().ToList();
            var titles = ribbon.Element("LocLabels").Elements("LocLabel").ToDictionary(
                label => (string)label.Attribute("Id"),
                label => (string)label.Element("Titles").Elements("Title").Single(title => (string)title.Attribute("languagecode") == "1033").Attribute("description"));

            Assert.NotEmpty(references);
            Assert.All(references, reference => Assert.False(string.IsNullOrWhiteSpace(titles.GetValueOrDefault(reference)), $"no English title for {reference}"));
            Assert.Equal("New Service User", titles["new.systemuser.CreateServiceUser.Button.LabelText"]);
        }
    }
}

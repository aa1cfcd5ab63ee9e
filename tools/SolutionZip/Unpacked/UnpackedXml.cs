using System;
using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace SolutionZip.Unpacked
{
    /// <summary>Reads one XML file of the unpacked tree, naming the file when it is not well-formed.</summary>
    internal static class UnpackedXml
    {
        public static XDocument Load(string rootFolder, string relativePath)
        {
            var path = Path.Combine(rootFolder, relativePath);
            if (!File.Exists(path))
            {
                throw new SolutionPackException($"{relativePath} is missing from the unpacked solution '{rootFolder}'.");
            }

            try
            {
                return XDocument.Load(path, LoadOptions.None);
            }
            catch (XmlException error)
            {
                throw new SolutionPackException($"{relativePath} is not well-formed XML: {error.Message}");
            }
        }

        public static XElement LoadRoot(string rootFolder, string relativePath, string expectedRootName)
        {
            var root = Load(rootFolder, relativePath).Root;
            if (root.Name.LocalName != expectedRootName)
            {
                throw new SolutionPackException($"{relativePath}: the root element is <{root.Name.LocalName}>, expected <{expectedRootName}>.");
            }

            return root;
        }

        public static string RequiredAttribute(XElement element, string name, string relativePath)
        {
            var value = (string)element.Attribute(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new SolutionPackException($"{relativePath}: <{element.Name.LocalName}> has no {name} attribute.");
            }

            return value;
        }

        public static string RequiredElement(XElement parent, string name, string relativePath)
        {
            var value = (string)parent.Element(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new SolutionPackException($"{relativePath}: <{parent.Name.LocalName}> has no <{name}>.");
            }

            return value.Trim();
        }

        public static Guid RequiredGuid(string text, string what, string relativePath)
        {
            if (!Guid.TryParse(text, out var id))
            {
                throw new SolutionPackException($"{relativePath}: {what} '{text}' is not a GUID.");
            }

            return id;
        }
    }
}

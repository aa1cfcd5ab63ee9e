using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Dataverse.TestKit.Faults;

namespace Dataverse.TestKit.Query.FetchXml
{
    /// <summary>
    /// Reads one FetchXML element: refuses elements FetchXML does not define (the platform's "invalid node"), reports
    /// FetchXML the kit does not model as a kit gap (<see cref="NotSupportedException"/>), and reads XML attributes with
    /// the platform's faults for missing or ill-typed values.
    /// </summary>
    internal sealed class FetchXmlNode
    {
        /// <summary>The child elements the FetchXML schema allows in each element (FetchXml reference); anything else is invalid.</summary>
        private static readonly Dictionary<string, string[]> SchemaChildren = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["fetch"] = new[] { "entity" },
            ["entity"] = new[] { "attribute", "all-attributes", "no-attrs", "order", "filter", "link-entity" },
            ["link-entity"] = new[] { "attribute", "all-attributes", "no-attrs", "order", "filter", "link-entity" },
            ["filter"] = new[] { "condition", "filter" },
            ["condition"] = new[] { "value" },
        };

        public FetchXmlNode(XElement element)
        {
            Element = element;
        }

        public XElement Element { get; }

        public string Name => Element.Name.LocalName;

        /// <summary>
        /// The child elements, each checked: one the schema does not allow here is the platform's invalid-node fault; one
        /// the schema allows but the kit does not read (<paramref name="modelled"/>) is a kit gap.
        /// </summary>
        public IReadOnlyList<FetchXmlNode> Children(params string[] modelled)
        {
            var children = new List<FetchXmlNode>();
            foreach (var child in Element.Elements())
            {
                var name = child.Name.LocalName;
                if (!modelled.Contains(name))
                {
                    if (SchemaChildren.TryGetValue(Name, out var legal) && legal.Contains(name))
                    {
                        throw KitGap($"the <{name}> element inside <{Name}>");
                    }

                    throw PlatformFault.Create(
                        PlatformErrorCode.QueryBuilderDeserializeInvalidNode,
                        "The element node encountered is invalid.",
                        $"<{name}> is not a FetchXML element allowed inside <{Name}>");
                }

                children.Add(new FetchXmlNode(child));
            }

            return children;
        }

        /// <summary>Refuses XML attributes other than those the kit reads or knowingly ignores.</summary>
        public void AllowOnly(params string[] attributes)
        {
            var unknown = Element.Attributes().Select(a => a.Name.LocalName).FirstOrDefault(a => !attributes.Contains(a));
            if (unknown != null)
            {
                throw KitGap($"the '{unknown}' attribute of <{Name}>");
            }
        }

        public string Optional(string attribute) => (string)Element.Attribute(attribute);

        public string Required(string attribute)
        {
            var value = Optional(attribute);
            if (string.IsNullOrEmpty(value))
            {
                throw PlatformFault.Create(PlatformErrorCode.QueryBuilderAttributeNotFound, "A required attribute was not specified.", $"<{Name}> needs '{attribute}'");
            }

            return value;
        }

        /// <summary>A boolean attribute: true, false, 1 or 0 (absent = false); another value fails with the given code.</summary>
        public bool Flag(string attribute, int invalidValueCode)
        {
            var value = Optional(attribute);
            switch (value?.ToLowerInvariant())
            {
                case null:
                case "false":
                case "0":
                    return false;
                case "true":
                case "1":
                    return true;
                default:
                    throw PlatformFault.Create(
                        invalidValueCode,
                        $"The only valid values for {attribute} attribute are 'true', 'false', '1', and '0'.",
                        $"<{Name} {attribute}='{value}'>");
            }
        }

        /// <summary>A positive whole number (fetch count, page, top), or null when absent.</summary>
        public int? PositiveNumber(string attribute)
        {
            var value = Optional(attribute);
            if (value == null)
            {
                return null;
            }

            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                throw Malformed($"<{Name} {attribute}='{value}'> is not a number");
            }

            if (number <= 0)
            {
                throw PlatformFault.Create(PlatformErrorCode.QueryBuilderValueGreaterThanZero, "A value greater than zero must be specified.", $"<{Name} {attribute}='{value}'>");
            }

            return number;
        }

        public static Exception Malformed(string explanation) =>
            PlatformFault.Create(PlatformErrorCode.InvalidFetchXml, "Malformed FetchXml.", explanation);

        public static NotSupportedException KitGap(string what) =>
            new NotSupportedException($"Dataverse.TestKit does not model {what} in FetchXML (a kit gap, not a platform answer).");
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Security;
using System.Text;

namespace SolutionZip.Composition
{
    /// <summary>
    /// [Content_Types].xml, the OPC part that gives every other part a content type: a Default for each extension
    /// in use, and an Override for each part without an extension (web resources). Dataverse writes it on one line,
    /// with a UTF-8 BOM and an XML declaration, and types everything application/octet-stream.
    /// </summary>
    public static class ContentTypes
    {
        public const string OctetStream = "application/octet-stream";
        private const string Namespace = "http://schemas.openxmlformats.org/package/2006/content-types";

        public static byte[] Describe(IEnumerable<string> partNames)
        {
            var parts = partNames.ToList();
            var text = new StringBuilder();
            text.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
            text.Append("<Types xmlns=\"").Append(Namespace).Append("\">");

            // OPC compares extensions case-insensitively; the first spelling seen is kept.
            var extensions = parts.Select(Extension).Where(extension => extension != null).Distinct(StringComparer.OrdinalIgnoreCase);
            foreach (var extension in extensions)
            {
                text.Append("<Default Extension=\"").Append(SecurityElement.Escape(extension)).Append("\" ContentType=\"").Append(OctetStream).Append("\" />");
            }

            foreach (var part in parts.Where(part => Extension(part) == null))
            {
                text.Append("<Override PartName=\"/").Append(SecurityElement.Escape(part)).Append("\" ContentType=\"").Append(OctetStream).Append("\" />");
            }

            text.Append("</Types>");
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        }

        /// <summary>The text after the last dot of the part's last segment, or null when it has none.</summary>
        public static string Extension(string partName)
        {
            var lastSegment = partName.Substring(partName.LastIndexOf('/') + 1);
            var dot = lastSegment.LastIndexOf('.');
            return dot < 0 || dot == lastSegment.Length - 1 ? null : lastSegment.Substring(dot + 1);
        }
    }
}

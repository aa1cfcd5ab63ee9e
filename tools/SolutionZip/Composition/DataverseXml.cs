using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SolutionZip.Composition
{
    /// <summary>
    /// Writes XML parts the way Dataverse 9.2 exports them: UTF-8 without BOM, no XML declaration, two-space
    /// indentation, CRLF line ends and no line end after the root's end tag. Writing every part through here also makes the zip independent of how git
    /// checked the sources out (LF or CRLF, BOM or not).
    /// </summary>
    public static class DataverseXml
    {
        private static readonly XmlWriterSettings Settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\r\n",
            NewLineHandling = NewLineHandling.Replace,
        };

        public static byte[] ToBytes(XDocument document)
        {
            using (var buffer = new MemoryStream())
            {
                using (var writer = XmlWriter.Create(buffer, Settings))
                {
                    document.Root.WriteTo(writer);
                }

                return buffer.ToArray();
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Storage;

namespace Dataverse.TestKit.Query.Paging
{
    /// <summary>
    /// The kit's paging cookie, shaped like the platform's: <c>&lt;cookie page="1"&gt;&lt;name last="…" first="…" /&gt;
    /// &lt;accountid last="{…}" first="{…}" /&gt;&lt;/cookie&gt;</c>, one element per sort column in order, holding the
    /// values of the first and last row of the page it came with (a missing value is written as lastnull / firstnull = "1").
    /// The next page starts with the first row that sorts after the recorded last row ("Page results using
    /// QueryExpression": the cookie lets Dataverse start with the record after the last one of the preceding page).
    /// Callers treat it as opaque.
    /// </summary>
    internal sealed class PagingCookie
    {
        private readonly IReadOnlyList<(string Column, string Last, bool LastIsNull)> lastRow;

        private PagingCookie(int page, IReadOnlyList<(string Column, string Last, bool LastIsNull)> lastRow)
        {
            Page = page;
            this.lastRow = lastRow;
        }

        /// <summary>The page the cookie came with.</summary>
        public int Page { get; }

        public IEnumerable<string> Columns => lastRow.Select(c => c.Column);

        public static string Write(int page, IReadOnlyList<SortColumn> columns, JoinedRow first, JoinedRow last)
        {
            var cookie = new XElement("cookie", new XAttribute("page", page.ToString(CultureInfo.InvariantCulture)));
            foreach (var column in columns)
            {
                var element = new XElement(column.Attribute);
                AddValue(element, "last", column.ValueIn(last));
                AddValue(element, "first", column.ValueIn(first));
                cookie.Add(element);
            }

            return cookie.ToString(SaveOptions.DisableFormatting);
        }

        /// <summary>Reads a cookie a caller passed back; text the kit did not write fails as an invalid paging cookie.</summary>
        public static PagingCookie Read(string text)
        {
            try
            {
                var cookie = XElement.Parse(text);
                if (cookie.Name.LocalName != "cookie" || !int.TryParse((string)cookie.Attribute("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page))
                {
                    throw Invalid(text);
                }

                var lastRow = cookie.Elements()
                    .Select(e => (e.Name.LocalName, (string)e.Attribute("last"), (string)e.Attribute("lastnull") == "1"))
                    .ToList();
                return new PagingCookie(page, lastRow);
            }
            catch (XmlException)
            {
                throw Invalid(text);
            }
        }

        /// <summary>Whether a row sorts after the last row of the cookie's page.</summary>
        public bool IsAfterLastRow(JoinedRow row, IReadOnlyList<SortColumn> columns)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var recorded = lastRow[i].LastIsNull ? null : lastRow[i].Last;
                var result = columns[i].Compare(columns[i].ValueIn(row), recorded);
                if (result != 0)
                {
                    return result > 0;
                }
            }

            return false;
        }

        private static void AddValue(XElement element, string name, object value)
        {
            var normalized = AttributeValues.Normalize(value);
            if (normalized == null)
            {
                element.Add(new XAttribute(name + "null", "1"));
                return;
            }

            element.Add(new XAttribute(name, Format(normalized)));
        }

        private static string Format(object value)
        {
            switch (value)
            {
                case Guid guid:
                    return guid.ToString("B").ToUpperInvariant();
                case DateTime date:
                    return date.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture);
                case bool flag:
                    return flag ? "1" : "0";
                default:
                    return Convert.ToString(value, CultureInfo.InvariantCulture);
            }
        }

        private static Exception Invalid(string text) =>
            PlatformFault.Create(PlatformErrorCode.QueryBuilderInvalidPagingCookie, "Invalid page number in paging cookie.", $"the kit cannot read the paging cookie '{text}'");
    }
}

using System;
using System.Linq;
using System.Xml.Linq;
using SolutionZip.Unpacked;

namespace SolutionZip.Composition
{
    /// <summary>
    /// One packed &lt;Entity&gt;, as exports carry it inside &lt;Entities&gt;: Entity.xml with its placeholders filled.
    /// &lt;FormXml&gt; gets one &lt;forms type="…"&gt; per form folder (card, main, quick, in that ordinal order as in the
    /// exports), &lt;SavedQueries&gt; one &lt;savedqueries&gt; holding every view, &lt;RibbonDiffXml&gt; the RibbonDiff.xml
    /// content.
    /// </summary>
    public static class EntityComposer
    {
        public static XElement Compose(EntityData entity)
        {
            var packed = ComponentCopy.Of(entity.Element);

            var forms = packed.Element("FormXml");
            foreach (var group in entity.Forms.GroupBy(form => form.FormType, StringComparer.Ordinal))
            {
                forms.Add(new XElement("forms", new XAttribute("type", group.Key), group.Select(form => new XElement(form.Element))));
            }

            if (entity.Views.Count > 0)
            {
                packed.Element("SavedQueries").Add(new XElement("savedqueries", entity.Views.Select(view => new XElement(view.Element))));
            }

            if (entity.RibbonDiff != null)
            {
                packed.Element("RibbonDiffXml").ReplaceWith(ComponentCopy.Of(entity.RibbonDiff));
            }

            return packed;
        }
    }
}

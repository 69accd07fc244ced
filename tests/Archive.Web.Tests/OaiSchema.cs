using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Archive.Web.Tests;

/// <summary>Validates a response against the OAI-PMH 2.0, oai_dc and simple Dublin Core schemas in Schemas/, fetching nothing.</summary>
public static class OaiSchema
{
    public static readonly XNamespace OaiNs = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlSchemaSet Schemas = Load();

    public static IReadOnlyList<string> Problems(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas, XmlResolver = null, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity}: {e.Message} (line {e.Exception?.LineNumber})");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }
        return problems;
    }

    /// <summary>Parses a response after checking it is schema-valid.</summary>
    public static XDocument Valid(string xml)
    {
        var problems = Problems(xml);
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + xml);
        return XDocument.Parse(xml);
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        var folder = Path.Combine(AppContext.BaseDirectory, "Schemas");
        foreach (var file in new[] { "xml.xsd", "simpledc20021212.xsd", "oai_dc.xsd", "OAI-PMH.xsd" })
        {
            using var reader = XmlReader.Create(Path.Combine(folder, file), new XmlReaderSettings { XmlResolver = null });
            set.Add(null, reader);
        }
        set.Compile();
        return set;
    }
}

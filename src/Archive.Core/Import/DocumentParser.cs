namespace Archive.Core.Import;

/// <summary>Reads one UN text (statement, letter, note verbale, news report) into a <see cref="ParsedDocument"/>.</summary>
public static class DocumentParser
{
    /// <summary>
    /// Parses <paramref name="text"/> without touching files or the database. Never throws: what cannot be read stays
    /// null and is reported in <see cref="ParsedDocument.Warnings"/>. <paramref name="source"/> names the file in warnings.
    /// </summary>
    public static ParsedDocument Parse(string text, string source)
    {
        var input = text ?? "";
        try
        {
            return new DocumentReader(input, source ?? "").Read();
        }
#pragma warning disable CA1031 // The contract is "never throws": any failure becomes a warning on an empty result.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new ParsedDocument
            {
                Title = string.IsNullOrEmpty(source) ? "Unreadable document" : source,
                Body = input,
                Warnings = [new ImportWarning("file", $"The parser failed on {source}: {ex.GetType().Name}: {ex.Message}")],
            };
        }
    }
}

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
            return Pipeline.DocumentPipeline.Parse(input, source ?? "");
        }
#pragma warning disable CA1031 // The contract is "never throws": any failure becomes a warning on an empty result.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Failed(input, source, ex);
        }
    }

    // The "parser" field tells the loader that the reader broke, so it refuses the file instead of storing a stub.
    internal static ParsedDocument Failed(string text, string? source, Exception ex) => new()
    {
        Title = string.IsNullOrEmpty(source) ? "Unreadable document" : source,
        Body = text,
        Warnings = [new ImportWarning("parser", $"The parser failed: {ex.GetType().Name}: {ex.Message}")],
    };
}

namespace Archive.Core.Import.Evaluation;

/// <summary>One field's value as a labels file or a predictions file gives it: a string, a number, or a list.</summary>
public sealed record FieldValue(string? Text, int? Number = null, IReadOnlyList<string>? Items = null)
{
    public static readonly FieldValue Empty = new((string?)null);
}

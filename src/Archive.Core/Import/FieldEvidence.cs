namespace Archive.Core.Import;

/// <summary>
/// Where the importer read one field: the words in the text, the rule that found them, and the runner-up the resolver
/// passed over when it hesitated. The review page shows it beside the field, so a correction is one click.
/// </summary>
/// <param name="Field">"kind", "date", "speaker", "organ", "session", "agenda", "symbol", "title", …</param>
/// <param name="Value">The value as the archive stores it (an ISO date, a canonical organ name, a kind name).</param>
/// <param name="Quote">The words of the text it was read from, as written.</param>
/// <param name="Start">Offset of <paramref name="Quote"/> in the normalised text the parser read, or -1 when not from one span.</param>
/// <param name="Rule">A short name of the rule that proposed it ("letter-dated", "yaml-front-matter", …).</param>
/// <param name="RunnerUp">The best rejected candidate, when there was one worth showing.</param>
public sealed record FieldEvidence(string Field, string Value, string Quote, int Start, string Rule, FieldEvidence? RunnerUp = null);

using Archive.Core.Documents;

namespace Archive.Core.Citations;

/// <summary>
/// What a citation of one archived document says: who (the speakers or signatories, else the mission as a body), what,
/// where (organ, event), when, the UN symbol (else the sender's reference number, as a note verbale carries), and the
/// archive's permalink with the day it was read.
/// </summary>
public sealed record CitationSource(
    string Key,
    string Title,
    DocumentKind Kind,
    IReadOnlyList<string> People,
    string? Body,
    string? Organ,
    string? Event,
    DateOnly? Date,
    string? Symbol,
    string? Publisher,
    string? Place,
    string? Language,
    string Url,
    DateOnly Accessed,
    string? ReferenceNumber = null);

namespace Archive.Web.Api;

/// <summary>A document in a list: enough to cite it and to fetch the rest.</summary>
public sealed record DocumentSummary(string Slug, string Url, string Api, string Title, string Kind, DateOnly? Date, string? Symbol,
    IReadOnlyList<string> Speakers, string? Mission);

/// <summary>A page of a list, with the cursor (and full link) for the next page; both null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, string? NextCursor, string? Next);

public sealed record DocumentDates(DateOnly? Date, DateOnly? Delivered, DateOnly? Written, DateOnly? Distributed, DateOnly? Published);

public sealed record DocumentSpeakerLine(string Name, string Slug, string SpellingUsed, string? Role, string Capacity);

public sealed record DocumentOrganLine(string Name, string Slug, int? Session);

public sealed record AgendaLine(string Organ, int? Session, int Number, string SubItem, string? Title, string Url);

public sealed record ResolutionLine(int Number, int? Year, string? Organ);

/// <summary>One document with all its metadata, its body as Markdown and HTML, and links to its page and original file.</summary>
public sealed record DocumentDetail(
    string Slug, string Key, string Url, string Original, string Title, string Kind, DocumentDates Dates,
    IReadOnlyList<DocumentSpeakerLine> Speakers, IReadOnlyList<DocumentOrganLine> Organs, IReadOnlyList<AgendaLine> AgendaItems,
    string? Event, string? Author, string? Country, string? Addressee, string? Place, string? ReferenceNumber, string? Symbol,
    string? Language, string? Source, IReadOnlyList<string> CitedSymbols, IReadOnlyList<ResolutionLine> CitedResolutions,
    DateTimeOffset ImportedAt, DateTimeOffset LastChange, string BodyMarkdown, string BodyHtml);

public sealed record SpeakerRow(string Slug, string Name, int Documents, string Api);

public sealed record SpellingLine(string Spelling, int Documents);

public sealed record RoleLine(string? Role, string? Mission, DateOnly? From, DateOnly? To, int Documents);

public sealed record SpeakerDetail(string Slug, string Name, string Url, IReadOnlyList<SpellingLine> Spellings, IReadOnlyList<RoleLine> Roles,
    IReadOnlyList<string> Documents);

public sealed record OrganRow(string Slug, string Name, string SessionTerm, int Documents, string Sessions);

public sealed record SessionRow(int? Session, string Name, int Documents, string Url);

public sealed record AgendaItemRow(string Organ, int? Session, int Number, string SubItem, string? Title, int Documents, string Url);

public sealed record KindRow(string Slug, string Label, int Documents, string Url);

public sealed record MissionRow(string Slug, string Name, bool IsState, int Documents, string Url);

using System.ComponentModel.DataAnnotations;
using Archive.Core.Curation;
using Archive.Core.Documents;

namespace Archive.Web.Pages.Curate;

/// <summary>The edit form's fields, bound from the post; rows left blank are dropped, so blank rows add a speaker or item.</summary>
public sealed class DocumentForm
{
    public DocumentKind Kind { get; set; }

    [StringLength(DocumentEditor.MaxTitle)]
    public string? Title { get; set; }

    public DateOnly? DeliveredOn { get; set; }
    public DateOnly? WrittenOn { get; set; }
    public DateOnly? DistributedOn { get; set; }
    public DateOnly? PublishedOn { get; set; }

    [StringLength(DocumentEditor.MaxField)]
    public string? Event { get; set; }

    [StringLength(DocumentEditor.MaxField)]
    public string? Author { get; set; }

    [StringLength(DocumentEditor.MaxField)]
    public string? Country { get; set; }

    [StringLength(DocumentEditor.MaxField)]
    public string? Addressee { get; set; }

    [StringLength(DocumentEditor.MaxField)]
    public string? Place { get; set; }

    [StringLength(DocumentEditor.MaxField)]
    public string? ReferenceNumber { get; set; }

    [StringLength(DocumentEditor.MaxField)]
    public string? Symbol { get; set; }

    [StringLength(DocumentEditor.MaxField)]
    public string? Language { get; set; }

    [StringLength(DocumentEditor.MaxField)]
    public string? Source { get; set; }

    public string? Body { get; set; }

    [StringLength(DocumentEditor.MaxComment)]
    public string? Comment { get; set; }

    /// <summary>The version the archivist started from; the save is refused if the document has moved on.</summary>
    public int Version { get; set; }

    public List<SpeakerRow> Speakers { get; set; } = [];
    public List<AgendaRow> AgendaItems { get; set; } = [];
    public List<OrganRow> Organs { get; set; } = [];

    public static DocumentForm From(DocumentSnapshot s, int version) => new DocumentForm
    {
        Kind = s.Kind, Title = s.Title, DeliveredOn = s.DeliveredOn, WrittenOn = s.WrittenOn, DistributedOn = s.DistributedOn,
        PublishedOn = s.PublishedOn, Event = s.Event, Author = s.Author, Country = s.Country, Addressee = s.Addressee, Place = s.Place,
        ReferenceNumber = s.ReferenceNumber, Symbol = s.Symbol, Language = s.Language, Source = s.Source, Body = s.Body, Version = version,
        Speakers = [.. s.Speakers.Select(e => new SpeakerRow { Name = e.Name, Role = e.Role, Capacity = e.Capacity, SpeakerId = e.SpeakerId })],
        AgendaItems = [.. s.AgendaItems.Select(a => new AgendaRow { Organ = a.Organ, Session = a.Session, Number = a.Number, SubItem = a.SubItem, Title = a.Title })],
        Organs = [.. (s.Organs ?? []).Select(o => new OrganRow { Name = o.Name, Session = o.Session })],
    }.WithBlankRows();

    /// <summary>One empty speaker row and one empty agenda row, to add without JavaScript.</summary>
    public DocumentForm WithBlankRows()
    {
        Speakers.RemoveAll(r => string.IsNullOrWhiteSpace(r.Name));
        AgendaItems.RemoveAll(r => string.IsNullOrWhiteSpace(r.Organ));
        Organs.RemoveAll(r => string.IsNullOrWhiteSpace(r.Name));
        Speakers.Add(new SpeakerRow());
        AgendaItems.Add(new AgendaRow());
        Organs.Add(new OrganRow());
        return this;
    }

    public DocumentSnapshot ToSnapshot() => new DocumentSnapshot
    {
        Kind = Kind, Title = Title, DeliveredOn = DeliveredOn, WrittenOn = WrittenOn, DistributedOn = DistributedOn, PublishedOn = PublishedOn,
        Event = Event, Author = Author, Country = Country, Addressee = Addressee, Place = Place, ReferenceNumber = ReferenceNumber,
        Symbol = Symbol, Language = Language, Source = Source, Body = Body ?? "",
        Speakers = [.. Speakers.Where(r => !string.IsNullOrWhiteSpace(r.Name)).Select(r => new SpeakerEntry(r.Name!.Trim(), r.Role, r.Capacity, r.SpeakerId))],
        AgendaItems = [.. AgendaItems.Where(r => !string.IsNullOrWhiteSpace(r.Organ) && r.Number is not null)
            .Select(r => new AgendaEntry(r.Organ!, r.Session, r.Number!.Value, r.SubItem ?? "", r.Title))],
        Organs = [.. Organs.Where(r => !string.IsNullOrWhiteSpace(r.Name)).Select(r => new OrganEntry(r.Name!, r.Session))],
    }.Normalised();
}

public sealed class SpeakerRow
{
    [StringLength(200)]
    public string? Name { get; set; }

    [StringLength(DocumentEditor.MaxField)]
    public string? Role { get; set; }

    public SpeakerCapacity Capacity { get; set; }

    /// <summary>An existing person picked from the suggestions; empty to match by the spelling (or create a new person).</summary>
    public int? SpeakerId { get; set; }
}

public sealed class AgendaRow
{
    [StringLength(200)]
    public string? Organ { get; set; }

    public int? Session { get; set; }
    public int? Number { get; set; }

    [StringLength(8)]
    public string? SubItem { get; set; }

    [StringLength(DocumentEditor.MaxField)]
    public string? Title { get; set; }
}

/// <summary>An organ the document belongs to, with its session; the first row is the primary organ.</summary>
public sealed class OrganRow
{
    [StringLength(200)]
    public string? Name { get; set; }

    [Range(1, 10_000, ErrorMessage = "Session numbers run from 1 to 10000.")]
    public int? Session { get; set; }
}

using System.Globalization;
using Archive.Core.Documents;

namespace Archive.Web.Pages.Curate;

/// <summary>
/// Where the parser's evidence for a field (<see cref="Archive.Core.Import.FieldEvidence.Field"/>) stands on the review
/// form, and how a runner-up value goes into that field.
/// </summary>
public static class ReviewFields
{
    /// <summary>The form group beside which evidence for <paramref name="field"/> is shown; "Other" when none fits.</summary>
    public static string GroupOf(string field) => Normal(field) switch
    {
        "kind" => "Kind",
        "title" => "Title",
        "date" or "delivered" or "deliveredon" or "written" or "writtenon" or "dated" or "distributed" or "distributedon"
            or "published" or "publishedon" => "Dates",
        "speaker" or "speakers" or "signatory" => "Speakers",
        "organ" or "organs" or "session" => "Organs",
        "agenda" or "agendaitem" or "agendaitems" => "AgendaItems",
        "event" => "Event",
        "author" or "mission" => "Author",
        "country" or "state" => "Country",
        "addressee" => "Addressee",
        "place" => "Place",
        "reference" or "referencenumber" => "ReferenceNumber",
        "symbol" => "Symbol",
        "language" => "Language",
        "source" => "Source",
        _ => "Other",
    };

    /// <summary>Writes <paramref name="value"/> into the form field that <paramref name="field"/> names; false when it cannot.</summary>
    public static bool Apply(DocumentForm form, string field, string value)
    {
        switch (Normal(field))
        {
            case "kind":
                if (DocumentKinds.Parse(value) is not { } kind)
                    return false;
                form.Kind = kind;
                return true;
            case "date":
                if (Day(value) is not { } main)
                    return false;
                // The main date is the first typed date set; the runner-up replaces that one.
                if (form.DistributedOn is not null) form.DistributedOn = main;
                else if (form.DeliveredOn is not null) form.DeliveredOn = main;
                else if (form.WrittenOn is not null) form.WrittenOn = main;
                else if (form.PublishedOn is not null) form.PublishedOn = main;
                else form.WrittenOn = main;
                return true;
            case "delivered" or "deliveredon":
                return SetDay(value, d => form.DeliveredOn = d);
            case "written" or "writtenon" or "dated":
                return SetDay(value, d => form.WrittenOn = d);
            case "distributed" or "distributedon":
                return SetDay(value, d => form.DistributedOn = d);
            case "published" or "publishedon":
                return SetDay(value, d => form.PublishedOn = d);
            case "speaker" or "speakers" or "signatory":
                form.Speakers.RemoveAll(r => string.IsNullOrWhiteSpace(r.Name));
                if (form.Speakers.Count == 0)
                    form.Speakers.Add(new SpeakerRow());
                form.Speakers[0].Name = value;
                form.Speakers[0].SpeakerId = null;
                return true;
            case "organ" or "organs":
                FirstOrgan(form).Name = value;
                return true;
            case "session":
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var session))
                    return false;
                FirstOrgan(form).Session = session;
                return true;
            case "title": form.Title = value; return true;
            case "event": form.Event = value; return true;
            case "author" or "mission": form.Author = value; return true;
            case "country" or "state": form.Country = value; return true;
            case "addressee": form.Addressee = value; return true;
            case "place": form.Place = value; return true;
            case "reference" or "referencenumber": form.ReferenceNumber = value; return true;
            case "symbol": form.Symbol = value; return true;
            case "language": form.Language = value; return true;
            case "source": form.Source = value; return true;
            default: return false;
        }
    }

    private static OrganRow FirstOrgan(DocumentForm form)
    {
        form.Organs.RemoveAll(r => string.IsNullOrWhiteSpace(r.Name) && r.Session is null);
        if (form.Organs.Count == 0)
            form.Organs.Add(new OrganRow());
        return form.Organs[0];
    }

    private static bool SetDay(string value, Action<DateOnly> set)
    {
        if (Day(value) is not { } day)
            return false;
        set(day);
        return true;
    }

    private static DateOnly? Day(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string Normal(string field) => field.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
}

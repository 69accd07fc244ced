using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Import.Pipeline;

/// <summary>
/// Proposes the document's own date: a letter's "dated" day, front matter, an export stamp, or the first date of the
/// heading. Dates in the masthead's distribution line, in menus and clocks, and in running text are not proposed.
/// </summary>
internal static partial class DateExtractor
{
    public static IEnumerable<Candidate> Propose(ParseContext c)
    {
        var r = c.Reader;
        foreach (var (date, rule) in new[] { (r.WrittenOn, "written"), (r.DeliveredOn, "delivered"), (r.PublishedOn, "published") })
        {
            if (date is { } d)
                yield return new Candidate("date", Iso(d), Iso(d), -1, Candidate.ReaderPrefix + rule, 60);
        }
        if (r.DistributedOn is { } distributed)
            yield return new Candidate("date", Iso(distributed), Iso(distributed), -1, Candidate.ReaderPrefix + "distributed", 10);

        foreach (var line in c.Heading.Concat(c.Opening(400)).Take(40))
        {
            // "Letter dated 9 April 2007 from …", "Note verbale dated 18 March 2010 from …"
            var dated = Dated().Match(line.Text);
            if (dated.Success && DateFinder.First(line.Text[(dated.Index + dated.Length)..]) is { Index: < 4 } d)
            {
                var at = dated.Index + dated.Length + d.Index;
                yield return c.Propose("date", Iso(d.Date), line, at, d.Length, "title-dated", 95);
            }
        }

        // "Delivered by Ambassador Ana Ruiz on 6 June 2024": a statement's delivery date outranks a page's posting date.
        if (c.Kind is not (Documents.DocumentKind.NewsReport or Documents.DocumentKind.Letter or Documents.DocumentKind.IdenticalLetters or Documents.DocumentKind.NoteVerbale))
        {
            foreach (var line in c.Heading.Take(20))
            {
                if (DeliveredOn().Match(line.Text) is { Success: true } on && DateFinder.First(line.Text[(on.Index + on.Length)..]) is { Index: 0 } d)
                {
                    yield return c.Propose("date", Iso(d.Date), line, on.Index + on.Length, d.Length, "delivered-on", 90);
                    break;
                }
            }
        }

        // date: '2022-06-06' / doc_date: '1974-10-14' / published_time: 2022-01-31 10:49:55-05:00
        foreach (var key in new[] { "date", "doc_date", "published_time", "published" })
        {
            if (c.Normalized.FrontMatter.TryGetValue(key, out var value) && DateFinder.First(value.Value) is { Index: 0 } fm)
            {
                yield return new Candidate("date", Iso(fm.Date), value.Value, value.Start, "front-matter-" + key, 85);
                break;
            }
        }

        // " date 2023-04-25 (@agency)": the stamp a web capture puts before the page.
        if (ExportStamp().Match(c.Text) is { Success: true } stamp && DateFinder.First(stamp.Groups[1].Value) is { } exported)
            yield return new Candidate("date", Iso(exported.Date), stamp.Groups[1].Value, stamp.Groups[1].Index, "export-stamp", 80);

        var position = 0;
        foreach (var line in c.Heading)
        {
            if (line.Zone == Zone.Masthead || DistributionDate().IsMatch(line.Text))
                continue;
            if (DateFinder.First(line.Text) is { } d && !EndsRange(line.Text, d.Index))
            {
                // "New York, 2 September 2008" or "[Wednesday, 3 May, 2023]": a line that is a date (and a place) is the
                // heading's date line; a date inside a title line is a little less sure.
                var rest = line.Text.Remove(d.Index, d.Length);
                var dateLine = rest.Count(char.IsLetter) <= 30 || d.Index == 0;
                yield return c.Propose("date", Iso(d.Date), line, d.Index, d.Length, dateLine ? "heading-date-line" : "heading-title-date", (dateLine ? 75 : 70) - Math.Min(position, 5));
                position++;
                if (position >= 2)
                    break;
            }
        }

        // "16 March 2024, Geneva – Statement on behalf of …": a first body line that opens with its date.
        if (c.Body.FirstOrDefault() is { } first && DateFinder.First(first.Text) is { Index: 0 } opening)
            yield return c.Propose("date", Iso(opening.Date), first, 0, opening.Length, "opening-dateline", 65);
    }

    // "22 February–23 March 2021", "(02-13 May 2016)": the end of a session's period, not the document's day.
    private static bool EndsRange(string line, int index)
    {
        var before = line.AsSpan(0, index).TrimEnd();
        if (before.Length == 0 || before[^1] is not ('-' or '\u2013' or '\u2014'))
            return false;
        var start = before[..^1].TrimEnd().ToString();
        return start.Length > 0 && (char.IsDigit(start[^1]) || RangeStart().IsMatch(start));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?:letters?|note verbale) dated\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Dated();

    [GeneratedRegex(@"\b(?:delivered|pronounced|given|made|presented)\b[^\n]{0,160}?\bon\s+(?:\p{L}+day,?\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveredOn();

    [GeneratedRegex(@"^\s*date (\d{4}-\d{2}-\d{2})\b")]
    private static partial Regex ExportStamp();

    [GeneratedRegex(@"\b\d{1,2}\s+\p{L}{3,9}\.?$")]
    private static partial Regex RangeStart();

    [GeneratedRegex(@"\bDistr\b|\bDistribution\b", RegexOptions.IgnoreCase)]
    private static partial Regex DistributionDate();
}

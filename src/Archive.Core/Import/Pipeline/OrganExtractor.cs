using System.Text.RegularExpressions;

namespace Archive.Core.Import.Pipeline;

/// <summary>
/// Proposes the forum: the organs of a UN masthead's session and year lines, the body named in the title ("at the UN
/// Security Council"), or the chair a speech addresses. A report of one organ to another is the second organ's business,
/// and a meeting "on the margins of" a session is no meeting of that organ.
/// </summary>
internal static partial class OrganExtractor
{
    public static IEnumerable<Candidate> Propose(ParseContext c, Documents.DocumentKind kind)
    {
        var isNews = kind == Documents.DocumentKind.NewsReport;
        var isLetter = kind is Documents.DocumentKind.Letter or Documents.DocumentKind.IdenticalLetters or Documents.DocumentKind.NoteVerbale;
        if (c.Reader.Organs.Count > 0)
        {
            var names = string.Join("; ", c.Reader.Organs.Select(o => o.Name).Distinct());
            yield return new Candidate("organ", names, names, -1, Candidate.ReaderPrefix + "organs", 60);
        }

        var heading = c.Heading.Take(25).ToList();
        foreach (var line in heading)
        {
            // "on the margins of the 70th session of the General Assembly": a side event, not the organ.
            if (Margins().Match(line.Text) is { Success: true } margins)
            {
                yield return c.Propose("organ", null, line, margins.Index, margins.Length, "side-event", 90);
                yield break;
            }
        }

        // "General Assembly Sixtieth session … Security Council Sixty-first year": a UN masthead names each body it goes to.
        var block = new List<(SourceLine Line, int Index, int Length, string Name)>();
        for (var i = 0; i < heading.Count; i++)
        {
            var line = heading[i];
            var named = ForumNames.FindAll(line.Text);
            // A masthead line opens with the organ; "at the joint meeting of the Council … and the Assembly" is an event line.
            if (named.Count == 0 || (named[0].Index > 0 && line.Zone != Zone.Masthead))
                continue;
            foreach (var organ in named)
            {
                var after = line.Text.AsSpan(organ.Index + organ.Length).TrimStart(" \n");
                // "Security Council" over "Seventy-seventh year" on the next line.
                if (after.Length == 0 && organ.Index == 0 && i + 1 < heading.Count)
                    after = heading[i + 1].Text;
                if (SessionOrYear().IsMatch(after.Length > 40 ? after[..40] : after) && !block.Any(b => b.Name == organ.Name))
                    block.Add((line, organ.Index, organ.Length, organ.Name));
            }
        }
        if (block.Count > 0)
            yield return c.Propose("organ", string.Join("; ", block.Select(b => b.Name)), block[0].Line, block[0].Index, block[0].Length, "masthead-session-block", 85);

        // "General Assembly" over "Security Council" at the top of a letter: a document of both bodies.
        var run = OrganRun(heading);
        if (isLetter && run.Names.Count > 1)
            yield return c.Propose("organ", string.Join("; ", run.Names), run.Lines[0], 0, run.Lines[0].Text.Length, "masthead-both-bodies", 84);

        // "Statement on Security Council reform": the Council's reform is debated in the General Assembly.
        foreach (var line in heading.Concat(c.Opening(300)).Take(12))
        {
            if (CouncilReform().Match(line.Text) is { Success: true } reform)
            {
                yield return c.Propose("organ", OrganNames.GeneralAssembly, line, reform.Index, reform.Length, "council-reform", 84);
                break;
            }
        }

        // "Remarks at a UN Security Council briefing on …", "Statement by Peru in the Fourth Committee": the title's forum.
        // A UN masthead document's forum is its session block, above; its title lines name other bodies.
        var masthead = c.Lines.Any(l => l.Zone == Zone.Masthead);
        foreach (var line in heading.Where(l => l.Zone == Zone.Heading && !masthead))
        {
            // "General Assembly Security Council" alone on a line of a web page is its menu; "Sixth Committee" alone is a heading.
            if (run.Names.Count > 1 && run.Lines.Contains(line))
                continue;
            if (Forums(line.Text) is [var forum, ..] forums)
            {
                yield return c.Propose("organ", string.Join("; ", forums.Select(f => f.Name).Distinct()), line, forum.Index, forum.Length, "heading-forum", 82);
                break;
            }
        }
        if (c.Normalized.FrontMatter.TryGetValue("title", out var title) && Forums(title.Value) is [var fm, ..])
            yield return new Candidate("organ", fm.Name, title.Value.Substring(fm.Index, fm.Length), title.Start + fm.Index, "front-matter-title-forum", 78);

        // "… addressed to the President of the Security Council": where a letter is sent.
        foreach (var line in heading.Concat(c.Opening(300)))
        {
            if (Addressed().Match(line.Text) is { Success: true } to && ForumNames.FindAll(to.Value) is [var first, ..])
            {
                // "… addressed to the Secretary-General and the President of the Security Council": circulated in both.
                var both = to.Value.Contains("Secretary-General", StringComparison.OrdinalIgnoreCase) && first.Name == OrganNames.SecurityCouncil;
                yield return c.Propose("organ", both ? OrganNames.GeneralAssembly + "; " + OrganNames.SecurityCouncil : first.Name, line, to.Index, to.Length,
                    both ? "addressed-to-both" : "addressed-to", 70);
                break;
            }
        }

        foreach (var line in c.Opening(600).Take(4))
        {
            // "Madam President of the General Assembly;", "I congratulate you on your election as President of the 73rd General Assembly".
            if (!isNews && ChairOf().Match(line.Text) is { Success: true } chair && ForumNames.FindAll(chair.Value) is [var organ, ..])
            {
                yield return c.Propose("organ", organ.Name, line, chair.Index, chair.Length, "chair-addressed", 45);
                break;
            }
            // "Speaking during the Security Council's open debate on …": a report names the meeting.
            if (MeetingOf().Match(line.Text) is { Success: true } meeting && ForumNames.FindAll(meeting.Value) is [var met, ..])
            {
                yield return c.Propose("organ", met.Name, line, meeting.Index, meeting.Length, "opening-meeting", 55);
                break;
            }
        }
    }

    // The first lines that are nothing but organ names ("General Assembly" / "Security Council"), and the organs they name.
    private static (List<SourceLine> Lines, List<string> Names) OrganRun(List<SourceLine> heading)
    {
        var lines = new List<SourceLine>();
        foreach (var line in heading.Take(8))
        {
            if (OrganNames.IsOnlyOrgans(line.Text))
                lines.Add(line);
            else if (lines.Count > 0)
                break;
        }
        return (lines, [.. lines.SelectMany(l => ForumNames.FindAll(l.Text)).Select(o => o.Name).Distinct()]);
    }

    // The forums a title line names, less the author of a report to another body ("Report of the Council to the Assembly").
    private static List<(int Index, int Length, string Name)> Forums(string line)
    {
        var all = ForumNames.FindAll(line);
        var forums = new List<(int Index, int Length, string Name)>();
        // "Agenda item 104 (c) Election of members of the Human Rights Council": an item's title names its subject.
        var item = AgendaItem().Match(line);
        foreach (var organ in all)
        {
            if (item.Success && organ.Index > item.Index)
                break;
            var before = line[Math.Max(0, organ.Index - 30)..organ.Index];
            if (ReportOf().IsMatch(before) || TopicOf().IsMatch(before))
                continue;
            // "the First Committee of the 79th General Assembly": the committee, and the Assembly it belongs to.
            forums.Add(organ);
        }
        return forums;
    }

    // "Agenda item 104 (c)", "Item 43 of the provisional agenda".
    [GeneratedRegex(@"\b[Aa]genda items? \d|\bItem \d{1,3}\b")]
    private static partial Regex AgendaItem();

    // "statement on Security Council reform", "the question of equitable representation on and increase in the membership of the Security Council".
    [GeneratedRegex(@"\bSecurity Council [Rr]eform\b|\breform of the (?:UN |United Nations )?Security Council\b|\b[Ee]quitable [Rr]epresentation on and [Ii]ncrease in the [Mm]embership of the Security Council\b")]
    private static partial Regex CouncilReform();

    // "a ministerial meeting on the margins of the 79th session".
    [GeneratedRegex(@"\b(?:on|in) the (?:margins|sidelines) of\b", RegexOptions.IgnoreCase)]
    private static partial Regex Margins();

    // "… Assembly Sixty-fourth session", "Council – 56th session", "Council Seventy-seventh year": what follows a masthead organ.
    [GeneratedRegex(@"^[,–-]?\s*(?:\p{L}+[- ])?\p{L}+ (?:session|year)\b|^[,–-]?\s*\d{1,3}(?:st|nd|rd|th) (?:session|year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SessionOrYear();

    // "Report of the Security Council to the General Assembly": the Council is the report's author, not the forum.
    [GeneratedRegex(@"\bReport of (?:the )?(?:UN |United Nations )?$|\breform of (?:the )?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportOf();

    // "… increase in the membership of the Security Council": the Council is the subject.
    [GeneratedRegex(@"\b(?:Membership of the|Increase in the Membership of the) $", RegexOptions.IgnoreCase)]
    private static partial Regex TopicOf();

    // "addressed to the President of the Security Council", also OCR-damaged ("ADDRESSEDTO TFiZ FRESIl%NT .OF THE …").
    [GeneratedRegex(@"\baddressed\s*to\s*(?:the\s*)?(?:Secretary-General and the\s+)?(?:President|PRESIDENT|Chair\w*|CHAIR\w*)\W{0,3}\s*(?:of|OF)\s+(?:the\s+|THE\s+)?[\p{L} ]{5,40}", RegexOptions.IgnoreCase)]
    private static partial Regex Addressed();

    // "Madam President of the General Assembly", "President of the 73rd General Assembly".
    [GeneratedRegex(@"\bPresident of the (?:\d{1,3}(?:st|nd|rd|th) (?:session of the )?)?(?:United Nations |UN )?(?:General Assembly|Security Council|Human Rights Council)")]
    private static partial Regex ChairOf();

    // "Speaking during the UN Security Council's open debate", "Today in the United Nations Security Council,".
    // "… told the Security Council on Thursday", "… briefed the U.N. General Assembly": the body a speaker addressed.
    [GeneratedRegex(@"\b(?:during|at|in) (?:the )?(?:UN |United Nations )?(?:Security Council|General Assembly|Human Rights Council)(?:’s|'s)?(?: (?:open debate|debate|meeting|briefing|session)|,)|\b(?:told|addressed|briefed|urged|warned) (?:the )?(?:UN |U\.N\. |United Nations )?(?:Security Council|General Assembly|Human Rights Council)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingOf();
}

using System.Globalization;
using System.Text;
using System.Xml;
using Archive.Core.Citations;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Reading;
using Archive.Web.Api;
using Archive.Web.Pages;
using Archive.Web.Pages.Kinds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Archive.Web.Oai;

/// <summary>
/// OAI-PMH 2.0 at /oai (docs/oai-pmh.md): the six verbs, oai_dc, sets by organ and by kind, datestamps of the last
/// change, resumption tokens, and withdrawn documents as deleted records (their header only, never their content).
/// </summary>
public static class OaiEndpoint
{
    private const string OaiNs = "http://www.openarchives.org/OAI/2.0/";
    private const string OaiDcNs = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";
    private const string Prefix = "oai_dc";
    private const string StampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static void AddArchiveOai(this WebApplicationBuilder builder) =>
        builder.Services.AddOptions<OaiOptions>().Bind(builder.Configuration.GetSection(OaiOptions.Section))
            .Validate(o => o.PageSize is >= 1 and <= 1000, "Archive:Oai:PageSize runs from 1 to 1000.").ValidateOnStart();

    public static void MapArchiveOai(this WebApplication app)
    {
        app.MapGet("/oai", (HttpContext http, ArchiveDb db, ChangeCache changes, IOptions<OaiOptions> options, ILoggerFactory logs, CancellationToken ct) =>
            AnswerAsync(http, http.Request.Query, db, changes, options.Value, logs, ct)).RequireRateLimiting(ApiServices.RateLimitPolicy).ExcludeFromDescription();
        app.MapPost("/oai", async (HttpContext http, ArchiveDb db, ChangeCache changes, IOptions<OaiOptions> options, ILoggerFactory logs, CancellationToken ct) =>
        {
            // Section 3.1.1.2: POST carries the same arguments as application/x-www-form-urlencoded.
            if (!http.Request.HasFormContentType)
                return await AnswerAsync(http, [], db, changes, options.Value, logs, ct);
            var form = await http.Request.ReadFormAsync(ct);
            return await AnswerAsync(http, form, db, changes, options.Value, logs, ct);
        }).RequireRateLimiting(ApiServices.RateLimitPolicy).DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<IResult> AnswerAsync(HttpContext http, IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> pairs,
        ArchiveDb db, ChangeCache changes, OaiOptions options, ILoggerFactory logs, CancellationToken ct)
    {
        var arguments = OaiArguments.Parse(pairs);
        var response = new OaiResponse(Canonical.Absolute(http.Request, "/oai"), arguments);
        if (arguments.Errors.Count == 0)
        {
            var context = new Context(http, db, changes, options, response, arguments);
            await (arguments.Verb switch
            {
                "Identify" => IdentifyAsync(context, ct),
                "ListMetadataFormats" => ListMetadataFormatsAsync(context, ct),
                "ListSets" => ListSetsAsync(context, ct),
                "GetRecord" => GetRecordAsync(context, ct),
                _ => ListAsync(context, arguments.Verb == "ListRecords", ct),
            });
        }
        if (response.Errors.Count > 0 || arguments.Errors.Count > 0)
        {
            logs.CreateLogger(typeof(OaiEndpoint)).LogInformation("OAI-PMH {Verb} answered {Errors}", arguments.Verb,
                string.Join("; ", arguments.Errors.Concat(response.Errors).Select(e => e.Code + ": " + e.Message)));
        }
        return Results.Bytes(response.ToBytes(), "text/xml; charset=utf-8");
    }

    private sealed record Context(HttpContext Http, ArchiveDb Db, ChangeCache Changes, OaiOptions Options, OaiResponse Response, OaiArguments Arguments);

    private static async Task IdentifyAsync(Context c, CancellationToken ct)
    {
        var changes = await c.Changes.GetAsync(c.Db, ct);
        var earliest = changes.Count > 0 ? changes.Min(d => d.LastChange) : DateTimeOffset.UtcNow;
        c.Response.Body(w =>
        {
            w.WriteStartElement("Identify", OaiNs);
            w.WriteElementString("repositoryName", OaiNs, c.Options.RepositoryName);
            w.WriteElementString("baseURL", OaiNs, c.Response.BaseUrl);
            w.WriteElementString("protocolVersion", OaiNs, "2.0");
            w.WriteElementString("adminEmail", OaiNs, c.Options.AdminEmail);
            w.WriteElementString("earliestDatestamp", OaiNs, Stamp(earliest));
            // Withdrawn documents stay deleted records for as long as they are withdrawn; nothing is ever erased.
            w.WriteElementString("deletedRecord", OaiNs, "persistent");
            w.WriteElementString("granularity", OaiNs, "YYYY-MM-DDThh:mm:ssZ");
            w.WriteEndElement();
        });
    }

    private static async Task ListMetadataFormatsAsync(Context c, CancellationToken ct)
    {
        if (c.Arguments.Get("identifier") is { } identifier && await FindAsync(c, identifier, ct) is null)
        {
            c.Response.Error("idDoesNotExist", $"The archive has no item {identifier}.");
            return;
        }
        c.Response.Body(w =>
        {
            w.WriteStartElement("ListMetadataFormats", OaiNs);
            w.WriteStartElement("metadataFormat", OaiNs);
            w.WriteElementString("metadataPrefix", OaiNs, Prefix);
            w.WriteElementString("schema", OaiNs, "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
            w.WriteElementString("metadataNamespace", OaiNs, OaiDcNs);
            w.WriteEndElement();
            w.WriteEndElement();
        });
    }

    private static async Task ListSetsAsync(Context c, CancellationToken ct)
    {
        if (c.Arguments.Get("resumptionToken") is { } token)
        {
            c.Response.Error("badResumptionToken", $"The set list comes whole; no resumption token such as {token} was given for it.");
            return;
        }
        var organs = await c.Db.Organs.Where(o => c.Db.Set<DocumentOrgan>().Any(l => l.OrganId == o.Id)).OrderBy(o => o.Slug)
            .Select(o => new { o.Slug, o.Name }).ToListAsync(ct);
        var kinds = (await c.Db.Documents.Select(d => d.Kind).Distinct().ToListAsync(ct)).OrderBy(KindNames.Slug, StringComparer.Ordinal).ToList();
        c.Response.Body(w =>
        {
            w.WriteStartElement("ListSets", OaiNs);
            Set(w, "organ", "Documents by UN organ");
            foreach (var organ in organs)
                Set(w, "organ:" + organ.Slug, organ.Name);
            Set(w, "kind", "Documents by kind");
            foreach (var kind in kinds)
                Set(w, "kind:" + KindNames.Slug(kind), KindNames.Plural(kind));
            w.WriteEndElement();
        });

        static void Set(XmlWriter w, string spec, string name)
        {
            w.WriteStartElement("set", OaiNs);
            w.WriteElementString("setSpec", OaiNs, spec);
            w.WriteElementString("setName", OaiNs, name);
            w.WriteEndElement();
        }
    }

    private static async Task GetRecordAsync(Context c, CancellationToken ct)
    {
        var identifier = c.Arguments.Get("identifier")!;
        if (c.Arguments.Get("metadataPrefix") != Prefix)
        {
            c.Response.Error("cannotDisseminateFormat", $"The archive gives records as {Prefix} only.");
            return;
        }
        if (await FindAsync(c, identifier, ct) is not { } change)
        {
            c.Response.Error("idDoesNotExist", $"The archive has no item {identifier}.");
            return;
        }
        var documents = await RecordsAsync(c.Db, [change], ct);
        c.Response.Body(w =>
        {
            w.WriteStartElement("GetRecord", OaiNs);
            Record(w, c, change, documents.GetValueOrDefault(change.Id));
            w.WriteEndElement();
        });
    }

    private static async Task ListAsync(Context c, bool records, CancellationToken ct)
    {
        var verb = records ? "ListRecords" : "ListIdentifiers";
        ResumptionToken? after = null;
        string? prefix, set, fromText, untilText;
        DateTimeOffset? from = c.Arguments.From, until = c.Arguments.Until;
        if (c.Arguments.Get("resumptionToken") is { } token)
        {
            after = ResumptionToken.Decode(token);
            var again = after is null ? null : OaiArguments.Parse(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
            {
                ["verb"] = verb, ["metadataPrefix"] = after.Prefix,
                ["from"] = after.From is null ? default : after.From, ["until"] = after.Until is null ? default : after.Until,
                ["set"] = after.Set is null ? default : after.Set,
            }.Where(p => p.Value.Count > 0));
            if (after is null || after.Verb != verb || again!.Errors.Count > 0)
            {
                c.Response.Error("badResumptionToken", "The resumption token is not one this repository gave for this verb.");
                return;
            }
            (prefix, set, fromText, untilText, from, until) = (after.Prefix, after.Set, after.From, after.Until, again.From, again.Until);
        }
        else
        {
            (prefix, set, fromText, untilText) = (c.Arguments.Get("metadataPrefix"), c.Arguments.Get("set"), c.Arguments.Get("from"), c.Arguments.Get("until"));
        }
        if (prefix != Prefix)
        {
            c.Response.Error("cannotDisseminateFormat", $"The archive gives records as {Prefix} only.");
            return;
        }

        var matching = (await c.Changes.GetAsync(c.Db, ct))
            .Select(d => d with { LastChange = Seconds(d.LastChange) })
            .Where(d => set is null || InSet(d, set))
            .Where(d => (from is null || d.LastChange >= from) && (until is null || d.LastChange <= until))
            .OrderBy(d => d.LastChange).ThenBy(d => d.Id)
            .ToList();
        var rest = after is null ? matching
            : matching.Where(d => d.LastChange.UtcTicks > after.LastTicks || (d.LastChange.UtcTicks == after.LastTicks && d.Id > after.LastId)).ToList();
        var page = rest.Take(c.Options.PageSize).ToList();
        if (page.Count == 0)
        {
            if (after is null)
                c.Response.Error("noRecordsMatch", "No item matches these arguments.");
            else
                c.Response.Error("badResumptionToken", "Nothing is left after this resumption token: the list has changed since it was given.");
            return;
        }
        var documents = records ? await RecordsAsync(c.Db, page, ct) : [];
        var cursor = after?.Cursor ?? 0;
        var next = rest.Count > page.Count
            ? new ResumptionToken(verb, prefix, fromText, untilText, set, page[^1].LastChange.UtcTicks, page[^1].Id, cursor + page.Count).Encode()
            : null;
        c.Response.Body(w =>
        {
            w.WriteStartElement(verb, OaiNs);
            foreach (var change in page)
            {
                if (records)
                    Record(w, c, change, documents.GetValueOrDefault(change.Id));
                else
                    Header(w, c, change);
            }
            // The last page of a resumed list carries an empty token (section 3.5).
            if (next is not null || after is not null)
            {
                w.WriteStartElement("resumptionToken", OaiNs);
                w.WriteAttributeString("completeListSize", matching.Count.ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("cursor", cursor.ToString(CultureInfo.InvariantCulture));
                if (next is not null)
                    w.WriteString(next);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
    }

    private static bool InSet(DocumentChange d, string set) => set switch
    {
        "organ" => d.Organs.Count > 0,
        "kind" => true,
        _ when set.StartsWith("organ:", StringComparison.Ordinal) => d.Organs.Contains(set["organ:".Length..]),
        _ when set.StartsWith("kind:", StringComparison.Ordinal) => KindNames.Slug(d.Kind) == set["kind:".Length..],
        _ => false,
    };

    /// <summary>One item by its OAI identifier, public or withdrawn; null for anything else, drafts included.</summary>
    private static async Task<DocumentChange?> FindAsync(Context c, string identifier, CancellationToken ct)
    {
        var prefix = "oai:" + c.Options.Namespace + ":";
        if (!identifier.StartsWith(prefix, StringComparison.Ordinal))
            return null;
        var key = identifier[prefix.Length..];
        var document = await c.Db.Documents.AsNoTracking().Include(d => d.Organs).ThenInclude(o => o.Organ).FirstOrDefaultAsync(d => d.Key == key, ct)
            ?? await c.Db.Documents.IgnoreQueryFilters().AsNoTracking().Include(d => d.Organs).ThenInclude(o => o.Organ)
                .FirstOrDefaultAsync(d => d.Key == key && d.WithdrawnAt != null, ct);
        return document is null ? null : new DocumentChange(document.Id, document.Key, document.Slug, document.Kind,
            [.. document.Organs.Select(o => o.Organ.Slug)], document.IsWithdrawn, Seconds(await c.Db.LastChangeAsync(document, ct)));
    }

    // Public documents only: the filters keep a withdrawn (or draft) document's content out of every record.
    private static async Task<Dictionary<int, Document>> RecordsAsync(ArchiveDb db, IReadOnlyList<DocumentChange> page, CancellationToken ct)
    {
        var ids = page.Where(d => !d.Withdrawn).Select(d => d.Id).ToList();
        return await db.Documents.AsNoTracking().AsSplitQuery().Where(d => ids.Contains(d.Id))
            .Include(d => d.Speakers).Include(d => d.Organs).ThenInclude(o => o.Organ)
            .Include(d => d.AgendaItems).ThenInclude(a => a.AgendaItem)
            .ToDictionaryAsync(d => d.Id, ct);
    }

    private static void Header(XmlWriter w, Context c, DocumentChange d)
    {
        w.WriteStartElement("header", OaiNs);
        if (d.Withdrawn)
            w.WriteAttributeString("status", "deleted");
        w.WriteElementString("identifier", OaiNs, "oai:" + c.Options.Namespace + ":" + d.Key);
        w.WriteElementString("datestamp", OaiNs, Stamp(d.LastChange));
        foreach (var organ in d.Organs.Distinct().Order(StringComparer.Ordinal))
            w.WriteElementString("setSpec", OaiNs, "organ:" + organ);
        w.WriteElementString("setSpec", OaiNs, "kind:" + KindNames.Slug(d.Kind));
        w.WriteEndElement();
    }

    private static void Record(XmlWriter w, Context c, DocumentChange change, Document? d)
    {
        w.WriteStartElement("record", OaiNs);
        Header(w, c, change with { Withdrawn = change.Withdrawn || d is null });
        if (d is not null)
        {
            w.WriteStartElement("metadata", OaiNs);
            w.WriteStartElement(Prefix, "dc", OaiDcNs);
            w.WriteAttributeString("xmlns", "dc", null, DcNs);
            w.WriteAttributeString("xsi", "schemaLocation", XsiNs, OaiDcNs + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
            Dc(w, "title", d.Title ?? "Untitled document");
            var people = d.Speakers.OrderBy(s => s.Position).Select(s => s.SpellingUsed).ToList();
            foreach (var person in people)
                Dc(w, "creator", person);
            if (people.Count == 0)
                Dc(w, "creator", d.Author ?? d.Country);
            else
                Dc(w, "contributor", d.Author ?? d.Country);
            foreach (var item in d.AgendaItems.OrderBy(a => a.Position).Select(a => a.AgendaItem.Title).OfType<string>())
                Dc(w, "subject", item);
            foreach (var organ in d.Organs.OrderBy(o => o.Position))
                Dc(w, "subject", organ.Organ.Name);
            Dc(w, "description", d.Event);
            Dc(w, "publisher", d.Source ?? c.Options.RepositoryName);
            Dc(w, "date", d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Dc(w, "type", "Text");
            Dc(w, "type", DocumentKinds.Label(d.Kind));
            Dc(w, "format", "text/plain");
            Dc(w, "identifier", Canonical.Absolute(c.Http.Request, "/documents/" + d.Slug));
            Dc(w, "identifier", d.Symbol);
            Dc(w, "language", d.Language is null ? null : Citation.LanguageTag(d.Language));
            Dc(w, "coverage", d.Place);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Dc(XmlWriter w, string element, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            w.WriteElementString("dc", element, DcNs, value);
    }

    private static DateTimeOffset Seconds(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString(StampFormat, CultureInfo.InvariantCulture);

    /// <summary>The response envelope (responseDate, request, then the verb's element or the errors).</summary>
    private sealed class OaiResponse(string baseUrl, OaiArguments arguments)
    {
        private Action<XmlWriter>? _body;

        public string BaseUrl => baseUrl;
        public List<(string Code, string Message)> Errors { get; } = [];

        public void Body(Action<XmlWriter> body) => _body = body;

        public void Error(string code, string message) => Errors.Add((code, message));

        public byte[] ToBytes()
        {
            using var stream = new MemoryStream();
            using (var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            {
                w.WriteStartDocument();
                w.WriteStartElement("OAI-PMH", OaiNs);
                w.WriteAttributeString("xmlns", "xsi", null, XsiNs);
                w.WriteAttributeString("xsi", "schemaLocation", XsiNs, OaiNs + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
                w.WriteElementString("responseDate", OaiNs, Stamp(DateTimeOffset.UtcNow));
                w.WriteStartElement("request", OaiNs);
                var errors = arguments.Errors.Concat(Errors).ToList();
                if (arguments.EchoArguments)
                {
                    foreach (var (key, value) in arguments.Values.OrderBy(p => p.Key, StringComparer.Ordinal))
                        w.WriteAttributeString(key, value);
                }
                w.WriteString(baseUrl);
                w.WriteEndElement();
                if (errors.Count > 0)
                {
                    foreach (var (code, message) in errors)
                    {
                        w.WriteStartElement("error", OaiNs);
                        w.WriteAttributeString("code", code);
                        w.WriteString(message);
                        w.WriteEndElement();
                    }
                }
                else
                {
                    _body?.Invoke(w);
                }
                w.WriteEndElement();
            }
            return stream.ToArray();
        }
    }
}

using System.Globalization;

namespace Archive.Web.Oai;

/// <summary>
/// A harvester's request checked against OAI-PMH 2.0 section 3.1: the verb, which arguments each verb allows or needs,
/// no argument twice, dates in one of the two granularities. What fails becomes the protocol's error codes.
/// </summary>
public sealed class OaiArguments
{
    public static readonly string[] Verbs = ["Identify", "ListMetadataFormats", "ListSets", "GetRecord", "ListIdentifiers", "ListRecords"];

    private static readonly Dictionary<string, (string[] Required, string[] Optional, bool Resumable)> Rules = new(StringComparer.Ordinal)
    {
        ["Identify"] = ([], [], false),
        ["ListMetadataFormats"] = ([], ["identifier"], false),
        ["ListSets"] = ([], [], true),
        ["GetRecord"] = (["identifier", "metadataPrefix"], [], false),
        ["ListIdentifiers"] = (["metadataPrefix"], ["from", "until", "set"], true),
        ["ListRecords"] = (["metadataPrefix"], ["from", "until", "set"], true),
    };

    public string? Verb { get; private init; }
    public IReadOnlyDictionary<string, string> Values { get; private init; } = new Dictionary<string, string>();
    public List<(string Code, string Message)> Errors { get; } = [];

    /// <summary>True when the request element may echo the arguments: not after badVerb or badArgument (section 3.2).</summary>
    public bool EchoArguments => Errors.All(e => e.Code is not ("badVerb" or "badArgument"));

    public DateTimeOffset? From { get; private set; }
    public DateTimeOffset? Until { get; private set; }

    public string? Get(string name) => Values.GetValueOrDefault(name);

    public static OaiArguments Parse(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var repeated = new List<string>();
        foreach (var (key, raw) in pairs)
        {
            if (raw.Count > 1)
                repeated.Add(key);
            values[key] = raw.ToString();
        }
        values.TryGetValue("verb", out var verb);
        var arguments = new OaiArguments { Verb = verb, Values = values };
        if (verb is null || !Rules.TryGetValue(verb, out var rule))
        {
            arguments.Errors.Add(("badVerb", verb is null ? "The request names no verb." : $"\"{verb}\" is not an OAI-PMH verb: use one of {string.Join(", ", Verbs)}."));
            return arguments;
        }
        if (repeated.Contains("verb"))
        {
            arguments.Errors.Add(("badVerb", "The verb is given more than once."));
            return arguments;
        }
        foreach (var key in repeated)
            arguments.Errors.Add(("badArgument", $"The argument {key} is given more than once."));
        var given = values.Keys.Where(k => k != "verb").ToList();
        if (rule.Resumable && values.ContainsKey("resumptionToken"))
        {
            // A resumption token is an exclusive argument: it carries the others.
            foreach (var other in given.Where(k => k != "resumptionToken"))
                arguments.Errors.Add(("badArgument", $"{other} cannot be given with resumptionToken, which is exclusive."));
            return arguments;
        }
        foreach (var key in given.Where(k => !rule.Required.Contains(k) && !rule.Optional.Contains(k)))
            arguments.Errors.Add(("badArgument", $"{verb} takes no argument {key}."));
        foreach (var key in rule.Required.Where(k => !values.ContainsKey(k) || values[k].Length == 0))
            arguments.Errors.Add(("badArgument", $"{verb} needs the argument {key}."));
        arguments.From = arguments.Date("from", endOfDay: false);
        arguments.Until = arguments.Date("until", endOfDay: true);
        if (values.TryGetValue("from", out var f) && values.TryGetValue("until", out var u) && arguments.From is not null && arguments.Until is not null)
        {
            if (f.Length != u.Length)
                arguments.Errors.Add(("badArgument", "from and until must have the same granularity."));
            else if (arguments.From > arguments.Until)
                arguments.Errors.Add(("badArgument", "from is later than until."));
        }
        return arguments;
    }

    // "2026-12-01" or "2026-12-01T10:00:00Z"; a day as until takes in that whole day.
    private DateTimeOffset? Date(string name, bool endOfDay)
    {
        if (!Values.TryGetValue(name, out var text))
            return null;
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(endOfDay ? new TimeOnly(23, 59, 59) : TimeOnly.MinValue), TimeSpan.Zero);
        if (text.Length == 20 && DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            return time;
        Errors.Add(("badArgument", $"{name} \"{text}\" is not a date of the form YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ."));
        return null;
    }
}

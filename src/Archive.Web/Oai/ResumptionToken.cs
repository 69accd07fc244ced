using System.Globalization;
using System.Text;

namespace Archive.Web.Oai;

/// <summary>
/// Where a list stopped and what it was asked: the list's arguments and the datestamp and id of the last item given, so
/// the next page starts just after it (items change order only by changing, which moves them to the end).
/// </summary>
public sealed record ResumptionToken(string Verb, string Prefix, string? From, string? Until, string? Set, long LastTicks, int LastId, int Cursor)
{
    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join('\n',
            "v1", Verb, Prefix, From ?? "", Until ?? "", Set ?? "", LastTicks.ToString(CultureInfo.InvariantCulture),
            LastId.ToString(CultureInfo.InvariantCulture), Cursor.ToString(CultureInfo.InvariantCulture))))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static ResumptionToken? Decode(string text)
    {
        if (text.Length is 0 or > 1000)
            return null;
        try
        {
            var padded = text.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split('\n');
            if (parts is not ["v1", var verb, var prefix, var from, var until, var set, var ticks, var id, var cursor])
                return null;
            if (!long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                || !int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                || !int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var c))
                return null;
            return new ResumptionToken(verb, prefix, Empty(from), Empty(until), Empty(set), t, i, c);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;
}

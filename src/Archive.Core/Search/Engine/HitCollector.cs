using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search.Engine;

/// <summary>
/// Counts every hit into the facets from doc values (years from the main date, kinds, organs, speakers, agenda items),
/// segment by segment, and stops the search when its token is cancelled (the request's deadline or the client leaving).
/// </summary>
public sealed class HitCollector(CancellationToken ct) : ICollector
{
    // Counts by year from 1 to 2999 in an array: a dictionary per hit costs more than the rest of the counting.
    private readonly int[] _yearCounts = new int[3000];
    private readonly Dictionary<string, int> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _organs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _speakers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _agenda = new(StringComparer.Ordinal);

    private NumericDocValues? _date;
    private IBits? _hasDate;
    private SortedDocValues? _kind;
    private (SortedSetDocValues Values, int[] Counts, Dictionary<string, int> Into)[] _sets = [];
    private int[] _kindCounts = [];

    public int Total { get; private set; }
    public IReadOnlyDictionary<int, int> Years =>
        Enumerable.Range(0, _yearCounts.Length).Where(y => _yearCounts[y] > 0).ToDictionary(y => y, y => _yearCounts[y]);
    public IReadOnlyDictionary<string, int> Kinds => _kinds;
    public IReadOnlyDictionary<string, int> Organs => _organs;
    public IReadOnlyDictionary<string, int> Speakers => _speakers;
    public IReadOnlyDictionary<string, int> AgendaItems => _agenda;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _date = reader.GetNumericDocValues(SearchFields.Date);
        _hasDate = reader.GetDocsWithField(SearchFields.Date);
        _kind = reader.GetSortedDocValues(SearchFields.KindFacet);
        _kindCounts = new int[_kind?.ValueCount ?? 0];
        _sets = new[] { (SearchFields.OrganFacet, _organs), (SearchFields.SpeakerFacet, _speakers), (SearchFields.AgendaFacet, _agenda) }
            .Select(f => (Values: reader.GetSortedSetDocValues(f.Item1), f.Item2))
            .Where(f => f.Values is not null)
            .Select(f => (f.Values!, new int[f.Values!.ValueCount], f.Item2))
            .ToArray();
    }

    public void Collect(int doc)
    {
        if ((++Total & 4095) == 0)
            ct.ThrowIfCancellationRequested();
        if (_hasDate?.Get(doc) == true)
        {
            var year = (int)(_date!.Get(doc) / 10000);
            if (year is > 0 and < 3000)
                _yearCounts[year]++;
        }
        if (_kind is not null && _kind.GetOrd(doc) is var ord and >= 0)
            _kindCounts[ord]++;
        foreach (var (values, counts, _) in _sets)
        {
            values.SetDocument(doc);
            long o;
            while ((o = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                counts[o]++;
        }
    }

    /// <summary>Adds another collector's counts (the same search over other segments).</summary>
    public void Add(HitCollector other)
    {
        Total += other.Total;
        for (var y = 0; y < _yearCounts.Length; y++)
            _yearCounts[y] += other._yearCounts[y];
        foreach (var (into, from) in new[] { (_kinds, other._kinds), (_organs, other._organs), (_speakers, other._speakers), (_agenda, other._agenda) })
        {
            foreach (var (key, count) in from)
                into[key] = into.GetValueOrDefault(key) + count;
        }
    }

    /// <summary>Adds the last segment's counts; call once after the search.</summary>
    public void Finish() => Flush();

    private void Flush()
    {
        var bytes = new BytesRef();
        if (_kind is not null)
        {
            for (var ord = 0; ord < _kindCounts.Length; ord++)
            {
                if (_kindCounts[ord] == 0)
                    continue;
                _kind.LookupOrd(ord, bytes);
                var key = bytes.Utf8ToString();
                _kinds[key] = _kinds.GetValueOrDefault(key) + _kindCounts[ord];
            }
        }
        foreach (var (values, counts, into) in _sets)
        {
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                    continue;
                values.LookupOrd(ord, bytes);
                var key = bytes.Utf8ToString();
                into[key] = into.GetValueOrDefault(key) + counts[ord];
            }
        }
        _kind = null;
        _kindCounts = [];
        _sets = [];
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search.Engine;

/// <summary>
/// Counts every hit into the facets from doc values (years from the main date, kinds, organs, speakers, agenda items),
/// segment by segment, and stops the search when its token is cancelled (the request's deadline or the client leaving).
/// A hit only sets its bit while the search runs; when a segment is done its facets are counted in document order with
/// ordinals, and mapped to their names once. When most of a segment's documents match (a common word), the counts are
/// those of the whole segment (<see cref="SegmentTotals"/>, counted once per segment) less those of the documents that do
/// not match: the same exact numbers for a fraction of the work.
/// </summary>
public sealed class HitCollector(CancellationToken ct, HitCollector.Facet facets = HitCollector.Facet.All) : ICollector
{
    // Counts by year from 1 to 2999 in an array: a dictionary per hit costs more than the rest of the counting.
    private readonly int[] _yearCounts = new int[SegmentTotals.Years];
    private readonly Dictionary<string, int> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _organs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _speakers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _agenda = new(StringComparer.Ordinal);

    private AtomicReader? _reader;
    private FixedBitSet? _matched;
    private int _segmentHits;

    /// <summary>The facets this collector counts.</summary>
    [Flags]
    public enum Facet
    {
        None = 0,
        Year = 1,
        Kind = 2,
        Organ = 4,
        Speaker = 8,
        Agenda = 16,
        All = Year | Kind | Organ | Speaker | Agenda,
    }

    public int Total { get; private set; }

    /// <summary>Segments whose facets were counted from their totals less the documents that did not match.</summary>
    public int ComplementSegments { get; private set; }

    public IReadOnlyDictionary<int, int> Years =>
        Enumerable.Range(1, _yearCounts.Length - 1).Where(y => _yearCounts[y] > 0).ToDictionary(y => y, y => _yearCounts[y]);
    public IReadOnlyDictionary<string, int> Kinds => _kinds;
    public IReadOnlyDictionary<string, int> Organs => _organs;
    public IReadOnlyDictionary<string, int> Speakers => _speakers;
    public IReadOnlyDictionary<string, int> AgendaItems => _agenda;

    /// <summary>When false, every segment's facets are counted hit by hit (the tests compare both ways).</summary>
    public bool UseComplement { get; init; } = true;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _reader = context.AtomicReader;
        _segmentHits = 0;
        if (facets != Facet.None)
        {
            if (_matched is null || _matched.Length < _reader.MaxDoc)
                _matched = new FixedBitSet(_reader.MaxDoc);
            else
                _matched.Clear(0, _matched.Length);
        }
    }

    public void Collect(int doc)
    {
        if ((++Total & 4095) == 0)
            ct.ThrowIfCancellationRequested();
        _segmentHits++;
        _matched?.Set(doc);
    }

    /// <summary>Adds another collector's counts (the same search over other segments).</summary>
    public void Add(HitCollector other)
    {
        Total += other.Total;
        ComplementSegments += other.ComplementSegments;
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
        var reader = _reader;
        _reader = null;
        if (reader is null || _segmentHits == 0 || facets == Facet.None)
            return;
        var maxDoc = reader.MaxDoc;
        var counts = new SegmentCounts(reader, facets);
        // Past half the segment the documents that do not match are fewer: count them, and take them from the totals.
        if (UseComplement && _segmentHits > maxDoc / 2)
        {
            counts.StartFrom(SegmentTotals.For(reader));
            var bits = _matched!.GetBits();
            var words = (maxDoc + 63) >> 6;
            for (var w = 0; w < words; w++)
            {
                var word = ~bits[w];
                if (w == words - 1 && (maxDoc & 63) != 0)
                    word &= (1L << (maxDoc & 63)) - 1;
                while (word != 0)
                {
                    counts.Add((w << 6) + BitOperations.TrailingZeroCount(word), -1);
                    word &= word - 1;
                }
            }
            ComplementSegments++;
        }
        else
        {
            var bits = _matched!.GetBits();
            var words = (maxDoc + 63) >> 6;
            for (var w = 0; w < words; w++)
            {
                var word = bits[w];
                while (word != 0)
                {
                    counts.Add((w << 6) + BitOperations.TrailingZeroCount(word), 1);
                    word &= word - 1;
                }
            }
        }
        for (var y = 1; y < _yearCounts.Length; y++)
            _yearCounts[y] += counts.YearCounts[y];
        counts.AddNames(_kinds, _organs, _speakers, _agenda);
    }

    /// <summary>One segment's facet counts by ordinal, while they are counted.</summary>
    internal sealed class SegmentCounts
    {
        private readonly NumericDocValues? _date;
        private readonly SortedDocValues? _kind;
        private readonly (SortedSetDocValues Values, int[] Counts)[] _sets;

        public SegmentCounts(AtomicReader reader, Facet facets)
        {
            if (facets.HasFlag(Facet.Year))
                _date = reader.GetNumericDocValues(SearchFields.Date);
            if (facets.HasFlag(Facet.Kind))
                _kind = reader.GetSortedDocValues(SearchFields.KindFacet);
            Organ = facets.HasFlag(Facet.Organ) ? reader.GetSortedSetDocValues(SearchFields.OrganFacet) : null;
            Speaker = facets.HasFlag(Facet.Speaker) ? reader.GetSortedSetDocValues(SearchFields.SpeakerFacet) : null;
            Agenda = facets.HasFlag(Facet.Agenda) ? reader.GetSortedSetDocValues(SearchFields.AgendaFacet) : null;
            YearCounts = new int[SegmentTotals.Years];
            KindCounts = new int[(_kind?.ValueCount ?? 0) + 1];
            OrganCounts = new int[Organ?.ValueCount ?? 0];
            SpeakerCounts = new int[Speaker?.ValueCount ?? 0];
            AgendaCounts = new int[Agenda?.ValueCount ?? 0];
            _sets = new[] { (Organ, OrganCounts), (Speaker, SpeakerCounts), (Agenda, AgendaCounts) }
                .Where(s => s.Item1 is not null).Select(s => (s.Item1!, s.Item2)).ToArray();
        }

        public SortedSetDocValues? Organ { get; }
        public SortedSetDocValues? Speaker { get; }
        public SortedSetDocValues? Agenda { get; }

        // Slot 0 of the years takes the undated documents (no date reads as 0) and dates out of range.
        public int[] YearCounts { get; }

        // Slot 0 of the kinds takes the documents without one (ordinal -1); ordinal o is in slot o + 1.
        public int[] KindCounts { get; }
        public int[] OrganCounts { get; }
        public int[] SpeakerCounts { get; }
        public int[] AgendaCounts { get; }

        /// <summary>Counts <paramref name="doc"/>'s facet values <paramref name="delta"/> times (1 to add it, -1 to take it away).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int doc, int delta)
        {
            if (_date is not null)
            {
                var year = _date.Get(doc) / 10000;
                YearCounts[year is > 0 and < SegmentTotals.Years ? (int)year : 0] += delta;
            }
            if (_kind is not null)
                KindCounts[_kind.GetOrd(doc) + 1] += delta;
            foreach (var (values, counts) in _sets)
            {
                values.SetDocument(doc);
                long o;
                while ((o = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    counts[o] += delta;
            }
        }

        /// <summary>Starts from the whole segment's counts (for the facets this counts), to take documents away from.</summary>
        public void StartFrom(SegmentTotals totals)
        {
            if (_date is not null)
                totals.YearCounts.CopyTo(YearCounts, 0);
            if (_kind is not null)
                totals.KindCounts.CopyTo(KindCounts, 0);
            if (Organ is not null)
                totals.OrganCounts.CopyTo(OrganCounts, 0);
            if (Speaker is not null)
                totals.SpeakerCounts.CopyTo(SpeakerCounts, 0);
            if (Agenda is not null)
                totals.AgendaCounts.CopyTo(AgendaCounts, 0);
        }

        /// <summary>Adds the counts by ordinal into the counts by name (undated and kindless documents are left out).</summary>
        public void AddNames(Dictionary<string, int> kinds, Dictionary<string, int> organs, Dictionary<string, int> speakers, Dictionary<string, int> agenda)
        {
            var bytes = new BytesRef();
            if (_kind is not null)
            {
                for (var slot = 1; slot < KindCounts.Length; slot++)
                {
                    if (KindCounts[slot] == 0)
                        continue;
                    _kind.LookupOrd(slot - 1, bytes);
                    var key = bytes.Utf8ToString();
                    kinds[key] = kinds.GetValueOrDefault(key) + KindCounts[slot];
                }
            }
            foreach (var (values, counts, into) in new[] { (Organ, OrganCounts, organs), (Speaker, SpeakerCounts, speakers), (Agenda, AgendaCounts, agenda) })
            {
                if (values is null)
                    continue;
                for (var ord = 0; ord < counts.Length; ord++)
                {
                    if (counts[ord] == 0)
                        continue;
                    values.LookupOrd(ord, bytes);
                    var key = bytes.Utf8ToString();
                    into[key] = into.GetValueOrDefault(key) + counts[ord];
                }
            }
        }
    }
}

/// <summary>
/// Every document's facet values counted over a whole segment (deleted documents too: they never match, so a search's
/// counts are these less those of the documents it did not match). Counted once per segment core and kept while the core
/// is open; a segment's doc values never change, whatever is deleted from it.
/// </summary>
public sealed class SegmentTotals
{
    internal const int Years = 3000;

    private static readonly ConditionalWeakTable<object, SegmentTotals> Cache = new();

    private SegmentTotals(HitCollector.SegmentCounts counts)
    {
        YearCounts = counts.YearCounts;
        KindCounts = counts.KindCounts;
        OrganCounts = counts.OrganCounts;
        SpeakerCounts = counts.SpeakerCounts;
        AgendaCounts = counts.AgendaCounts;
    }

    internal int[] YearCounts { get; }
    internal int[] KindCounts { get; }
    internal int[] OrganCounts { get; }
    internal int[] SpeakerCounts { get; }
    internal int[] AgendaCounts { get; }

    /// <summary>The totals of <paramref name="reader"/>'s segment, counted on first use.</summary>
    public static SegmentTotals For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Count(reader));

    private static SegmentTotals Count(AtomicReader reader)
    {
        var counts = new HitCollector.SegmentCounts(reader, HitCollector.Facet.All);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
            counts.Add(doc, 1);
        return new SegmentTotals(counts);
    }

    /// <summary>Counts the totals of every segment of <paramref name="reader"/> now (after a new reader opens, say).</summary>
    public static void Prepare(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
            For(leaf.AtomicReader);
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search.Engine;

/// <summary>
/// Counts every hit into the facets from doc values (years from the main date, kinds, organs, speakers, agenda items),
/// segment by segment, and stops the search when its token is cancelled (the request's deadline or the client leaving).
/// A hit only sets its bit while the search runs; when a segment is done its facets are counted in document order from
/// the segment's facet ordinals in plain arrays (<see cref="SegmentFacets"/>, read from the doc values once per segment),
/// and the ordinals are named once. When most of a segment's documents match (a common word), the counts are the whole
/// segment's totals less those of the documents that do not match: the same exact numbers for a fraction of the work.
/// </summary>
public sealed class HitCollector(CancellationToken ct, HitCollector.Facet facets = HitCollector.Facet.All) : ICollector
{
    // Counts by year from 1 to 2999 in an array: a dictionary per hit costs more than the rest of the counting.
    private readonly int[] _yearCounts = new int[SegmentFacets.Years];
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
        var counts = new SegmentCounts(SegmentFacets.For(reader), facets);
        // Past half the segment the documents that do not match are fewer: count them, and take them from the totals.
        if (UseComplement && _segmentHits > maxDoc / 2)
        {
            counts.StartFromTotals();
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
        private readonly SegmentFacets _segment;
        private readonly short[]? _years;
        private readonly int[]? _kinds;
        private readonly SegmentFacets.Ordinals? _organs;
        private readonly SegmentFacets.Ordinals? _speakers;
        private readonly SegmentFacets.Ordinals? _agenda;

        public SegmentCounts(SegmentFacets segment, Facet facets)
        {
            _segment = segment;
            _years = facets.HasFlag(Facet.Year) ? segment.YearOf : null;
            _kinds = facets.HasFlag(Facet.Kind) ? segment.KindOf : null;
            _organs = facets.HasFlag(Facet.Organ) ? segment.Organs : null;
            _speakers = facets.HasFlag(Facet.Speaker) ? segment.Speakers : null;
            _agenda = facets.HasFlag(Facet.Agenda) ? segment.AgendaItems : null;
            YearCounts = new int[SegmentFacets.Years];
            KindCounts = new int[segment.KindNames.Length + 1];
            OrganCounts = new int[segment.Organs.Names.Length];
            SpeakerCounts = new int[segment.Speakers.Names.Length];
            AgendaCounts = new int[segment.AgendaItems.Names.Length];
        }

        // Slot 0 of the years takes the undated documents and dates out of range.
        public int[] YearCounts { get; }

        // Slot 0 of the kinds takes the documents without one; ordinal o is in slot o + 1.
        public int[] KindCounts { get; }
        public int[] OrganCounts { get; }
        public int[] SpeakerCounts { get; }
        public int[] AgendaCounts { get; }

        /// <summary>Counts <paramref name="doc"/>'s facet values <paramref name="delta"/> times (1 to add it, -1 to take it away).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int doc, int delta)
        {
            if (_years is not null)
                YearCounts[_years[doc]] += delta;
            if (_kinds is not null)
                KindCounts[_kinds[doc]] += delta;
            _organs?.Count(doc, OrganCounts, delta);
            _speakers?.Count(doc, SpeakerCounts, delta);
            _agenda?.Count(doc, AgendaCounts, delta);
        }

        /// <summary>Starts from the whole segment's counts (for the facets this counts), to take documents away from.</summary>
        public void StartFromTotals()
        {
            var totals = _segment.Totals;
            if (_years is not null)
                totals.YearCounts.CopyTo(YearCounts, 0);
            if (_kinds is not null)
                totals.KindCounts.CopyTo(KindCounts, 0);
            if (_organs is not null)
                totals.OrganCounts.CopyTo(OrganCounts, 0);
            if (_speakers is not null)
                totals.SpeakerCounts.CopyTo(SpeakerCounts, 0);
            if (_agenda is not null)
                totals.AgendaCounts.CopyTo(AgendaCounts, 0);
        }

        /// <summary>Adds the counts by ordinal into the counts by name (undated and kindless documents are left out).</summary>
        public void AddNames(Dictionary<string, int> kinds, Dictionary<string, int> organs, Dictionary<string, int> speakers, Dictionary<string, int> agenda)
        {
            if (_kinds is not null)
            {
                for (var slot = 1; slot < KindCounts.Length; slot++)
                {
                    if (KindCounts[slot] != 0)
                        kinds[_segment.KindNames[slot - 1]] = kinds.GetValueOrDefault(_segment.KindNames[slot - 1]) + KindCounts[slot];
                }
            }
            foreach (var (values, counts, into) in new[] { (_organs, OrganCounts, organs), (_speakers, SpeakerCounts, speakers), (_agenda, AgendaCounts, agenda) })
            {
                if (values is null)
                    continue;
                for (var ord = 0; ord < counts.Length; ord++)
                {
                    if (counts[ord] != 0)
                        into[values.Names[ord]] = into.GetValueOrDefault(values.Names[ord]) + counts[ord];
                }
            }
        }
    }
}

/// <summary>
/// One segment's facet values as plain arrays, read once from its doc values: each document's year and kind ordinal, and
/// its organ, speaker and agenda item ordinals, with every ordinal's name; and the counts over the whole segment (deleted
/// documents too: they never match, so a search's counts are these less those of the documents it did not match). Kept
/// per segment core while it is open (a segment's doc values never change, whatever is deleted from it); about 20 bytes
/// a document (2 for the year, 4 for the kind, 4 or more for each of the three sets).
/// </summary>
public sealed class SegmentFacets
{
    internal const int Years = 3000;

    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    private SegmentFacets(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        YearOf = new short[maxDoc];
        KindOf = new int[maxDoc];
        var date = reader.GetNumericDocValues(SearchFields.Date);
        if (date is not null)
        {
            for (var doc = 0; doc < maxDoc; doc++)
            {
                // No date reads as 0: slot 0, as a year out of range.
                var year = date.Get(doc) / 10000;
                YearOf[doc] = year is > 0 and < Years ? (short)year : (short)0;
            }
        }
        var kind = reader.GetSortedDocValues(SearchFields.KindFacet);
        KindNames = kind is null ? [] : Names(kind.ValueCount, (ord, bytes) => kind.LookupOrd((int)ord, bytes));
        if (kind is not null)
        {
            for (var doc = 0; doc < maxDoc; doc++)
                KindOf[doc] = kind.GetOrd(doc) + 1;
        }
        Organs = Ordinals.Read(reader.GetSortedSetDocValues(SearchFields.OrganFacet), maxDoc);
        Speakers = Ordinals.Read(reader.GetSortedSetDocValues(SearchFields.SpeakerFacet), maxDoc);
        AgendaItems = Ordinals.Read(reader.GetSortedSetDocValues(SearchFields.AgendaFacet), maxDoc);
        var all = new HitCollector.SegmentCounts(this, HitCollector.Facet.All);
        for (var doc = 0; doc < maxDoc; doc++)
            all.Add(doc, 1);
        Totals = all;
    }

    internal short[] YearOf { get; }
    internal int[] KindOf { get; }
    internal string[] KindNames { get; }
    internal Ordinals Organs { get; }
    internal Ordinals Speakers { get; }
    internal Ordinals AgendaItems { get; }
    internal HitCollector.SegmentCounts Totals { get; }

    /// <summary>The facets of <paramref name="reader"/>'s segment, read on first use.</summary>
    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));

    private static string[] Names(long count, Action<long, BytesRef> lookup)
    {
        var names = new string[count];
        var bytes = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            lookup(ord, bytes);
            names[ord] = bytes.Utf8ToString();
        }
        return names;
    }

    /// <summary>A multi-valued facet's ordinals by document: one array when no document has two, else offsets and values.</summary>
    internal sealed class Ordinals
    {
        private readonly int[]? _single;
        private readonly int[]? _start;
        private readonly int[]? _values;

        private Ordinals(string[] names, int[]? single, int[]? start, int[]? values)
        {
            Names = names;
            _single = single;
            _start = start;
            _values = values;
        }

        public string[] Names { get; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Count(int doc, int[] counts, int delta)
        {
            if (_single is not null)
            {
                var ord = _single[doc];
                if (ord >= 0)
                    counts[ord] += delta;
                return;
            }
            for (int i = _start![doc], end = _start[doc + 1]; i < end; i++)
                counts[_values![i]] += delta;
        }

        public static Ordinals Read(SortedSetDocValues? values, int maxDoc)
        {
            if (values is null)
            {
                var none = new int[maxDoc];
                Array.Fill(none, -1);
                return new Ordinals([], none, null, null);
            }
            var names = Names(values.ValueCount, values.LookupOrd);
            var start = new int[maxDoc + 1];
            var ords = new List<int>(maxDoc);
            var single = true;
            for (var doc = 0; doc < maxDoc; doc++)
            {
                start[doc] = ords.Count;
                values.SetDocument(doc);
                long o;
                while ((o = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    ords.Add((int)o);
                if (ords.Count - start[doc] > 1)
                    single = false;
            }
            start[maxDoc] = ords.Count;
            if (!single)
                return new Ordinals(names, null, start, ords.ToArray());
            var one = new int[maxDoc];
            for (var doc = 0; doc < maxDoc; doc++)
                one[doc] = start[doc + 1] > start[doc] ? ords[start[doc]] : -1;
            return new Ordinals(names, one, null, null);
        }
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search.Engine;

/// <summary>
/// A searcher that can run one search over its segments on several cores: the segments are split into groups of about
/// equal size, each group is searched with collectors of its own, and the caller merges them. On a large index a common
/// word's hundreds of thousands of hits are then scored and counted in half the time on two cores.
/// </summary>
public sealed class SegmentSearcher(IndexReader reader) : IndexSearcher(reader)
{
    /// <summary>Below this many documents one core is quicker than splitting the work.</summary>
    public static int ParallelFrom { get; set; } = 200_000;

    /// <summary>
    /// Runs <paramref name="query"/> over every segment, in <see cref="Environment.ProcessorCount"/> groups when the index is
    /// large and has several segments; returns one collector of each kind per group.
    /// </summary>
    public IReadOnlyList<(TCollector First, HitCollector Counts)> SearchGroups<TCollector>(Query query, Func<TCollector> first, Func<HitCollector> counts)
        where TCollector : ICollector
    {
        var leaves = IndexReader.Leaves;
        var groups = IndexReader.MaxDoc < ParallelFrom || leaves.Count < 2 || Environment.ProcessorCount < 2
            ? [leaves.ToList()]
            : Split(leaves, Environment.ProcessorCount);
        var weight = CreateNormalizedWeight(query);
        var results = groups.Select(_ => (First: first(), Counts: counts())).ToArray();
        if (groups.Count == 1)
        {
            Search(groups[0], weight, MultiCollector.Wrap(results[0].First, results[0].Counts));
        }
        else
        {
            Parallel.For(0, groups.Count, i => Search(groups[i], weight, MultiCollector.Wrap(results[i].First, results[i].Counts)));
        }
        foreach (var (_, hits) in results)
            hits.Finish();
        return results;
    }

    // Largest segments first, each to the group with the fewest documents so far.
    private static List<List<AtomicReaderContext>> Split(IList<AtomicReaderContext> leaves, int count)
    {
        var groups = Enumerable.Range(0, count).Select(_ => (Documents: 0L, Leaves: new List<AtomicReaderContext>())).ToList();
        foreach (var leaf in leaves.OrderByDescending(l => l.Reader.MaxDoc))
        {
            var smallest = groups.IndexOf(groups.MinBy(g => g.Documents));
            groups[smallest] = (groups[smallest].Documents + leaf.Reader.MaxDoc, groups[smallest].Leaves);
            groups[smallest].Leaves.Add(leaf);
        }
        return groups.Where(g => g.Leaves.Count > 0).Select(g => g.Leaves).ToList();
    }
}

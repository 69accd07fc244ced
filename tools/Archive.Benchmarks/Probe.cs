using System.Diagnostics;
using Archive.Core.Search;
using Archive.Core.Search.Engine;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks;

/// <summary>Temporary: where a query's time goes (CPU ms of each collector alone).</summary>
internal static class Probe
{
    public static Task<int> RunAsync(string[] args, TextWriter output)
    {
        using var services = BenchServices.For(args[1]);
        var engine = services.GetRequiredService<SearchEngine>();
        var searcher = (SegmentSearcher)engine.Acquire();
        var translation = new QueryTranslation(searcher.IndexReader);
        var query = translation.Text(QueryParser.Parse(args[2]).Text)!;
        var order = new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.Date, SortFieldType.INT64, true), new SortField(SearchFields.Id, SortFieldType.INT64, true));
        var probes = new (string Name, Func<ICollector> Make)[]
        {
            ("count only", () => new TotalHitCountCollector()),
            ("facets (complement), warming", () => new HitCollector(default)),
            ("facets (direct), warming", () => new HitCollector(default) { UseComplement = false }),
            ("facets (complement)", () => new HitCollector(default)),
            ("facets (direct)", () => new HitCollector(default) { UseComplement = false }),
            ("top 20 score only", () => TopScoreDocCollector.Create(20, false)),
            ("top 20 score only, in order", () => TopScoreDocCollector.Create(20, true)),
            ("top 20 field sort out of order", () => TopFieldCollector.Create(order, 20, true, false, false, false)),
            ("top 20 field sort in order", () => TopFieldCollector.Create(order, 20, true, false, false, true)),
        };
        var old = SegmentSearcher.ParallelFrom;
        SegmentSearcher.ParallelFrom = int.MaxValue;
        foreach (var (name, make) in probes)
        {
            var times = new List<double>();
            for (var i = 0; i < 9; i++)
            {
                var collector = make();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                searcher.Search(query, collector);
                if (collector is HitCollector h)
                    h.Finish();
                if (i >= 2)
                    times.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            }
            times.Sort();
            output.WriteLine($"{name}: cpu median {times[times.Count / 2]:0.0} ms");
        }
        SegmentSearcher.ParallelFrom = old;
        void Time(string name, Action action)
        {
            var times = new List<double>();
            var walls = new List<double>();
            for (var i = 0; i < 9; i++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                action();
                if (i >= 2)
                {
                    times.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
                    walls.Add(wall.Elapsed.TotalMilliseconds);
                }
            }
            times.Sort();
            walls.Sort();
            output.WriteLine($"{name}: cpu median {times[times.Count / 2]:0.0} ms, wall {walls[walls.Count / 2]:0.0} ms");
        }
        Time("groups: top field + facets, merged", () =>
        {
            var groups = searcher.SearchGroups(query, () => TopFieldCollector.Create(order, 20, true, false, false, false), () => new HitCollector(default));
            var counts = groups[0].Counts;
            foreach (var g in groups.Skip(1))
                counts.Add(g.Counts);
            TopDocs.Merge(order, 0, 20, groups.Select(g => (TopDocs)g.First.GetTopDocs()).ToArray());
        });
        Time("SearchService.SearchAsync", () =>
        {
            using var scope = services.CreateScope();
            scope.ServiceProvider.GetRequiredService<SearchService>().SearchAsync(new SearchRequest(args[2]), default).GetAwaiter().GetResult();
        });
        output.WriteLine(query.ToString()[..Math.Min(300, query.ToString().Length)]);
        engine.Release(searcher);
        return Task.FromResult(0);
    }
}

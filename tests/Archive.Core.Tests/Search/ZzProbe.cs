using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

public class ZzProbe(SeedArchive seeds) : IClassFixture<SeedArchive>
{
    [Fact]
    public async Task Probe()
    {
        var queries = File.ReadAllLines("/tmp/r4/queries.txt");
        var lines = new List<string>();
        foreach (var q in queries)
        {
            var parsed = QueryParser.Parse(q);
            var r = await seeds.SearchAsync(new SearchRequest(q));
            var found = string.Join(' ', r.Hits.Select(h => seeds.SeedByKey[h.Slug[^12..]]));
            lines.Add($"{q}  =>  [{found}] total={r.Total} fts={FtsExpression.Build(parsed.Text)} filters={string.Join(';', parsed.Filters.Select(f => f.Field + ":" + f.Text))} err={string.Join('|', r.Errors)} notes={string.Join('|', parsed.Notices)}");
            foreach (var h in r.Hits.Take(2))
                lines.Add("     snip: " + string.Join(" /// ", h.Snippet.Select(f => string.Concat(f.Select(p => p.IsMatch ? "[" + p.Text + "]" : p.Text)))));
        }
        File.WriteAllLines("/tmp/r4/out.txt", lines);
    }
}

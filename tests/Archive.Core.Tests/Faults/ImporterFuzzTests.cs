using System.Diagnostics;
using System.Text;
using Archive.Core.Import;
using Archive.Core.Tests.Support;
using Archive.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Faults;

/// <summary>
/// Real documents (every seed and test document, .txt and .md) mutated as damaged files come: flipped bytes, cut
/// ends, invalid UTF-8, NULs, BOMs, lone CRs, repeated lines, one endless line. Each import ends within its time
/// limit and allocates within its memory limit, answers imported, duplicate or failed with a reason, and leaves only
/// whole documents whose originals are the bytes given. PDF, Word and web files get the byte-level damage a broken
/// download or disk gives them.
/// </summary>
[Collection(AloneCollection.Name)]
public class ImporterFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int MutationsPerDocument = 8;
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);
    private const long MemoryLimit = 512L * 1024 * 1024;

    [Fact]
    public async Task Import_of_mutated_real_documents_never_throws_stays_in_its_limits_and_stores_whole_documents()
    {
        var inputs = Repository.AllInputs().Select(i => (i.Name, Path.GetExtension(i.Path), File.ReadAllBytes(i.Path))).ToList();
        Assert.True(inputs.Count >= 20, $"only {inputs.Count} documents to mutate");
        await ImportMutatedAsync(inputs, new Random(20261203), MutateText);
    }

    [Fact]
    public async Task Import_of_mutated_pdf_word_and_web_files_never_throws_stays_in_its_limits_and_stores_whole_documents()
    {
        var inputs = new List<(string, string, byte[])>
        {
            ("un-letter", ".pdf", GeneratedFiles.UnLetterPdf()),
            ("geneva-statement", ".pdf", GeneratedFiles.GenevaStatementPdf()),
            ("mission-letter", ".docx", GeneratedFiles.MissionLetterDocx()),
            ("mission-page", ".html", GeneratedFiles.MissionWebPage()),
        };
        await ImportMutatedAsync(inputs, new Random(20261204), MutateBytes, mutationsPerDocument: 24);
    }

    private async Task ImportMutatedAsync(IReadOnlyList<(string Name, string Extension, byte[] Bytes)> inputs, Random random,
        Func<Random, byte[], byte[]> mutate, int mutationsPerDocument = MutationsPerDocument)
    {
        await using var archive = await TempArchive.CreateAsync();
        var outcomes = new Dictionary<ImportStatus, int>();
        var stored = new Dictionary<string, byte[]>();
        var slowest = TimeSpan.Zero;
        var most = 0L;

        foreach (var (name, extension, original) in inputs)
        {
            for (var i = 0; i < mutationsPerDocument; i++)
            {
                var bytes = mutate(random, original);
                var fileName = $"{name}-m{i}{extension}";
                using var limit = new CancellationTokenSource(TimeLimit);
                var allocated = GC.GetTotalAllocatedBytes(precise: false);
                var watch = Stopwatch.StartNew();
                ImportResult result;
                await using (var db = archive.OpenDb())
                    result = await archive.Loader(db).ImportAsync(bytes, fileName, "fuzz", limit.Token);
                watch.Stop();
                slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;

                Assert.True(watch.Elapsed < TimeLimit, $"{fileName} took {watch.Elapsed}");
                var used = GC.GetTotalAllocatedBytes(precise: false) - allocated;
                most = Math.Max(most, used);
                Assert.True(used < MemoryLimit, $"{fileName} allocated {used / 1024 / 1024} MB, over {MemoryLimit / 1024 / 1024} MB");
                if (result.Status == ImportStatus.Failed)
                    Assert.False(string.IsNullOrWhiteSpace(result.Reason), $"{fileName} failed without a reason");
                if (result.Status == ImportStatus.Imported)
                    stored[result.Slug!] = bytes;
                outcomes[result.Status] = outcomes.GetValueOrDefault(result.Status) + 1;
            }
        }

        output.WriteLine($"{inputs.Count * mutationsPerDocument} mutated files: {string.Join(", ", outcomes.Select(o => $"{o.Value} {o.Key}"))}; "
            + $"slowest {slowest.TotalMilliseconds:0} ms, most allocated {most / 1024 / 1024} MB");
        await using var check = archive.OpenDb();
        Assert.Equal(stored.Count, await check.Documents.IgnoreQueryFilters().CountAsync());
        Assert.Equal(stored.Count, await check.OriginalFiles.IgnoreQueryFilters().CountAsync());
        foreach (var (slug, bytes) in stored)
            Assert.Equal(bytes, await check.OriginalFiles.IgnoreQueryFilters().Where(o => o.Document.Slug == slug).Select(o => o.Content).SingleAsync());
        Assert.True(outcomes.GetValueOrDefault(ImportStatus.Imported) > 0 && outcomes.GetValueOrDefault(ImportStatus.Failed) > 0,
            "the mutations should both keep some documents readable and break others: " + string.Join(", ", outcomes));
    }

    // Damage that knows nothing of the format: flipped bits, a cut end, stray or zeroed bytes, a foreign byte-order mark.
    private static byte[] MutateBytes(Random random, byte[] source)
    {
        var bytes = new List<byte>(source);
        switch (random.Next(5))
        {
            case 0:
                for (var i = 0; i < 1 + random.Next(40) && bytes.Count > 0; i++)
                    bytes[random.Next(bytes.Count)] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                return [.. bytes.Take(random.Next(bytes.Count + 1))];
            case 2:
                var at = random.Next(bytes.Count);
                for (var i = at; i < Math.Min(bytes.Count, at + 1 + random.Next(512)); i++)
                    bytes[i] = 0;
                break;
            case 3:
                bytes.InsertRange(0, random.Next(2) == 0 ? [0xEF, 0xBB, 0xBF] : [0xFF, 0xFE]);
                break;
            default:
                for (var i = 0; i < 1 + random.Next(20); i++)
                    bytes.Insert(random.Next(bytes.Count + 1), (byte)random.Next(256));
                break;
        }
        return [.. bytes];
    }

    private static byte[] MutateText(Random random, byte[] source)
    {
        var bytes = new List<byte>(source);
        switch (random.Next(9))
        {
            case 0:
                for (var i = 0; i < 1 + random.Next(20) && bytes.Count > 0; i++)
                    bytes[random.Next(bytes.Count)] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                return [.. bytes.Take(random.Next(bytes.Count + 1))];
            case 2:
                bytes.InsertRange(random.Next(bytes.Count + 1), [0xC3, 0x28, 0xFF, 0xFE, 0x80]);
                break;
            case 3:
                bytes.InsertRange(random.Next(bytes.Count + 1), Enumerable.Repeat((byte)0, 1 + random.Next(64)));
                break;
            case 4:
                bytes.InsertRange(0, random.Next(2) == 0 ? [0xEF, 0xBB, 0xBF] : [0xFF, 0xFE]);
                break;
            case 5:
                return [.. source.Select(b => b == (byte)'\n' ? (byte)'\r' : b)];
            case 6:
                var text = Encoding.UTF8.GetString(source).Split('\n');
                var line = text[random.Next(text.Length)];
                return Encoding.UTF8.GetBytes(string.Join('\n', text.Take(text.Length / 2)) + "\n" + string.Concat(Enumerable.Repeat(line + "\n", 2000)));
            case 7:
                return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(source).Replace('\n', ' ') + new string('x', 200_000));
            default:
                for (var i = 0; i < 5; i++)
                    bytes.Insert(random.Next(bytes.Count + 1), (byte)random.Next(0x20, 0x7F));
                break;
        }
        return [.. bytes];
    }
}

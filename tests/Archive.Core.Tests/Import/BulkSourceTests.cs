using System.Threading.Channels;
using Archive.Core.Import.Bulk;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Import;

/// <summary>Reading the files of a .tar.xz: through xz(1) when it is there, else with the managed decoder, alike.</summary>
public class BulkSourceTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Read_tar_xz_gives_every_file_byte_for_byte_with_either_decoder(bool xzProgram)
    {
        var workspace = UngdcSample.CreateWorkspace();
        try
        {
            var tarXz = await UngdcSample.PackAsync(workspace);

            var entries = await ReadAllAsync(new BulkSource(tarXz, 1 << 24, xzProgram));

            Assert.Equal(UngdcSample.Statements().Select(s => ("UNGDC_sample/" + s.Path, Convert.ToHexString(s.Content))),
                entries.OrderBy(e => e.Path, StringComparer.Ordinal).Select(e => (e.Path, Convert.ToHexString(e.Content!))));
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Read_cut_short_tar_xz_ends_with_an_error_with_either_decoder(bool xzProgram)
    {
        var workspace = UngdcSample.CreateWorkspace();
        try
        {
            var tarXz = await UngdcSample.PackAsync(workspace);
            var bytes = await File.ReadAllBytesAsync(tarXz);
            await File.WriteAllBytesAsync(tarXz, bytes[..(bytes.Length * 2 / 3)]);

            await Assert.ThrowsAnyAsync<Exception>(() => ReadAllAsync(new BulkSource(tarXz, 1 << 24, xzProgram)));
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    private static async Task<List<BulkEntry>> ReadAllAsync(BulkSource source)
    {
        var channel = Channel.CreateUnbounded<BulkEntry>();
        await source.ReadAsync(channel.Writer, CancellationToken.None);
        var entries = new List<BulkEntry>();
        await foreach (var entry in channel.Reader.ReadAllAsync())
            entries.Add(entry);
        return entries;
    }
}

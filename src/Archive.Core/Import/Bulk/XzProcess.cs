using System.ComponentModel;
using System.Diagnostics;

namespace Archive.Core.Import.Bulk;

/// <summary>
/// xz(1) decoding a stream through pipes: the compressed bytes are copied to its input (so the reader still knows how far
/// into the file it is), the decoded ones read from <see cref="Output"/>. Disposing it ends the program if it still runs.
/// </summary>
internal sealed class XzProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task _feeding;
    private readonly Task<string> _errors;

    private XzProcess(Process process, Stream input)
    {
        _process = process;
        _errors = process.StandardError.ReadToEndAsync();
        _feeding = Task.Run(async () =>
        {
            try
            {
                await input.CopyToAsync(process.StandardInput.BaseStream, 1 << 16);
            }
            catch (IOException)
            {
                // The program stopped reading (it failed, or the import ended early): its exit code says which.
            }
            finally
            {
                try
                {
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // Already gone.
                }
            }
        });
    }

    public Stream Output => _process.StandardOutput.BaseStream;

    /// <summary>xz decoding <paramref name="input"/>, or null when no xz program can be started here.</summary>
    public static XzProcess? TryStart(Stream input)
    {
        var start = new ProcessStartInfo("xz", ["--decompress", "--stdout", "--quiet", "-"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        try
        {
            return Process.Start(start) is { } process ? new XzProcess(process, input) : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    /// <summary>After the output was read to its end: throws when xz reported the input damaged or cut short.</summary>
    public void ThrowIfFailed()
    {
        _process.WaitForExit();
        _feeding.Wait();
        if (_process.ExitCode != 0)
            throw new InvalidDataException($"xz could not decode the archive: {_errors.Result.Trim()}");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
                _process.Kill();
            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
        _process.Dispose();
    }
}

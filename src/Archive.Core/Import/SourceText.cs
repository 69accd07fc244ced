using System.Text;

namespace Archive.Core.Import;

/// <summary>Turns an uploaded file's bytes into text, or says plainly why it cannot.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The text, or null with <paramref name="error"/> set to a sentence for the person importing.</returns>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? error)
    {
        error = null;
        if (bytes.IsEmpty)
        {
            error = "The file is empty.";
            return null;
        }

        if (HasNulWithoutUtf16Mark(bytes))
        {
            error = BinaryMessage;
            return null;
        }

        string text;
        try
        {
            text = DecodeByMark(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? $" (first invalid byte at offset {ex.Index})" : "";
            var encoding = HasUtf16Mark(bytes) ? "UTF-16 (it starts with a UTF-16 byte-order mark)" : "UTF-8";
            error = $"The file is not valid {encoding}{offset}. Save it as UTF-8 text and import it again.";
            return null;
        }

        if (LooksBinary(text))
        {
            error = BinaryMessage;
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "The file contains no text, only blank space.";
            return null;
        }
        return text;
    }

    private const string BinaryMessage = "The file looks binary, not text, and is not a PDF or Word document. Text files must be UTF-8.";

    // Images, PDFs and office files have NUL bytes early on; UTF-8 text never does.
    private static bool HasNulWithoutUtf16Mark(ReadOnlySpan<byte> bytes)
    {
        return !HasUtf16Mark(bytes) && bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0);
    }

    private static bool HasUtf16Mark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static string DecodeByMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return StrictUtf8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
        return StrictUtf8.GetString(bytes);
    }

    // Text files have no NULs and few control characters; images, PDFs and archives have plenty.
    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
                return true;
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
                control++;
        }
        // A stray control character or two (a form feed, U+0085 from an old export) is not enough.
        return control >= 8 && control > sample.Length / 100;
    }
}

using System.Globalization;
using System.Text;

namespace Archive.Web.Api;

/// <summary>
/// An opaque page cursor: the id of the last item given and its position, as base64url. The next page starts just
/// after that item, or at its position should it have left the list meanwhile.
/// </summary>
public sealed record Cursor(int LastId, int Position)
{
    public string Encode() => Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"v1:{LastId}:{Position}")))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string? text, out Cursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
            return true;
        if (text.Length > 64)
            return false;
        try
        {
            var padded = text.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(padded)).Split(':');
            if (parts is ["v1", var id, var position]
                && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var lastId)
                && int.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var at))
            {
                cursor = new Cursor(lastId, at);
                return true;
            }
        }
        catch (FormatException)
        {
            // Not base64: not a cursor this API gave.
        }
        return false;
    }
}

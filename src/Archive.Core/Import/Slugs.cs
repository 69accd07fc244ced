using System.Text;

namespace Archive.Core.Import;

/// <summary>URL-safe keys made of lower-case ASCII words joined by hyphens.</summary>
public static class Slugs
{
    public static string From(string text, int maxLength = 60)
    {
        var folded = TextFolding.ToAscii(text);
        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                    builder.Append('-');
                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        var slug = builder.ToString();
        if (slug.Length <= maxLength)
            return slug;
        var cut = slug.LastIndexOf('-', maxLength);
        return slug[..(cut > 0 ? cut : maxLength)];
    }
}

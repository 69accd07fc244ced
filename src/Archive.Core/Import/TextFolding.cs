using System.Globalization;
using System.Text;

namespace Archive.Core.Import;

/// <summary>
/// Folds Latin letters to plain ASCII for keys and comparisons: "Søren Bjørn Łukasz Straße" → "Soren Bjorn Lukasz Strasse".
/// Case is kept; letters of other scripts are left as they are.
/// </summary>
public static class TextFolding
{
    public static string ToAscii(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Letters that Unicode decomposition does not split into a base letter and a mark ("Əliyev", "Işık", "Łukasz").
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\u0259' => "a", '\u018f' => "A",
                '\u0131' => "i",
                '\u00df' => "ss", '\u1e9e' => "SS",
                '\u00f8' => "o", '\u00d8' => "O",
                '\u00e6' => "ae", '\u00c6' => "AE",
                '\u0142' => "l", '\u0141' => "L",
                '\u0111' => "d", '\u0110' => "D",
                '\u00fe' => "th", '\u00de' => "TH",
                '\u0153' => "oe", '\u0152' => "OE",
                _ => null,
            } ?? c.ToString());
        }

        var decomposed = sb.ToString().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}

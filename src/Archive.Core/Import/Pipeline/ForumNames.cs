using System.Text.RegularExpressions;

namespace Archive.Core.Import.Pipeline;

/// <summary>UN forums as texts name them, in English and in the languages of headers above English bodies.</summary>
internal static partial class ForumNames
{
    /// <summary>Every forum named in the text, in order: (index, length, canonical name).</summary>
    public static List<(int Index, int Length, string Name)> FindAll(string text)
    {
        var found = OrganNames.FindAll(text).Where(o => o.Name is not (OrganNames.UnOfficeGeneva or OrganNames.Ohchr)).ToList();
        foreach (Match m in Foreign().Matches(text))
        {
            var name = m.Groups["sc"].Success ? OrganNames.SecurityCouncil
                : m.Groups["ga"].Success ? OrganNames.GeneralAssembly
                : m.Groups["hrc"].Success ? OrganNames.HumanRightsCouncil
                : m.Groups["commission"].Success ? m.Value
                : MainCommittee(m.Groups["ord"].Value);
            if (!found.Any(f => f.Index <= m.Index && m.Index < f.Index + f.Length))
                found.Add((m.Index, m.Length, name));
        }
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    // OCR damage in English names too: "First Cornmittee", "General Assernbly" ("m" read as "rn", "o" as zero).
    // "Sixième Commission", "Tercera Comisión", "Quarta Comissão", "Шестой комитет": the ordinal word names the committee.
    private static string MainCommittee(string ordinal)
    {
        var o = ordinal.ToLowerInvariant();
        var n = o switch
        {
            _ when o.StartsWith("fir", StringComparison.Ordinal) => 1,
            _ when o.StartsWith("sec", StringComparison.Ordinal) => 2,
            _ when o.StartsWith("thi", StringComparison.Ordinal) => 3,
            _ when o.StartsWith("fou", StringComparison.Ordinal) => 4,
            _ when o.StartsWith("fif", StringComparison.Ordinal) => 5,
            _ when o.StartsWith("prem", StringComparison.Ordinal) || o.StartsWith("prim", StringComparison.Ordinal) || o.StartsWith("перв", StringComparison.Ordinal) => 1,
            _ when o.StartsWith("deux", StringComparison.Ordinal) || o.StartsWith("segund", StringComparison.Ordinal) || o.StartsWith("втор", StringComparison.Ordinal) => 2,
            _ when o.StartsWith("trois", StringComparison.Ordinal) || o.StartsWith("terc", StringComparison.Ordinal) || o.StartsWith("трет", StringComparison.Ordinal) => 3,
            _ when o.StartsWith("quat", StringComparison.Ordinal) || o.StartsWith("cuart", StringComparison.Ordinal) || o.StartsWith("quart", StringComparison.Ordinal) || o.StartsWith("четв", StringComparison.Ordinal) => 4,
            _ when o.StartsWith("cinq", StringComparison.Ordinal) || o.StartsWith("quint", StringComparison.Ordinal) || o.StartsWith("пят", StringComparison.Ordinal) => 5,
            _ => 6,
        };
        return new[] { "First", "Second", "Third", "Fourth", "Fifth", "Sixth" }[n - 1] + " Committee";
    }

    // … and ECOSOC's functional commissions, forums of their own: "the 66th session of the Commission on Narcotic Drugs".
    // "Conselho de Segurança", "Conseil de sécurité", "Совета Безопасности", "Asamblea General", "UPR of Peru" (a Human
    // Rights Council review), "Primeira Comissão", "Sexta Comisión", shouted "THE SECURITY COUNCIL".
    [GeneratedRegex(@"(?<sc>Conselho de Segurança|Conseil de [Ss]écurité|Consejo de Seguridad|Совет\w* Безопасности|Рад\w* Безпеки|SECURITY COUNCIL|UNSC)|(?<ga>Assembleia Geral|Asamblea General|Assemblée générale|Генеральн\w+ Ассамбле\w+|GENERAL ASSEMBLY|General Asse(?:m|rn)(?:b|h)ly)|(?<hrc>\bUPR\b|Universal Periodic Review|Consejo de Derechos Humanos|Conseil des droits de l’homme|Conselho de Direitos Humanos|\bРПЛ\b|\bHRC\b)|(?<main>(?<ord>Premi[èe]re|Deuxi[èe]me|Troisi[èe]me|Quatri[èe]me|Cinqui[èe]me|Sixi[èe]me) Commission\b|(?<ord>Primera|Segunda|Tercera|Cuarta|Quinta|Sexta) Comisi[óo]n\b|(?<ord>Primeira|Segunda|Terceira|Quarta|Quinta|Sexta) Comiss[ãa]o\b|(?<ord>First|Second|Third|Fourth|Fifth|Sixth) C[o0](?:m|rn)(?:m|rn)ittee\b|(?<ord>Перв|Втор|Трет|Четв[её]рт|Пят|Шест)\w* [Кк]омитет\w*)|(?<commission>Commission on Narcotic Drugs|Commission on Crime Prevention and Criminal Justice|Commission for Social Development|Commission on Population and Development|Statistical Commission)")]
    private static partial Regex Foreign();
}

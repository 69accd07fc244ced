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
                : "First Committee";
            if (!found.Any(f => f.Index <= m.Index && m.Index < f.Index + f.Length))
                found.Add((m.Index, m.Length, name));
        }
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    // … and ECOSOC's functional commissions, forums of their own: "the 66th session of the Commission on Narcotic Drugs".
    // "Conselho de Segurança", "Conseil de sécurité", "Совета Безопасности", "Asamblea General", "UPR of Peru" (a Human
    // Rights Council review), "Primeira Comissão", shouted "THE SECURITY COUNCIL".
    [GeneratedRegex(@"(?<sc>Conselho de Segurança|Conseil de [Ss]écurité|Consejo de Seguridad|Совет\w* Безопасности|Рад\w* Безпеки|SECURITY COUNCIL|UNSC)|(?<ga>Assembleia Geral|Asamblea General|Assemblée générale|Генеральн\w+ Ассамбле\w+|GENERAL ASSEMBLY)|(?<hrc>\bUPR\b|Universal Periodic Review|Consejo de Derechos Humanos|Conseil des droits de l’homme|Conselho de Direitos Humanos|\bРПЛ\b|\bHRC\b)|(?<first>Primeira Comissão|Primera Comisión|Première Commission)|(?<commission>Commission on Narcotic Drugs|Commission on Crime Prevention and Criminal Justice|Commission for Social Development|Commission on Population and Development|Statistical Commission)")]
    private static partial Regex Foreign();
}

namespace Archive.Core.Import;

// Placeholder until the parser branch lands; replaced wholesale by the merge.
public static class PersonName
{
    public static string MatchKey(string name) => name.Trim().ToLowerInvariant();
    public static bool AreSamePerson(string a, string b) => MatchKey(a) == MatchKey(b);
}

namespace Archive.Web.Tests;

/// <summary>
/// One address of each public page type, shared by the head, accessibility, no-JavaScript and phone checks, so a new page
/// type is added in one place. "file:NAME" stands for the permalink of the document imported from that seed.
/// </summary>
public static class PublicPageTypes
{
    public static readonly IReadOnlyList<string> Addresses =
    [
        "/",
        "/browse",
        "/browse/2019",
        "/browse/2019/11",
        "/browse/2019/11/27",
        "/browse/undated",
        "/organs",
        "/organs/general-assembly",
        "/organs/general-assembly/sessions/74",
        "/agenda",
        "/agenda/general-assembly/74/130",
        "/kinds",
        "/kinds/letter",
        "/missions",
        "/missions/azerbaijan",
        "/speakers",
        "/speakers/tofiq-f-musayev",
        "file:000_1c78345fd241136f.txt",
        "file:002_81f3dbfb7eed6bc0.txt",
    ];
}

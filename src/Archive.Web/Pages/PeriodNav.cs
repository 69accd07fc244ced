namespace Archive.Web.Pages;

/// <summary>Links to the previous and next period that has documents; <paramref name="Name"/> labels the navigation landmark.</summary>
public sealed record PeriodNav(string Name, Crumb? Previous, Crumb? Next);

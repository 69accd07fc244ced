using System.Globalization;

namespace Archive.Web.Pages.Browse;

/// <summary>Calendar permalinks and their names: /browse/2019, /browse/2019/11, /browse/2019/11/27.</summary>
public static class BrowseLinks
{
    public static string Year(int year) => string.Create(CultureInfo.InvariantCulture, $"/browse/{year:D4}");

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"/browse/{year:D4}/{month:D2}");

    public static string Day(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"/browse/{date.Year:D4}/{date.Month:D2}/{date.Day:D2}");

    public static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    public static string YearName(int year) => year.ToString(CultureInfo.InvariantCulture);

    public static string MonthYear(int year, int month) => $"{MonthName(month)} {YearName(year)}";

    public static string DayName(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static readonly Crumb Home = new("Home", "/");

    public static readonly Crumb Browse = new("Browse", "/browse");
}

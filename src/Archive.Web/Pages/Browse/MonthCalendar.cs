namespace Archive.Web.Pages.Browse;

/// <summary>A month as weeks from Monday to Sunday; days outside the month are null.</summary>
public sealed record MonthCalendar(int Year, int Month, IReadOnlyList<IReadOnlyList<CalendarDay?>> Weeks)
{
    public static readonly IReadOnlyList<DayOfWeek> WeekDays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static MonthCalendar Of(int year, int month, IReadOnlyDictionary<int, int> countByDay)
    {
        var weeks = new List<IReadOnlyList<CalendarDay?>>();
        var week = new CalendarDay?[7];
        var first = new DateOnly(year, month, 1);
        var column = ((int)first.DayOfWeek + 6) % 7;
        for (var date = first; date.Month == month; date = date.AddDays(1))
        {
            week[column] = new CalendarDay(date, countByDay.GetValueOrDefault(date.Day));
            if (++column == 7 || date.Day == DateTime.DaysInMonth(year, month))
            {
                weeks.Add(week);
                week = new CalendarDay?[7];
                column = 0;
            }
            if (date == DateOnly.MaxValue)
                break;
        }
        return new MonthCalendar(year, month, weeks);
    }
}

public sealed record CalendarDay(DateOnly Date, int Count)
{
    public string Href => BrowseLinks.Day(Date);
}

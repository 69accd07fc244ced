namespace Archive.Core.Browse;

/// <summary>A year, month or day number with how many documents fall in it.</summary>
public sealed record PeriodCount(int Period, int Count);

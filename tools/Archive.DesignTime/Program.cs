Console.WriteLine("Design-time host for `dotnet ef`; see docs/architecture.md.");

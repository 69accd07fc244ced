using Archive.Benchmarks;

return args.Length > 0 && args[0] == "search" ? await SearchBenchmark.RunAsync(args, Console.Out)
    : args.Length > 0 && args[0] == "synthetic" ? await SyntheticArchive.RunAsync(args, Console.Out)
    : args.Length > 0 && args[0] == "queries" ? await QueryBenchmark.RunAsync(args, Console.Out)
    : args is ["extract"] ? await ExtractionBenchmark.RunAsync(Console.Out)
    : await ImporterBenchmark.RunAsync(args, Console.Out);

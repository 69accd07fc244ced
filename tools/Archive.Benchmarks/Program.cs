using Archive.Benchmarks;

return await ImporterBenchmark.RunAsync(args, Console.Out);

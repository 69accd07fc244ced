using System.Text;
using System.Text.Json;
using Archive.Web.Tests;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>
/// Runs axe-core (from npm, pinned in package.json; <c>tests/run.sh</c> runs <c>npm ci</c>) in a page and fails on any serious or
/// critical violation, listing each with the elements it found. The app's content policy forbids injected scripts, so the
/// checking context bypasses it; the app's own pages are unchanged.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var path = Path.Combine(ArchiveWebFactory.RepositoryRoot(), "tests", "Archive.Browser.Tests", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path))
            throw new InvalidOperationException($"{path} is missing: run `npm ci` in tests/Archive.Browser.Tests (tests/run.sh does).");
        return File.ReadAllText(path);
    });

    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>A page in a context that lets axe be injected despite the app's content security policy.</summary>
    public static async Task<IPage> NewCheckingPageAsync(IBrowser browser, bool javaScript = true)
    {
        var context = await browser.NewContextAsync(new() { BypassCSP = true, JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Content = Script.Value });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const result = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
                return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ')) }));
            }
            """);
        var blocking = violations.EnumerateArray().Where(v => Blocking.Contains(v.GetProperty("impact").GetString())).ToList();
        if (blocking.Count == 0)
            return;
        var report = new StringBuilder($"{blocking.Count} serious or critical accessibility violation(s) on {page.Url}:\n");
        foreach (var v in blocking)
        {
            report.Append($"- {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()}\n");
            foreach (var node in v.GetProperty("nodes").EnumerateArray().Take(5))
                report.Append("    ").Append(node.GetString()).Append('\n');
        }
        Assert.Fail(report.ToString());
    }
}

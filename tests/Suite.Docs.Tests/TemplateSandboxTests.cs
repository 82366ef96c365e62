using Shouldly;
using Suite.Docs.Templates;
using Xunit;

namespace Suite.Docs.Tests;

/// <summary>
/// Hostile templates: each is refused or cut off with a message the editor can show, and neither the text nor the
/// message carries anything from the machine (its name, the environment, a file's contents).
/// </summary>
public sealed class TemplateSandboxTests
{
    [Theory]
    [InlineData("{{ company.GetType }}", "Runtime", "`GetType` is not a field here: the field list shows what a template can use.", 1, 12)]
    [InlineData("{{ company.name.GetType }}", "Runtime", "`GetType` is not a field here: the field list shows what a template can use.", 1, 17)]
    [InlineData("{{ \"\".GetType().Assembly }}", "Runtime", "`GetType` is not a field here: the field list shows what a template can use.", 1, 7)]
    [InlineData("{{ model.GetType }}", "Runtime", "The variable or function `model` was not found", 1, 4)]
    [InlineData("{{ today.GetType.Assembly.Location }}", "Runtime", "`GetType` is not a field here: the field list shows what a template can use.", 1, 10)]
    [InlineData("{{ deal.lines.GetType }}", "Runtime", "`GetType` is not a field here: the field list shows what a template can use.", 1, 15)]
    [InlineData("{{ date.parse('2026-12-03').ticks }}", "Runtime", "`ticks` is not a field here: the field list shows what a template can use.", 1, 29)]
    [InlineData("{{ environment.machine_name }}", "Runtime", "The variable or function `environment` was not found", 1, 4)]
    [InlineData("{{ object.eval 'include \"/etc/passwd\"' }}", "Runtime", "The variable or function `object` was not found", 1, 4)]
    [InlineData("{{ regex.match 'a' 'a' }}", "Runtime", "The variable or function `regex` was not found", 1, 4)]
    public void Should_Refuse_Anything_Beyond_The_Model(string body, string kind, string message, int line, int column) =>
        ShouldFail(body, Enum.Parse<TemplateErrorKind>(kind), message, line, column);

    [Fact]
    public void Should_Refuse_Include_Without_Reading_The_File() =>
        ShouldFail("a\n{{ include '/etc/passwd' }}", TemplateErrorKind.Refused, TemplateBuiltins.IncludeRefused, 2, 4);

    [Fact]
    public void Should_Refuse_Include_Join() =>
        ShouldFail("{{ include_join ['/etc/passwd'] '' }}", TemplateErrorKind.Refused, TemplateBuiltins.IncludeRefused, 1, 4);

    [Fact]
    public void Should_Refuse_Importing_Anything_But_Script_Objects() =>
        ShouldFail("{{ import '/etc/passwd' }}", TemplateErrorKind.Runtime, "Unexpected value `string` for import. Expecting an plain script object.", 1, 11);

    [Fact]
    public void Should_Refuse_The_Clock() =>
        ShouldFail("{{ date.now }}", TemplateErrorKind.Refused, TemplateBuiltins.NowRefused, 1, 4);

    [Fact]
    public void Should_Cut_Off_An_Endless_Loop() =>
        ShouldFail("{{ while true }}x{{ end }}", TemplateErrorKind.LoopLimit, "Exceeding number of iteration limit `1000` for loop statement.", 1, 4);

    [Fact]
    public void Should_Cut_Off_Nested_Loops_By_Their_Total_Steps() =>
        ShouldFail("{{ for i in 1..900 }}{{ for j in 1..900 }}{{ end }}{{ end }}", TemplateErrorKind.LoopLimit, "Exceeding number of iteration limit `1000` for loop statement.", 1, 25);

    [Fact]
    public void Should_Cut_Off_Deep_Recursion() =>
        ShouldFail("{{ func down(n) }}{{ down(n + 1) }}{{ end }}{{ down(0) }}", TemplateErrorKind.RecursionLimit, "Exceeding number of recursive depth limit `50` for node: `down(n+1)`", 1, 22);

    [Fact]
    public void Should_Stop_A_Template_That_Runs_Past_The_Time_Limit()
    {
        // Two calls a level, thirty levels deep: within the recursion limit, but a billion calls.
        var body = "{{ func tree(n) }}{{ if n > 0 }}{{ tree(n - 1) }}{{ tree(n - 1) }}{{ end }}{{ end }}{{ tree(30) }}";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var rendering = DocumentTemplate.Render(body, SampleTemplateModel.Create(), TemplateLimits.Default with { Timeout = TimeSpan.FromMilliseconds(300) });

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30), "a billion calls would run for minutes; the bound leaves room for a loaded CI machine");
        rendering.Text.ShouldBeNull();
        rendering.Errors.Single().Kind.ShouldBe(TemplateErrorKind.Timeout);
        rendering.Errors.Single().Message.ShouldBe("The template took longer than 0.3 s to render.");
    }

    [Fact]
    public void Should_Throw_When_The_Caller_Cancels_Rather_Than_Blame_The_Template()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() =>
            DocumentTemplate.Render("{{ for line in deal.lines }}{{ line.name }}{{ end }}", SampleTemplateModel.Create(), cancellation: cancelled.Token));
    }

    [Fact]
    public void Should_Refuse_A_Huge_String_Multiplication() =>
        ShouldFail("{{ 'x' * 100000000 }}", TemplateErrorKind.OutputLimit, "String multiplication exceeds LimitToString `1000000`.", 1, 10);

    [Fact]
    public void Should_Refuse_A_String_Doubled_Past_The_Limit() =>
        ShouldFail("{{ s = 'xxxxxxxxxx' }}{{ for i in 1..40 }}{{ s = s + s }}{{ end }}{{ s }}", TemplateErrorKind.OutputLimit, "The document's text is longer than the limit of 1000000 characters.", 0, 0);

    [Fact]
    public void Should_Refuse_An_Output_Bomb() =>
        ShouldFail("{{ for i in 1..1000 }}{{ company.name | string.pad_right 5000 }}{{ end }}", TemplateErrorKind.OutputLimit,
            "The document's text is longer than the limit of 1000000 characters.", 0, 0);

    [Theory]
    [InlineData("Договор\n{{ for line in deal.lines }}\n{{ line.name }}", "Error while parsing for statement: The <end> statement was not found in: for <variable> in <expression> ... end", 3, 14)]
    [InlineData("{{ if }}", "Error while parsing if statement: Expecting <expression> instead of `}}` in: if <expression> ... end|else|else if", 1, 7)]
    [InlineData("Письмо\n\nИтого {{ deal.amount * }}", "Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `}}` in: <expression> operator <expression>", 3, 24)]
    [InlineData("{{ end }}", "Error while parsing ScriptPage: Found <end> statement without a corresponding beginning of a block in: ...", 1, 6)]
    public void Should_Report_Syntax_Errors_With_Line_And_Column(string body, string message, int line, int column)
    {
        DocumentTemplate.Check(body).ShouldNotBeEmpty();
        var error = DocumentTemplate.Render(body, SampleTemplateModel.Create()).Errors.First();

        error.ShouldBe(new TemplateError(TemplateErrorKind.Syntax, message, line, column));
    }

    private static void ShouldFail(string body, TemplateErrorKind kind, string message, int line, int column)
    {
        var rendering = DocumentTemplate.Render(body, SampleTemplateModel.Create());

        rendering.Text.ShouldBeNull();
        rendering.Errors.ShouldBe([new TemplateError(kind, message, line, column)]);
        NothingLeaks(string.Join('\n', rendering.Errors));
    }

    private static void NothingLeaks(string text)
    {
        text.ShouldNotContain(Environment.MachineName);
        text.ShouldNotContain("root:x:0:0");
        text.ShouldNotContain(Environment.CurrentDirectory);
        text.ShouldNotContain("System.Private.CoreLib");
        foreach (var value in new[] { "PATH", "HOME", "USER" }.Select(Environment.GetEnvironmentVariable).OfType<string>().Where(v => v.Length > 3))
            text.ShouldNotContain(value);
    }
}

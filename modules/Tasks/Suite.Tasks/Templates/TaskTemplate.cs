using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Suite.Tasks.Templates;

/// <summary>
/// A rule's title or description template (Scriban) rendered in a sandbox with the settings of Docs' document
/// templates (ADR 0020), scaled down to a task's text: the template sees only the event's plain script objects
/// (<see cref="RuleTemplateModel"/>) and Scriban's string, math, array and date functions, includes nothing, cannot
/// read the clock, and is stopped after 1,000 loop steps, recursion 50 deep, 10,000 characters or half a second.
/// Docs' sandbox is not shared because its helpers print Docs' forms; this one needs none of them.
/// </summary>
internal static class TaskTemplate
{
    public const int LoopLimit = 1_000;
    public const int RecursionLimit = 50;
    public const int OutputLimit = 10_000;
    public static readonly TimeSpan RenderTimeout = TimeSpan.FromMilliseconds(500);

    public const string IncludeRefused = "include is not available in task templates: a template cannot read files or other templates.";
    public const string NowRefused = "date.now is not available in task templates: the event's own fields carry its dates.";

    /// <summary>The text rendered over <paramref name="model"/>, or the errors (syntax first) that stopped it.</summary>
    public static (string? Text, IReadOnlyList<TaskTemplateError> Errors) Render(string body, ScriptObject model)
    {
        var template = Template.Parse(body, "template");
        var syntax = template.Messages.Where(m => m.Type == ParserMessageType.Error)
            .Select(m => new TaskTemplateError("syntax", m.Message, Line(m.Span), Column(m.Span))).ToList();
        if (syntax.Count > 0)
            return (null, syntax);

        using var timeout = new CancellationTokenSource(RenderTimeout);
        var context = Sandbox(timeout.Token);
        context.PushGlobal(model);
        try
        {
            var text = template.Render(context);
            return text.Length > OutputLimit
                ? (null, [new TaskTemplateError("outputLimit", $"The text is longer than the limit of {OutputLimit} characters.", 0, 0)])
                : (text, []);
        }
        catch (ScriptAbortException abort)
        {
            return (null, [new TaskTemplateError("timeout", $"The template took longer than {RenderTimeout.TotalSeconds:0.#} s to render.",
                Line(abort.Span), Column(abort.Span))]);
        }
        catch (ScriptRuntimeException error)
        {
            for (Exception? inner = error; inner is not null; inner = inner.InnerException)
                if (inner is TaskTemplateRefusal refusal)
                    return (null, [new TaskTemplateError("refused", refusal.Message, Line(error.Span), Column(error.Span))]);
            return (null, [new TaskTemplateError("runtime", error.OriginalMessage, Line(error.Span), Column(error.Span))]);
        }
        catch (TaskTemplateRefusal refusal)
        {
            return (null, [new TaskTemplateError("refused", refusal.Message, 0, 0)]);
        }
    }

    private static TemplateContext Sandbox(CancellationToken token) =>
        new(Builtins())
        {
            // An empty copy leaves a field null, and a null object's members are null too, rather than errors.
            EnableRelaxedMemberAccess = true,
            // A misspelt field is an error the rule editor shows, not an empty place in every task's title.
            StrictVariables = true,
            LoopLimit = LoopLimit,
            LoopLimitQueryable = LoopLimit,
            RecursiveLimit = RecursionLimit,
            LimitToString = OutputLimit,
            TemplateLoader = null,
            // The model holds no .NET objects; should one slip in (a date from date.parse), none of its members show.
            MemberFilter = _ => false,
            TryGetMember = RefuseUnknownMember,
            CancellationToken = token,
            NewLine = "\n",
        };

    private static ScriptObject Builtins()
    {
        var date = new DateTimeFunctions();
        date.Remove("now");
        date.Remove("utc_now");
        date.Import("now", new Func<string>(() => throw new TaskTemplateRefusal(NowRefused)));
        date.Import("utc_now", new Func<string>(() => throw new TaskTemplateRefusal(NowRefused)));
        var builtins = new ScriptObject
        {
            ["array"] = new ArrayFunctions(),
            ["string"] = new StringFunctions(),
            ["math"] = new MathFunctions(),
            ["date"] = date,
            ["empty"] = EmptyScriptObject.Default,
            ["blank"] = EmptyScriptObject.Default,
        };
        builtins.Import("include", new Func<object?, object?, object?, string>(RefuseInclude));
        builtins.Import("include_join", new Func<object?, object?, object?, string>(RefuseInclude));
        return builtins;
    }

    // Optional arguments, so that any call of include gets this message rather than an arity error.
    private static string RefuseInclude(object? name = null, object? second = null, object? third = null) =>
        throw new TaskTemplateRefusal(IncludeRefused);

    private static bool RefuseUnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object? value) =>
        throw new ScriptRuntimeException(span, $"`{member}` is not a field here: the rule's field list shows what a template can use.");

    // Scriban counts from 0; an editor counts from 1.
    private static int Line(SourceSpan span) => span.Start.Line + 1;
    private static int Column(SourceSpan span) => span.Start.Column + 1;
}

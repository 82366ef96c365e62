using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Suite.Docs.Templates;

/// <summary>
/// A free-form document's Scriban template (contract, letter, proposal) rendered in a sandbox: the template sees only
/// the merge data as plain script objects and the helpers of <see cref="TemplateBuiltins"/>, includes nothing, and is
/// stopped by the loop, recursion, output and time limits of <see cref="TemplateLimits"/>. The text it renders is the
/// markup <see cref="FreeFormDocument"/> prints.
/// </summary>
internal static class DocumentTemplate
{
    private const string SourceName = "template";

    /// <summary>The syntax errors of a template's text, with their lines and columns; empty when it parses.</summary>
    public static IReadOnlyList<TemplateError> Check(string body) => SyntaxErrors(Template.Parse(body, SourceName));

    public static TemplateRendering Render(string body, TemplateModel model, TemplateLimits? limits = null, CancellationToken cancellation = default)
    {
        limits ??= TemplateLimits.Default;
        var template = Template.Parse(body, SourceName);
        var syntax = SyntaxErrors(template);
        if (syntax.Count > 0) return TemplateRendering.Failed([.. syntax]);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(limits.RenderTimeout);
        var context = Sandbox(limits, timeout.Token);
        context.PushGlobal(TemplateData.Build(model));
        try
        {
            var text = template.Render(context);
            return text.Length >= limits.OutputLimit
                ? TemplateRendering.Failed(new TemplateError(TemplateErrorKind.OutputLimit,
                    $"The document's text is longer than the limit of {limits.OutputLimit} characters.", 0, 0))
                : TemplateRendering.Of(text);
        }
        catch (ScriptAbortException) when (cancellation.IsCancellationRequested)
        {
            // The caller gave up (the request was aborted): not the template's fault, nothing to report.
            throw new OperationCanceledException(cancellation);
        }
        catch (ScriptAbortException abort)
        {
            return TemplateRendering.Failed(new TemplateError(TemplateErrorKind.Timeout,
                $"The template took longer than {limits.RenderTimeout.TotalSeconds:0.#} s to render.", Line(abort.Span), Column(abort.Span)));
        }
        catch (ScriptRuntimeException error)
        {
            return TemplateRendering.Failed(Runtime(error));
        }
        catch (TemplateRefusal refusal)
        {
            return TemplateRendering.Failed(new TemplateError(refusal.Kind, refusal.Message, 0, 0));
        }
    }

    private static TemplateContext Sandbox(TemplateLimits limits, CancellationToken token) =>
        new(TemplateBuiltins.Build())
        {
            // Fields a card leaves empty are null, and a null deal's members are null too, rather than errors.
            EnableRelaxedMemberAccess = true,
            // A misspelt name is an error the editor shows, not an empty place in a contract.
            StrictVariables = true,
            LoopLimit = limits.LoopLimit,
            LoopLimitQueryable = limits.LoopLimit,
            RecursiveLimit = limits.RecursionLimit,
            LimitToString = limits.OutputLimit,
            TemplateLoader = null,
            // The model holds no .NET objects; should one slip in (a date from date.parse), none of its members show.
            MemberFilter = _ => false,
            TryGetMember = RefuseUnknownMember,
            CancellationToken = token,
            NewLine = "\n",
        };

    private static bool RefuseUnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object? value) =>
        throw new ScriptRuntimeException(span, $"`{member}` is not a field here: the field list shows what a template can use.");

    private static TemplateError Runtime(ScriptRuntimeException error)
    {
        // A helper's refusal reaches us wrapped in Scriban's exception, which knows where in the text it happened.
        for (Exception? inner = error; inner is not null; inner = inner.InnerException)
            if (inner is TemplateRefusal refusal)
                return new TemplateError(refusal.Kind, refusal.Message, Line(error.Span), Column(error.Span));

        var message = error.OriginalMessage;
        var kind = message switch
        {
            _ when message.Contains("iteration limit", StringComparison.Ordinal) || message.Contains("exceeds LoopLimit", StringComparison.Ordinal) => TemplateErrorKind.LoopLimit,
            _ when message.Contains("recursive depth limit", StringComparison.Ordinal) => TemplateErrorKind.RecursionLimit,
            _ when message.Contains("LimitToString", StringComparison.Ordinal) => TemplateErrorKind.OutputLimit,
            _ => TemplateErrorKind.Runtime,
        };
        return new TemplateError(kind, message, Line(error.Span), Column(error.Span));
    }

    private static List<TemplateError> SyntaxErrors(Template template) =>
        template.Messages
            .Where(m => m.Type == ParserMessageType.Error)
            .Select(m => new TemplateError(TemplateErrorKind.Syntax, m.Message, Line(m.Span), Column(m.Span)))
            .ToList();

    // Scriban counts from 0; an editor counts from 1.
    private static int Line(SourceSpan span) => span.Start.Line + 1;
    private static int Column(SourceSpan span) => span.Start.Column + 1;
}

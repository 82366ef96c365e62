using Microsoft.EntityFrameworkCore;
using Suite.Framework.People;
using Suite.Framework.Users;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Tasks;

/// <summary>A task's discussion: whoever sees the task reads it and writes in it.</summary>
internal sealed class TaskComments(TasksDbContext db, TaskService tasks, ICurrentUser user, TimeProvider clock)
{
    public async Task<TaskCommentListDto> ListAsync(Guid taskId, CancellationToken cancellationToken)
    {
        await tasks.FindAsync(taskId, cancellationToken, tracked: false);
        var comments = await db.Comments.AsNoTracking().Where(c => c.TaskId == taskId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var names = await db.People.NamesAsync(comments.Select(c => c.AuthorId), cancellationToken);
        return new TaskCommentListDto(comments.Select(c => View(c, c.AuthorId is { } a ? names.GetValueOrDefault(a) : null)).ToList());
    }

    public async Task<TaskCommentDto> AddAsync(Guid taskId, TaskCommentInput input, CancellationToken cancellationToken)
    {
        await tasks.FindAsync(taskId, cancellationToken, tracked: false);
        var comment = new TaskComment(taskId, user.Id, input.Text!.Trim(), clock.GetUtcNow());
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return View(comment, await db.People.NameOfAsync(user.Id, cancellationToken));
    }

    private static TaskCommentDto View(TaskComment c, string? authorName) => new(c.Id, c.Text, c.AuthorId, authorName, c.CreatedAt);
}

internal sealed record TaskCommentDto(Guid Id, string Text, Guid? AuthorId, string? AuthorName, DateTimeOffset CreatedAt);

internal sealed record TaskCommentListDto(IReadOnlyList<TaskCommentDto> Items);

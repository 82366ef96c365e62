using FluentValidation;
using Suite.Tasks.Domain.Projects;

namespace Suite.Tasks.Application.Projects;

internal sealed class ProjectInputValidator : AbstractValidator<ProjectInput>
{
    public ProjectInputValidator()
    {
        RuleFor(i => i.Name).NotEmpty().MaximumLength(Project.NameMaxLength);
        RuleFor(i => i.Description).MaximumLength(Project.DescriptionMaxLength);
        RuleFor(i => i.MemberIds).Must(m => m is null || m.Count <= Project.MembersMax)
            .WithMessage($"A project has at most {Project.MembersMax} members.");
        RuleForEach(i => i.MemberIds).NotEmpty();
        RuleFor(i => i.OwnerId).NotEqual(Guid.Empty);
    }
}

using HsWorks.Application.Common.Behaviours;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Persons;
using HsWorks.Application.Users;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.UnitTests;

public sealed class PipelineTests
{
    private sealed class FakeUser(AccessLevel? level, bool mustChangePassword = false) : ICurrentUser
    {
        public Guid? ApiClientId => null;

        public Guid? RecipientId => null;

        public IReadOnlyCollection<string> Scopes => [];

        public Guid? UserId => level is null ? null : Guid.NewGuid();

        public string Username => "tester";

        public AccessLevel? AccessLevel => level;

        public bool MustChangePassword => mustChangePassword;
    }

    private static ValueTask<TResponse> Run<TMessage, TResponse>(ICurrentUser user, TMessage message, TResponse response)
        where TMessage : notnull, IMessage =>
        new AuthorizationBehaviour<TMessage, TResponse>(user).Handle(message, (_, _) => ValueTask.FromResult(response), CancellationToken.None);

    [Fact]
    public async Task A_level_without_the_permission_is_forbidden()
    {
        var act = async () => await Run(new FakeUser(AccessLevel.Technician), new ListUsers(null, null, null), default(object)!);
        await act.Should().ThrowAsync<ForbiddenException>().WithMessage("*users.manage*");
    }

    [Fact]
    public async Task A_level_with_the_permission_passes()
    {
        var result = await Run(new FakeUser(AccessLevel.Administrator), new ListUsers(null, null, null), "ok");
        result.Should().Be("ok");
    }

    [Fact]
    public async Task Without_a_user_the_request_is_unauthenticated()
    {
        var act = async () => await Run(new FakeUser(null), new GetPerson(Guid.NewGuid()), "x");
        await act.Should().ThrowAsync<AuthenticationFailedException>();
    }

    [Fact]
    public async Task A_user_who_must_change_the_password_can_only_change_it()
    {
        var user = new FakeUser(AccessLevel.Administrator, mustChangePassword: true);
        var blocked = async () => await Run(user, new GetPerson(Guid.NewGuid()), "x");
        await blocked.Should().ThrowAsync<PasswordChangeRequiredException>();
        (await Run(user, new ChangePassword("a", "b"), "changed")).Should().Be("changed");
    }

    [Fact]
    public async Task Sign_in_needs_no_user()
    {
        (await Run(new FakeUser(null), new SignIn("admin", "pw"), "token")).Should().Be("token");
    }

    [Theory]
    [InlineData("Input.Address.PostalCode", "address.postalCode")]
    [InlineData("Input.FirstName", "firstName")]
    [InlineData("Password", "password")]
    [InlineData("Input", "input")]
    public void Validation_errors_name_the_field_as_the_client_sent_it(string property, string expected) =>
        ValidationBehaviour<GetPerson, PersonDto>.FieldPath(property).Should().Be(expected);
}

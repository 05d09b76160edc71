using System.Reflection;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Users;
using Mediator;

namespace HsWorks.Application.UnitTests;

/// <summary>
/// Issue 10, item 12: the transaction behaviour runs a command's whole unit again after a database
/// restart, so a command with an effect outside the database must opt out, and a refresh-token
/// rotation is never retried.
/// </summary>
public sealed class RetryPolicyTests
{
    private static readonly Type[] OutsideEffects = [typeof(IRecordingStore), typeof(IRegisterImports)];

    private static bool NeverRetried(Type request) =>
        request.GetCustomAttribute<NotRetriedAttribute>() is not null || request.GetCustomAttribute<WithoutTransactionAttribute>() is not null;

    [Fact]
    public void Every_command_whose_handler_writes_outside_the_database_is_never_retried()
    {
        var handlers = typeof(HsWorks.Application.DependencyInjection).Assembly.GetTypes()
            .Select(t => (Handler: t, Command: t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>))))
            .Where(h => h.Command is not null)
            .ToList();
        handlers.Should().NotBeEmpty();
        var outside = handlers.Where(h => h.Handler.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => OutsideEffects.Contains(p.ParameterType))).ToList();
        outside.Should().NotBeEmpty("uploads write to the file store");
        foreach (var (handler, command) in outside)
            NeverRetried(command!.GetGenericArguments()[0]).Should().BeTrue($"{handler.Name} writes outside the database");
    }

    [Fact]
    public void A_refresh_token_rotation_and_a_sign_in_are_never_retried()
    {
        NeverRetried(typeof(RefreshSession)).Should().BeTrue();
        NeverRetried(typeof(SignIn)).Should().BeTrue();
    }
}

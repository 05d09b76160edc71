using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using HsWorks.Application.Common.Behaviours;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.UnitTests;

/// <summary>Permission checks fail closed, and every text of every request is bounded and storable (issue 10, item 8).</summary>
public sealed class FailClosedAndInputTextTests
{
    private static readonly Type[] Requests = [.. typeof(HsWorks.Application.DependencyInjection).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && !t.IsInterface && typeof(IMessage).IsAssignableFrom(t))];

    private sealed class Staff(AccessLevel level) : ICurrentUser
    {
        public Guid? UserId { get; } = Guid.NewGuid();

        public Guid? ApiClientId => null;

        public Guid? RecipientId => null;

        public IReadOnlyCollection<string> Scopes => [];

        public string Username => "tester";

        public AccessLevel? AccessLevel => level;

        public bool MustChangePassword => false;
    }

    /// <summary>A request that forgot to say what it needs.</summary>
    private sealed record Undeclared : IQuery<string>;

    [Fact]
    public void Every_request_declares_who_may_send_it()
    {
        Requests.Should().NotBeEmpty();
        foreach (var request in Requests)
        {
            var declared = new[]
            {
                request.GetCustomAttribute<AnonymousAttribute>() is not null,
                request.GetCustomAttribute<RequiresScopeAttribute>() is not null,
                request.GetCustomAttributes<RequiresPermissionAttribute>().Any(),
                request.GetCustomAttribute<AnySignedInStaffAttribute>() is not null,
            };
            declared.Count(d => d).Should().Be(1, $"{request.Name} must declare exactly one of [Anonymous], [RequiresScope], [RequiresPermission] or [AnySignedInStaff]");
        }
    }

    [Fact]
    public async Task A_request_that_declares_nothing_is_refused_even_for_an_administrator()
    {
        var behaviour = new AuthorizationBehaviour<Undeclared, string>(new Staff(AccessLevel.Administrator));
        var act = async () => await behaviour.Handle(new Undeclared(), (_, _) => ValueTask.FromResult("served"), CancellationToken.None);
        await act.Should().ThrowAsync<ForbiddenException>().WithMessage("*declares no permission*");
    }

    [Fact]
    public void Text_the_database_cannot_store_is_refused()
    {
        // Built here, not as test data: a lone surrogate does not survive the test runner's serialisation.
        string[] unstorable = ["a\0b", "\ud800 broken", "broken \udc00", "reversed \udc00\ud800 pair"];
        for (var i = 0; i < unstorable.Length; i++) InputTextGuard.IsStorable(unstorable[i]).Should().BeFalse($"case {i} cannot be stored");
    }

    [Theory]
    [InlineData("Meikäläinen")]
    [InlineData("emoji 😀 and tabs\tand\r\nnewlines")]
    [InlineData("")]
    public void Ordinary_text_is_storable(string text) => InputTextGuard.IsStorable(text).Should().BeTrue();

    /// <summary>
    /// Every string a request can carry — its own, its inputs', in lists — is reached by the guard: a
    /// request with one overlong or NUL-carrying string there fails validation naming that field.
    /// </summary>
    [Fact]
    public void Every_string_of_every_request_has_a_length_limit_and_refuses_NUL()
    {
        var checkedPaths = 0;
        foreach (var request in Requests.Where(t => t != typeof(Undeclared)))
        {
            foreach (var path in StringPaths(request, [], 0))
            {
                foreach (var hostile in new[] { new string('x', InputTextGuard.MaxLength + 1), "NUL\0byte" })
                {
                    var message = Build(request, path, hostile);
                    var failures = InputTextGuard.Check(message).ToList();
                    failures.Should().ContainSingle($"{request.Name}.{string.Join('.', path.Select(p => p.Name))} must be checked").Which.PropertyName
                        .Should().Be(ValidationBehaviour<Undeclared, string>.FieldPath(string.Join('.', path.Select(p => p.Name))) + (IsList(path[^1].PropertyType) ? "[0]" : ""));
                }
                checkedPaths++;
            }
        }
        checkedPaths.Should().BeGreaterThan(50, "the requests carry many texts");
    }

    private static bool IsList(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static Type? ElementOf(Type type) =>
        type.IsArray ? type.GetElementType() : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static bool IsOurs(Type type) => type.IsClass && type.Namespace?.StartsWith("HsWorks.", StringComparison.Ordinal) == true;

    /// <summary>The writable properties leading to each string (or list of strings) the type can carry.</summary>
    private static IEnumerable<PropertyInfo[]> StringPaths(Type type, PropertyInfo[] prefix, int depth)
    {
        if (depth > 5) yield break;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var path = prefix.Append(property).ToArray();
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType == typeof(string) || (IsList(propertyType) && ElementOf(propertyType) == typeof(string))) yield return path;
            else if (IsOurs(propertyType) && !IsList(propertyType))
                foreach (var inner in StringPaths(propertyType, path, depth + 1)) yield return inner;
        }
    }

    /// <summary>An instance of the request with nothing set but the hostile text at the path.</summary>
    private static object Build(Type request, PropertyInfo[] path, string hostile)
    {
        var root = RuntimeHelpers.GetUninitializedObject(request);
        var target = root;
        foreach (var property in path[..^1])
        {
            var inner = RuntimeHelpers.GetUninitializedObject(property.PropertyType);
            property.SetValue(target, inner);
            target = inner;
        }
        var last = path[^1];
        object value = last.PropertyType == typeof(string) ? hostile
            : last.PropertyType.IsArray ? new[] { hostile }
            : new List<string> { hostile };
        last.SetValue(target, value);
        return root;
    }
}

namespace HsWorks.Application.Common.Interfaces;

/// <summary>Sign-in rules that operators may tune.</summary>
public sealed class SignInOptions
{
    public int MaxFailedSignIns { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;
}

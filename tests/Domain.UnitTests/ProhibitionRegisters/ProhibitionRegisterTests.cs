using HsWorks.Domain.Common;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.ProhibitionRegisters;

namespace HsWorks.Domain.UnitTests.ProhibitionRegisters;

public sealed class ProhibitionRegisterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static RegisterImport Import(Guid registerId) => RegisterImport.Start(Guid.NewGuid(), registerId, new DateOnly(2026, 11, 1), "list.csv", T0, "marketer");

    [Theory]
    [InlineData(Channel.Post, Channel.Post, true)]
    [InlineData(Channel.Post, Channel.Email, false)]
    [InlineData(Channel.All, Channel.Sms, true)]
    public void A_register_covers_its_channels(Channel covered, Channel asked, bool covers) =>
        ProhibitionRegister.Create(Guid.NewGuid(), "Robinson", [covered], T0).Covers(asked).Should().Be(covers);

    [Fact]
    public void A_register_needs_a_name_and_a_channel()
    {
        FluentActions.Invoking(() => ProhibitionRegister.Create(Guid.NewGuid(), " ", [Channel.Post], T0))
            .Should().Throw<DomainRuleException>().Which.Field.Should().Be("name");
        FluentActions.Invoking(() => ProhibitionRegister.Create(Guid.NewGuid(), "Robinson", [], T0))
            .Should().Throw<DomainRuleException>().Which.Field.Should().Be("channels");
    }

    [Fact]
    public void A_completed_import_replaces_the_snapshot_in_force()
    {
        var register = ProhibitionRegister.Create(Guid.NewGuid(), "Robinson", [Channel.Post], T0);
        var first = Import(register.Id);
        var second = Import(register.Id);

        first.Read(100, "utf-8", 3, 2);
        register.Replace(first, T0.AddMinutes(1));
        second.Read(120, "windows-1252", 4, 4);
        register.Replace(second, T0.AddMinutes(2));

        register.CurrentImportId.Should().Be(second.Id);
        first.Status.Should().Be(ImportStatus.Completed);
        second.Should().Match<RegisterImport>(i => i.Status == ImportStatus.Completed && i.RowsRead == 120 && i.FinishedAt == T0.AddMinutes(2));
    }

    [Fact]
    public void An_import_of_another_register_or_one_already_finished_cannot_be_put_in_force()
    {
        var register = ProhibitionRegister.Create(Guid.NewGuid(), "Robinson", [Channel.Post], T0);
        FluentActions.Invoking(() => register.Replace(Import(Guid.NewGuid()), T0)).Should().Throw<DomainRuleException>();
        var failed = Import(register.Id);
        failed.Fail(10, "utf-8", [new ImportError(3, "importNoValues", [])], 1, T0);
        FluentActions.Invoking(() => register.Replace(failed, T0)).Should().Throw<DomainRuleException>();
        register.CurrentImportId.Should().BeNull();
    }

    [Fact]
    public void A_failed_import_keeps_the_first_bad_lines_and_counts_them_all()
    {
        var import = Import(Guid.NewGuid());
        var errors = Enumerable.Range(2, 1500).Select(line => new ImportError(line, "importNoValues", [])).ToList();

        import.Fail(2000, "utf-8", errors, 1500, T0);

        import.Should().Match<RegisterImport>(i => i.Status == ImportStatus.Failed && i.ErrorCount == 1500 && i.Errors.Count == RegisterImport.MaxReportedErrors);
        FluentActions.Invoking(() => Import(Guid.NewGuid()).Fail(0, null, [], 0, T0)).Should().Throw<DomainRuleException>("a failure says why");
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("", "upload.csv")]
    [InlineData("kielto 2026.csv", "kielto 2026.csv")]
    public void Only_the_uploaded_file_name_is_kept(string given, string kept) =>
        RegisterImport.Start(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 1, 1), given, T0, "x").FileName.Should().Be(kept);
}

using System.Runtime.CompilerServices;
using System.Text;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Infrastructure.Exports;

namespace HsWorks.Application.UnitTests.Exports;

/// <summary>The one CSV writer: hostile free text is neutralised, values the system formats itself are written as they are.</summary>
public sealed class CsvExportWriterTests
{
    private sealed record Row(Guid Id, string? Name, string? Phone, decimal? Amount, DateOnly? Day);

    private static readonly CsvColumn<Row>[] Columns =
    [
        CsvColumn<Row>.Id("id", r => r.Id),
        CsvColumn<Row>.Text("name", r => r.Name),
        CsvColumn<Row>.Phone("phone", r => r.Phone),
        CsvColumn<Row>.Number("amount", r => r.Amount),
        CsvColumn<Row>.Date("day", r => r.Day),
    ];

    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static async Task<string[]> WriteAsync(params Row[] rows)
    {
        using var output = new MemoryStream();
        await new CsvExportWriter().WriteAsync(output, Columns, Stream(rows), TestContext.Current.CancellationToken);
        return Encoding.UTF8.GetString(output.ToArray()).Split("\r\n")[..^1];
    }


    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("=1+2", "\"'=1+2\"")]
    [InlineData("+358 hidden", "\"'+358 hidden\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tTab", "\"'\tTab\"")]
    [InlineData("\rCR", "\"'\rCR\"")]
    [InlineData("\nLF", "\"'\nLF\"")]
    [InlineData("\0NUL", "\"'\0NUL\"")]
    public async Task A_free_text_cell_that_starts_like_a_formula_is_prefixed_with_an_apostrophe_and_quoted(string name, string expected)
    {
        using var output = new MemoryStream();
        await new CsvExportWriter().WriteAsync(output, [CsvColumn<Row>.Text("name", r => r.Name)], Stream([new Row(Guid.Empty, name, null, null, null)]),
            TestContext.Current.CancellationToken);
        Encoding.UTF8.GetString(output.ToArray()).Should().Be($"name\r\n{expected}\r\n");
    }

    [Theory]
    [InlineData("Matti", "Matti")]
    [InlineData("Anna-Liisa", "Anna-Liisa")]
    [InlineData("Smith, John", "\"Smith, John\"")]
    [InlineData("O\"Brien", "\"O\"\"Brien\"")]
    public async Task Ordinary_text_is_written_as_RFC_4180_without_an_apostrophe(string name, string expected)
    {
        using var output = new MemoryStream();
        await new CsvExportWriter().WriteAsync(output, [CsvColumn<Row>.Text("name", r => r.Name)], Stream([new Row(Guid.Empty, name, null, null, null)]),
            TestContext.Current.CancellationToken);
        Encoding.UTF8.GetString(output.ToArray()).Should().Be($"name\r\n{expected}\r\n");
    }

    [Fact]
    public async Task E164_phone_numbers_negative_amounts_ids_and_dates_are_written_unchanged()
    {
        var id = Guid.Parse("01a2125f-0c1e-7b7a-9a53-1f6f2d3c4b5a");
        var lines = await WriteAsync(new Row(id, "Matti", "+358401112233", -1234.50m, new DateOnly(2026, 11, 25)),
            new Row(id, null, null, null, null));
        lines.Should().Equal(
            "id,name,phone,amount,day",
            "01a2125f-0c1e-7b7a-9a53-1f6f2d3c4b5a,Matti,+358401112233,-1234.50,2026-11-25",
            "01a2125f-0c1e-7b7a-9a53-1f6f2d3c4b5a,,,,");
    }

    [Theory]
    [InlineData("+358 40 111 2233")]
    [InlineData("+1=cmd|' /C calc'!A0")]
    [InlineData("+0123456")]
    public async Task A_phone_cell_that_is_not_E164_is_treated_as_free_text(string phone)
    {
        var lines = await WriteAsync(new Row(Guid.Empty, "Matti", phone, null, null));
        lines[1].Split(',')[2].Should().StartWith("\"'+");
    }

    [Fact]
    public async Task Rows_are_written_out_while_they_are_still_being_read()
    {
        using var output = new MemoryStream();
        long writtenBeforeTheLastRow = 0;
        async IAsyncEnumerable<Row> Rows([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            for (var i = 0; i < 20_000; i++)
            {
                await Task.Yield();
                yield return new Row(Guid.NewGuid(), $"Name {i}", "+358401112233", i, null);
            }
            writtenBeforeTheLastRow = output.Length;
        }

        await new CsvExportWriter().WriteAsync(output, Columns, Rows(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        writtenBeforeTheLastRow.Should().BeGreaterThan(output.Length / 2, "the writer hands full buffers on instead of keeping the file");
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using HsWorks.Application.ProhibitionRegisters;
using HsWorks.Domain.ProhibitionRegisters;

namespace HsWorks.Api.IntegrationTests.Infrastructure;

/// <summary>Prohibition registers and their imports through the API, as the import page uses them.</summary>
public static class RegisterImports
{
    static RegisterImports() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static async Task<ProhibitionRegisterDto> CreateRegisterAsync(this HttpClient client, string name, params string[] channels)
    {
        var response = await client.PostAsJsonAsync("/api/v1/prohibition-registers", new { name, channels });
        return await response.ReadAsync<ProhibitionRegisterDto>(CancellationToken.None);
    }

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, Guid registerId, byte[]? file, string? fileDate,
        string fileName = "register.csv")
    {
        using var form = new MultipartFormDataContent();
        // Fields before the file: the upload is streamed.
        if (fileDate is not null) form.Add(new StringContent(fileDate), "fileDate");
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(content, "file", fileName);
        }
        return await client.PostAsync($"/api/v1/prohibition-registers/{registerId}/imports", form);
    }

    /// <summary>Uploads the lines (joined with CRLF) and waits until the import has finished.</summary>
    public static async Task<RegisterImportDto> ImportAsync(this HttpClient client, Guid registerId, string text, Encoding? encoding = null,
        string fileDate = "2026-11-01")
    {
        var response = await client.UploadAsync(registerId, (encoding ?? Encoding.UTF8).GetBytes(text), fileDate);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var started = await response.Content.ReadFromJsonAsync<RegisterImportDto>(HttpTestExtensions.Web);
        response.Headers.Location!.ToString().Should().Be($"/api/v1/prohibition-registers/{registerId}/imports/{started!.Id}");
        return await client.WaitForImportAsync(registerId, started.Id);
    }

    public static async Task<RegisterImportDto> WaitForImportAsync(this HttpClient client, Guid registerId, Guid importId)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var import = await (await client.GetAsync($"/api/v1/prohibition-registers/{registerId}/imports/{importId}"))
                .ReadAsync<RegisterImportDto>(CancellationToken.None);
            if (import.Status != ImportStatus.Running) return import;
            if (DateTime.UtcNow > until) throw new TimeoutException($"Import {importId} still running: {import.Phase} {import.RowsRead}");
            await Task.Delay(100);
        }
    }

    public static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";
}

using System.Net;
using System.Net.Sockets;

namespace HsWorks.Api.IntegrationTests.Infrastructure;

/// <summary>A recipient's webhook on loopback: records what it receives and answers with the status it is told to.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener listener = new();

    public WebhookReceiver()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/hook/";
        listener.Prefixes.Add(Url);
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public HttpStatusCode Answer { get; set; } = HttpStatusCode.OK;

    public List<(string Body, string Signature)> Received { get; } = [];

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            lock (Received) Received.Add((body, context.Request.Headers["HsWorks-Signature"] ?? string.Empty));
            context.Response.StatusCode = (int)Answer;
            context.Response.Close();
        }
    }

    public void Dispose() => listener.Close();
}

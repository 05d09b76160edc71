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

    /// <summary>Set when a request has arrived (before it is answered).</summary>
    public TaskCompletionSource RequestArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, the answer waits for it: a slow receiver.</summary>
    public Task? HoldAnswerUntil { get; set; }

    /// <summary>When set, answers with this many bytes of body: the first megabyte at once, the rest after <see cref="HoldAnswerUntil"/>.</summary>
    public long? AnswerBodyBytes { get; set; }

    /// <summary>How many body bytes the receiver managed to send, and whether the other side stopped taking them.</summary>
    public long BodyBytesSent { get; private set; }

    public bool BodyCutOff { get; private set; }

    public TaskCompletionSource AnswerFinished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

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
            RequestArrived.TrySetResult();
            context.Response.StatusCode = (int)Answer;
            if (AnswerBodyBytes is { } size) _ = Task.Run(() => AnswerLargeAsync(context.Response, size));
            else
            {
                if (HoldAnswerUntil is { } hold) await hold;
                context.Response.Close();
            }
        }
    }

    private async Task AnswerLargeAsync(HttpListenerResponse response, long size)
    {
        var chunk = new byte[64 * 1024];
        response.ContentLength64 = size;
        try
        {
            while (BodyBytesSent < size)
            {
                if (BodyBytesSent >= 1024 * 1024 && HoldAnswerUntil is { IsCompleted: false } hold) await hold;
                var count = (int)Math.Min(chunk.Length, size - BodyBytesSent);
                await response.OutputStream.WriteAsync(chunk.AsMemory(0, count));
                BodyBytesSent += count;
            }
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            BodyCutOff = true;
        }
        AnswerFinished.TrySetResult();
    }

    public void Dispose() => listener.Close();
}

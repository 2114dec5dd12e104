using Khulnasoft.Bot.Runtime.DirectLine;
using Khulnasoft.Bot.WebChat;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.AddDirectLine();

var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.MapDirectLine();
app.MapWebChat();
app.Run();

using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Mail;
using Khulnasoft.Bot.Sandbox;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.AddAccounts();
builder.AddSandbox();
builder.AddMail();

var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.MapSandbox();
app.Run();

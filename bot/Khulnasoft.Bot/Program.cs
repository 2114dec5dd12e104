using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.Health;
using Khulnasoft.Bot.Runtime.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddBotRuntime();
builder.AddHealth();
builder.AddConversation();

var app = builder.Build();
app.MapBotMessages();
app.MapHealth();
app.Run();

using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.Health;
using Khulnasoft.Bot.Runtime.DirectLine;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.WebChat;

var builder = WebApplication.CreateBuilder(args);
builder.AddBotRuntime();
builder.AddHealth();
builder.AddConversation();
builder.AddDirectLine();

var app = builder.Build();
app.MapBotMessages();
app.MapHealth();
app.MapDirectLine();
app.MapWebChat();
app.Run();

using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Health;
using Khulnasoft.Bot.Jobs;
using Khulnasoft.Bot.Receipts;
using Khulnasoft.Bot.Runtime.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddBotRuntime();
builder.AddHealth();
builder.AddConversation();
builder.AddJobs();
builder.AddReceipts();
builder.AddDeletion();

var app = builder.Build();
app.MapBotMessages();
app.MapHealth();
app.MapJobsDashboard();
app.MapReceipts();
app.MapDeletionOps();
app.Run();

using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Approvals;
using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Handoff;
using Khulnasoft.Bot.Health;
using Khulnasoft.Bot.Hosting;
using Khulnasoft.Bot.Invoices;
using Khulnasoft.Bot.Jobs;
using Khulnasoft.Bot.Mail;
using Khulnasoft.Bot.Receipts;
using Khulnasoft.Bot.Runtime.DirectLine;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Sandbox;
using Khulnasoft.Bot.Teams;
using Khulnasoft.Bot.WebChat;

var builder = WebApplication.CreateBuilder(args);
builder.AddBotRuntime();
builder.AddBotState();
builder.AddHealth();
builder.AddConversation();
builder.AddIdentity();
builder.AddAccounts();
builder.AddSandbox();
builder.AddMail();
builder.AddJobs();
builder.AddReceipts();
builder.AddDeletion();
builder.AddInvoices();
builder.AddDirectLine();
builder.AddTeams();
builder.AddHandoff();
builder.AddApprovals(); // after AddHandoff: the handoff relay sees messages before the approvals interceptor

var app = builder.Build();
app.ValidateSettings(); // every missing or invalid setting in one message, before anything reads one
app.MapBotMessages();
app.MapHealth();
app.MapSandbox();
app.MapJobsDashboard();
app.MapReceipts();
app.MapDeletionOps();
app.MapInvoices();
app.MapDirectLine();
app.MapWebChat();
app.Run();

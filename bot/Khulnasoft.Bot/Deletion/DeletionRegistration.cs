using Microsoft.Extensions.Options;
using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// <c>builder.AddDeletion()</c>: the case store, scheduler, jobs, watchdog and their options (validated at start-up);
/// then <c>app.MapDeletionOps()</c> and <c>app.MapDeletionUndo()</c> (the undo link's page). Needs <c>AddJobs()</c>, <c>AddReceipts()</c>,
/// <c>AddAccounts()</c>, <c>AddMail()</c> and <c>AddFileDelivery()</c> (the undo link's signer), and an <see cref="IStorage"/>
/// (the state feature registers Redis storage when <c>Storage:RedisConnection</c> is set; <see cref="MemoryStorage"/>
/// is only a fallback, and <c>AddJobs()</c> already refuses Production without Redis).
/// </summary>
public static class DeletionRegistration
{
    public static IHostApplicationBuilder AddDeletion(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<DeletionOptions, DeletionOptionsValidator>().BindConfiguration(DeletionOptions.SectionName);
        services.AddSingleton<IValidateOptions<DeletionOptions>, EmailHashKeyValidator>();
        services.AddOptionsWithValidateOnStart<PurgeOptions, PurgeOptionsValidator>().BindConfiguration(PurgeOptions.SectionName);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStorage, MemoryStorage>();
        services.AddMetrics();
        services.TryAddSingleton<DeletionMetrics>();
        services.TryAddSingleton<DeletionCaseStore>();
        services.TryAddSingleton<DeletionJobQueue>();
        services.TryAddSingleton<CaseJobs>();
        services.TryAddSingleton<CaseMilestones>();
        services.TryAddSingleton<RetryOrFailPolicy>();
        services.TryAddSingleton<EmailHasher>();
        services.TryAddSingleton<DeletionScheduler>();
        services.TryAddTransient<CaseResumer>();
        services.TryAddTransient<OperatorCaseActions>();
        services.TryAddSingleton<IDeletionEmailSender, MailDeletionEmailSender>();
        services.TryAddTransient<PrerequisiteReader>();
        services.TryAddTransient<IAccountDeletionApi, KhulnasoftAccountDeletionApi>();
        services.AddTransient<LegalHoldWait>();
        services.AddTransient<ErasureReceipts>();
        services.AddTransient<DeletionJob>();
        services.AddTransient<PurgeJob>();
        services.TryAddSingleton<NoticeMarks>();
        services.TryAddSingleton<UndoLinks>();
        services.AddTransient<DeletionNotificationJob>();
        services.AddTransient<ScheduledNoticeJob>();
        services.AddTransient<DeletionReminderJob>();
        services.AddTransient<MemberNoticeJob>();
        services.AddTransient<SupportAlertJob>();
        services.AddTransient<DeletionWatchdogJob>();
        services.AddHostedService<DeletionWatchdogRegistrar>();
        services.TryAddSingleton<CaseIndexBackfill>();
        services.AddHostedService<CaseIndexBackfillService>();
        return builder;
    }
}

using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Turns;

/// <summary>Runs before activities are sent; may change or drop them, then must call <c>next</c> to send.</summary>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next);

/// <summary>Runs before an activity is updated; call <c>next</c> to perform the update.</summary>
public delegate Task<ResourceResponse?> UpdateActivityHandler(ITurnContext turnContext, Activity activity, Func<Task<ResourceResponse?>> next);

/// <summary>Runs before an activity is deleted; call <c>next</c> to perform the delete.</summary>
public delegate Task DeleteActivityHandler(ITurnContext turnContext, ConversationReference reference, Func<Task> next);

using Khulnasoft.Sandbox.Api;
using Khulnasoft.Sandbox.Wire;

namespace Khulnasoft.Sandbox.Data;

/// <summary>Deleting a user: legal holds, the prerequisite rules, deletion and purge (idempotent by key).</summary>
internal sealed partial class SandboxStore
{
    public IReadOnlyList<LegalHold> GetLegalHolds(string userId)
    {
        lock (gate)
        {
            var user = KnownUser(userId);
            return data.LegalHolds.Where(h => h.UserId == user.Id).Select(ToApi).ToList();
        }
    }

    /// <summary>Every legal hold with its user (the staff page).</summary>
    public IReadOnlyList<(LegalHold Hold, string UserId, string Email)> GetAllLegalHolds()
    {
        lock (gate)
        {
            return data.LegalHolds
                .Select(h => (ToApi(h), h.UserId, (index.User(h.UserId) ?? throw new InvalidOperationException($"Legal hold {h.Id} names a user the seed does not have.")).Email))
                .ToList();
        }
    }

    public LegalHold LiftLegalHold(string userId, string holdId)
    {
        lock (gate)
        {
            var user = KnownUser(userId);
            var hold = data.LegalHolds.FirstOrDefault(h => h.Id == holdId && h.UserId == user.Id) ?? throw NotFound("legal hold");
            data.LegalHolds.Remove(hold);
            return ToApi(hold);
        }
    }

    /// <summary>The prerequisites still unmet before <paramref name="userId"/> can be deleted.</summary>
    public IReadOnlyList<UnmetPrerequisite> GetUnmetPrerequisites(string userId)
    {
        lock (gate)
        {
            return Unmet(LiveUser(userId));
        }
    }

    public UserDeletion DeleteUser(string userId, string? idempotencyKey)
    {
        lock (gate)
        {
            var cacheKey = $"delete|{userId}|{idempotencyKey}";
            if (idempotencyKey is not null && idempotentResults.TryGetValue(cacheKey, out var cached))
            {
                return (UserDeletion)cached;
            }

            var user = LiveUser(userId);
            var unmet = Unmet(user);
            if (unmet.Count > 0)
            {
                throw new SandboxApiException(409, ErrorCodes.PrerequisitesUnmet,
                    $"{unmet.Count} prerequisite(s) must be completed before this user can be deleted.", new PrerequisitesResult(unmet));
            }

            var deleted = new List<IdName>();
            var removed = new List<RemovedMember>();
            var left = new List<IdName>();
            foreach (var account in LiveAccountsOf(user).ToList())
            {
                var membership = account.Members.FirstOrDefault(m => m.UserId == user.Id);
                if (membership is null)
                {
                    continue;
                }

                if (membership.IsPrimaryOwner)
                {
                    account.Deleted = true;
                    deleted.Add(new IdName(account.Id, account.Name));
                    removed.AddRange(account.Members.Where(m => m.UserId != user.Id).Select(m => new RemovedMember(account.Id, m.UserId)));
                    foreach (var zone in index.ZonesOf(account.Id))
                    {
                        zone.Status = "deleted";
                    }
                }
                else
                {
                    account.Members.Remove(membership);
                    left.Add(new IdName(account.Id, account.Name));
                }
            }

            user.Status = "deleted";
            var result = new UserDeletion(user.Id, "deleted", deleted, removed, left);
            if (idempotencyKey is not null)
            {
                idempotentResults[cacheKey] = result;
            }

            return result;
        }
    }

    public UserPurge PurgeUser(string userId, string? idempotencyKey)
    {
        lock (gate)
        {
            var cacheKey = $"purge|{userId}|{idempotencyKey}";
            if (idempotencyKey is not null && idempotentResults.TryGetValue(cacheKey, out var cached))
            {
                return (UserPurge)cached;
            }

            var user = KnownUser(userId);
            if (user.Status != "deleted")
            {
                throw new SandboxApiException(409, ErrorCodes.UserNotDeleted, "Only a deleted user can be purged.");
            }

            if (data.LegalHolds.Any(h => h.UserId == user.Id))
            {
                throw new SandboxApiException(423, ErrorCodes.LegalHold, "This user's data is under a legal hold and cannot be purged.");
            }

            user.Status = "purged";
            user.Email = "";
            user.Name = "";
            user.Entra = null;
            var result = new UserPurge(user.Id, "purged", time.GetUtcNow());
            if (idempotencyKey is not null)
            {
                idempotentResults[cacheKey] = result;
            }

            return result;
        }
    }


    private List<UnmetPrerequisite> Unmet(SandboxUser user)
    {
        var unmet = new List<UnmetPrerequisite>();
        foreach (var account in LiveAccountsOf(user).Where(a => a.Members.Any(m => m.UserId == user.Id && m.IsPrimaryOwner)))
        {
            string? ZoneName(string? zoneId) => zoneId is null ? null : index.Zone(zoneId)?.Name;
            foreach (var s in account.Subscriptions.Where(s => s.State == "active" && s.RatePlan.IsContract))
            {
                unmet.Add(new(UnmetCodes.ContractAccount, account.Id, ZoneName(s.ZoneId), s.Id, $"{account.Name} is under contract: contact your Customer Success Manager."));
            }

            foreach (var s in account.Subscriptions.Where(s => s.State == "active" && !s.RatePlan.IsContract && s.RatePlan.Id != "free"))
            {
                unmet.Add(new(UnmetCodes.ActiveSubscription, account.Id, ZoneName(s.ZoneId), s.Id, $"Cancel the subscription {s.RatePlan.PublicName}."));
            }

            foreach (var z in index.ZonesOf(account.Id))
            {
                if (z.Status != "deleted")
                {
                    unmet.Add(new(UnmetCodes.ZoneActive, account.Id, z.Name, z.Id, $"Remove {z.Name} from Khulnasoft."));
                }

                if (z.Type == "full" && z.RegistrarNameServers.Intersect(z.NameServers, StringComparer.OrdinalIgnoreCase).Any())
                {
                    unmet.Add(new(UnmetCodes.NameServersPointing, account.Id, z.Name, z.Id, $"Remove the Khulnasoft nameservers of {z.Name} at your registrar."));
                }

                if (z.Type == "partial" && z.DnsRecordsMoved != true)
                {
                    unmet.Add(new(UnmetCodes.CnameRecordsNotMoved, account.Id, z.Name, z.Id, $"Point the DNS records of {z.Name} at your origin instead of Khulnasoft."));
                }
            }

            foreach (var d in account.RegistrarDomains.Where(d => d.AutoRenew))
            {
                unmet.Add(new(UnmetCodes.AutoRenewEnabled, account.Id, d.Name, d.Name, $"Disable auto-renew for {d.Name}."));
            }

            if (account.PaymentMethod is not null)
            {
                unmet.Add(new(UnmetCodes.PaymentMethodOnFile, account.Id, null, null, $"Delete the payment method of {account.Name}."));
            }
        }

        return unmet;
    }
}

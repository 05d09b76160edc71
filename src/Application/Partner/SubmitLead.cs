using System.Security.Cryptography;
using System.Text.Json;
using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Persons;
using HsWorks.Application.Requests;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.NonDisclosure;
using HsWorks.Domain.Persons;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Partner;

/// <summary>
/// A partner submits a lead (R6.5): a person from its register (R5.1 source partnerRegister) and
/// optionally the consumer customer they are. The same Idempotency-Key again answers the same
/// person; the same key with another body is refused. A lead that says the person has the
/// non-disclosure marking leaves a claim for DataProtectionOfficer and the address is hidden at once.
/// </summary>
[RequiresScope(PartnerScopes.LeadsWrite)]
[Audited("partner.lead.submit")]
public sealed record SubmitLead(string? IdempotencyKey, LeadInput Input) : ICommand<LeadResult>;

/// <summary>The lead, and whether this call created it (false: an earlier call with the same key did).</summary>
public sealed record LeadResult(LeadDto Lead, bool Created);

internal sealed class SubmitLeadValidator : AbstractValidator<SubmitLead>
{
    public SubmitLeadValidator()
    {
        RuleFor(x => x.IdempotencyKey).NotEmpty().MaximumLength(200).OverridePropertyName("idempotencyKey")
            .WithMessage(_ => Messages.Get("idempotencyKey"));
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Person).NotNull().SetValidator(new PersonInputValidator());
        RuleForEach(x => x.Input.Customer!.ProductGroups).Must(ProductGroups.IsKnown).When(x => x.Input?.Customer is not null)
            .WithMessage(_ => Messages.Get("productGroup", string.Join(", ", ProductGroups.Codes)));
    }
}

internal sealed class SubmitLeadHandler(IHsWorksDb db, ICurrentUser caller, AuditTrail trail, TimeProvider clock, ISuppressionHasher hasher) : ICommandHandler<SubmitLead, LeadResult>
{
    public async ValueTask<LeadResult> Handle(SubmitLead command, CancellationToken cancellationToken)
    {
        var clientId = caller.ApiClientId!.Value;
        var hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(command.Input)));
        var now = clock.GetUtcNow();
        var personId = Guid.CreateVersion7();
        var customerId = command.Input.Customer is null ? (Guid?)null : Guid.CreateVersion7();
        var lead = command.Input.Person!;
        // A person erased at their request is not entered again; the answer names no one.
        if (await Suppression.MatchesAsync(db, hasher, lead.PersonalIdentityCode, lead.Email, [lead.Phone, lead.Mobile], cancellationToken))
        {
            trail.Because(PersonFields.SuppressionMatch);
            throw new ConflictException(Messages.Get("leadSuppressed"));
        }

        // The key is claimed before anything is created: a concurrent call with the same key waits
        // here until this transaction ends, then finds the committed lead and answers with it.
        if (!await db.ClaimLeadSubmissionAsync(LeadSubmission.Of(clientId, command.IdempotencyKey!, hash, personId, customerId, now), cancellationToken))
        {
            var earlier = await db.LeadSubmissions.AsNoTracking()
                .SingleAsync(l => l.ApiClientId == clientId && l.Key == command.IdempotencyKey, cancellationToken);
            if (earlier.RequestHash != hash) throw new ConflictException("This Idempotency-Key was used with another lead.", "idempotencyKey");
            trail.Person(earlier.PersonId).Because("replayed");
            return new LeadResult(new LeadDto(earlier.PersonId, earlier.CustomerId), Created: false);
        }

        // A partner neither sets the marking nor names another source; its word on a marking is a claim for DataProtectionOfficer.
        var input = command.Input.Person with { Source = DataSource.PartnerRegister, NonDisclosure = false };
        var person = Person.Create(personId, input.ToDetails(), input.ToIdentityCodeChange(), DataSource.PartnerRegister, now);
        db.Persons.Add(person);
        if (command.Input.Person.NonDisclosure == true)
            db.NonDisclosureClaims.Add(NonDisclosureClaim.Open(Guid.CreateVersion7(), person, NonDisclosureClaimOrigin.PartnerLead,
                "The partner's lead says the person has the non-disclosure marking.", now, caller.Username));
        Customer? customer = null;
        if (command.Input.Customer is { } c)
        {
            customer = Customer.Create(customerId!.Value, CustomerType.Consumer, null, null, person.Id,
                c.CustomerSince ?? DateOnly.FromDateTime(now.UtcDateTime), [.. c.ProductGroups ?? []], now);
            db.Customers.Add(customer);
        }
        await db.SaveChangesAsync(cancellationToken);
        trail.Person(person.Id).Changed(PersonFields.All);
        if (customer is not null) trail.Customer(customer.Id);
        return new LeadResult(new LeadDto(person.Id, customer?.Id), Created: true);
    }
}

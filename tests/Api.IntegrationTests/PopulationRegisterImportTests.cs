using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Disclosures;
using HsWorks.Application.Marketing;
using HsWorks.Application.Partner;
using HsWorks.Application.Persons;
using HsWorks.Application.PopulationRegister;
using HsWorks.Application.Register;
using HsWorks.Domain.Persons;
using HsWorks.Domain.PopulationRegister;
using HsWorks.Domain.ProhibitionRegisters;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// Population Register change files (R5.2, docs/population-register.md): names and addresses, the non-disclosure marking, deaths and
/// identity-code corrections applied by the keyed identity-code lookup; unmatched lines reported, never created; a bad file changes nothing.
/// </summary>
public sealed class PopulationRegisterImportTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Code(int year, int month, int day, int individual, char? sign = null)
    {
        var code = PersonalIdentityCode.Generate(new DateOnly(year, month, day), individual).Value;
        return sign is { } s ? code[..6] + s + code[7..] : code;
    }

    private static async Task<PersonDto> PersonAsync(HttpClient admin, string code, string first = "Maija", bool consumer = false)
    {
        var person = await admin.CreatePersonAsync(TestData.PersonBody(first, email: $"{first.ToLowerInvariant()}@example.fi", identityCode: code));
        if (consumer)
            await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id, customerSince = "2020-01-01", productGroups = Array.Empty<string>() });
        return person;
    }

    private static async Task<PersonDto> GetAsync(HttpClient admin, Guid id) =>
        await (await admin.GetAsync($"/api/v1/persons/{id}", Ct)).ReadAsync<PersonDto>(Ct);

    private static string Line(string code, params object[] changes) =>
        System.Text.Json.JsonSerializer.Serialize(new { henkilotunnus = code, muutokset = changes });

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string text, string fileName, string contentType)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(content, "file", fileName);
        return await client.PostAsync("/api/v1/population-register/imports", form, Ct);
    }

    private static async Task<PopulationImportDto> ImportAsync(HttpClient client, string text, string fileName = "changes.jsonl",
        string contentType = "application/x-ndjson")
    {
        var response = await UploadAsync(client, text, fileName, contentType);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync(Ct));
        var started = await response.Content.ReadFromJsonAsync<PopulationImportDto>(HttpTestExtensions.Web, Ct);
        response.Headers.Location!.ToString().Should().Be($"/api/v1/population-register/imports/{started!.Id}");
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var import = await (await client.GetAsync($"/api/v1/population-register/imports/{started.Id}", Ct)).ReadAsync<PopulationImportDto>(Ct);
            if (import.Status != ImportStatus.Running) return import;
            if (DateTime.UtcNow > until) throw new TimeoutException($"Import {started.Id} still running: {import.Phase}");
            await Task.Delay(100, Ct);
        }
    }

    private async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return (T)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static async Task<long> IncludedAsync(HttpClient admin)
    {
        var selection = await (await admin.PostAsJsonAsync("/api/v1/marketing/selections", new { name = "Post", purpose = "ownMarketing", channel = "post" }, Ct))
            .JsonAsync(Ct);
        return (await (await admin.GetAsync($"/api/v1/marketing/selections/{selection.Str("id")}/preview", Ct)).ReadAsync<SelectionPreviewDto>(Ct)).Included;
    }

    private static object Name(string date, string first, string last) => new { ryhma = "HENKILON_NIMI", muutospaiva = date, etunimet = first, sukunimi = last };

    private static object Address(string date, string street, string postalCode, string city) =>
        new { ryhma = "VAKINAINEN_KOTIMAINEN_OSOITE", muutospaiva = date, katuosoite = street, postinumero = postalCode, postitoimipaikka = city, alkupaiva = date };

    private static object Marking(string date, bool active, string? ends = null) =>
        new { ryhma = "TURVAKIELTO", muutospaiva = date, turvakieltoAktiivinen = active, turvaLoppuPv = ends };

    /// <summary>A partner the person's data (the categories) was disclosed to, and its API client with persons.read.</summary>
    private async Task<(Guid PartnerId, HttpClient Client)> PartnerAsync(HttpClient admin, Guid personId, params string[] categories)
    {
        var partner = await (await admin.PostAsJsonAsync("/api/v1/recipients", new
        {
            name = "Kumppani Oy", type = "partner", country = "FI", purposes = new[] { "customerService" }, dataCategories = categories,
            agreementReference = "Agreement 1", agreementDate = "2026-01-01",
        }, Ct)).JsonAsync(Ct);
        var partnerId = Guid.Parse(partner.Str("id"));
        (await admin.PostAsJsonAsync("/api/v1/disclosures", Disclosure(partnerId, personId, categories), Ct)).EnsureSuccessStatusCode();
        var secret = await (await admin.PostAsJsonAsync("/api/v1/api-clients",
            new { recipientId = partnerId, name = "Integration", scopes = new[] { "persons.read" } }, Ct)).ReadAsync<ApiClientSecretDto>(Ct);
        var token = await (await Factory.CreateClient().PostAsync("/api/v1/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = secret.ClientId, ["client_secret"] = secret.ClientSecret,
        }), Ct)).JsonAsync(Ct);
        return (partnerId, Factory.ClientWithToken(token.Str("access_token")));
    }

    private static object Disclosure(Guid recipientId, Guid personId, string[] categories) =>
        new { recipientId, purpose = "customerService", legalBasis = "contract", dataCategories = categories, personIds = new[] { personId } };

    [Fact]
    public async Task Names_and_addresses_are_updated_with_the_register_as_source_audited_and_told_to_recipients()
    {
        var admin = await Factory.AdminClientAsync();
        var code = Code(1952, 10, 13, 308);
        var person = await PersonAsync(admin, code);
        var recipient = await (await admin.PostAsJsonAsync("/api/v1/recipients", new
        {
            name = "Käsittelijä Oy", type = "processor", country = "FI", purposes = new[] { "customerService" }, dataCategories = new[] { "basic" },
            agreementReference = "DPA 1", agreementDate = "2026-01-01",
        }, Ct)).JsonAsync(Ct);
        (await admin.PostAsJsonAsync("/api/v1/disclosures", new
        {
            recipientId = recipient.Str("id"), purpose = "customerService", legalBasis = "contract", dataCategories = new[] { "basic" }, personIds = new[] { person.Id },
        }, Ct)).EnsureSuccessStatusCode();

        var import = await ImportAsync(admin, Line(code, Name("2026-11-20", "Maija Liisa", "Virtanen"), Address("2026-11-21", "Hämeenkatu 5 A 3", "33100", "Tampere")) + "\n");

        import.Should().Match<PopulationImportDto>(i => i.Status == ImportStatus.Completed && i.RowsRead == 1 && i.ChangesRead == 2 && i.UpdatedPersons == 1
            && i.NameChanges == 1 && i.AddressChanges == 1 && i.UnmatchedRows == 0 && i.Format == PopulationFileFormat.JsonLines);
        var updated = await GetAsync(admin, person.Id);
        (updated.FirstName, updated.LastName).Should().Be(("Maija Liisa", "Virtanen"));
        updated.Address.Should().Be(new AddressDto("Hämeenkatu 5 A 3", "33100", "Tampere", "FI"));
        updated.Sources.Name.Should().Be(DataSource.PopulationRegister);
        updated.Sources.Address.Should().Be(DataSource.PopulationRegister);
        (await ScalarAsync<DateTime>("SELECT name_changed_on::timestamp FROM persons WHERE id = @id", ("id", person.Id))).Should().Be(new DateTime(2026, 11, 20));
        var changes = await (await admin.GetAsync($"/api/v1/population-register/imports/{import.Id}/changes", Ct)).ReadAsync<PagedResult<PopulationChangeDto>>(Ct);
        changes.Items.Select(c => (c.Line, c.Group, string.Join(",", c.Fields))).Should().BeEquivalentTo(
            [(1L, PopulationChangeGroup.PersonName, "firstName,lastName"), (1L, PopulationChangeGroup.PermanentAddress, "address")]);
        (await ScalarAsync<long>("SELECT count(*) FROM audit_records WHERE action = 'populationRegister.change' AND person_ids = ARRAY[@id]", ("id", person.Id)))
            .Should().Be(1);
        (await ScalarAsync<long>("SELECT count(*) FROM recipient_notices WHERE person_id = @id AND type = 'PersonRectified'", ("id", person.Id))).Should().Be(1);
        // The search finds the new name.
        (await (await admin.GetAsync("/api/v1/search?q=Virtanen", Ct)).Content.ReadAsStringAsync(Ct)).Should().Contain(person.Id.ToString());

        // The same file again changes nothing more.
        var again = await ImportAsync(admin, Line(code, Name("2026-11-20", "Maija Liisa", "Virtanen")) + "\n");
        again.UpdatedPersons.Should().Be(0);
    }

    [Fact]
    public async Task The_search_terms_and_match_keys_of_renamed_and_readdressed_persons_are_rewritten_as_a_save_makes_them()
    {
        var admin = await Factory.AdminClientAsync();
        var renamed = Code(1961, 3, 14, 402);
        var moved = Code(1962, 4, 15, 404);
        var person = await PersonAsync(admin, renamed, "Aino", consumer: true);
        var other = await PersonAsync(admin, moved, "Eino");
        var customerNumber = await ScalarAsync<long>("SELECT customer_number FROM customers WHERE person_id = @id", ("id", person.Id));

        var import = await ImportAsync(admin, Line(renamed, Name("2026-11-20", "Aino-Liisa Öhman", "Ärölä")) + "\n"
            + Line(moved, Address("2026-11-21", "Hämeenkatu 5 A 3", "33100", "Tampere")) + "\n");

        import.Should().Match<PopulationImportDto>(i => i.Status == ImportStatus.Completed && i.NameChanges == 1 && i.AddressChanges == 1);
        async Task<string> TermsAsync(string owner, Guid id) =>
            await ScalarAsync<string>($"SELECT string_agg(term, ' ' ORDER BY term) FROM search_terms WHERE {owner} = @id", ("id", id));
        // The name's words folded (SearchText.NameWords), the e-mail and the phone's digits kept; the old name's words gone.
        (await TermsAsync("person_id", person.Id)).Should().Be("358401234567 @aino@example.fi aino arola liisa ohman");
        (await TermsAsync("customer_id", await ScalarAsync<Guid>("SELECT id FROM customers WHERE person_id = @id", ("id", person.Id))))
            .Should().Be(string.Join(' ', new[] { "aino", "arola", customerNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), "liisa", "ohman" }
                .Order(StringComparer.Ordinal)));
        (await ScalarAsync<long>("SELECT count(*) FROM search_words WHERE word IN ('arola', 'ohman')")).Should().Be(2);
        // The match keys as MatchKeys makes them: the first given name only, the street ending abbreviated.
        (await ScalarAsync<string>("SELECT concat_ws('|', first_name, last_name, postal_code, street) FROM person_match_keys WHERE person_id = @id", ("id", person.Id)))
            .Should().Be("ainoliisa|arola|00300|korppaanmaent27");
        (await ScalarAsync<string>("SELECT concat_ws('|', first_name, last_name, postal_code, street) FROM person_match_keys WHERE person_id = @id", ("id", other.Id)))
            .Should().Be("eino|meikalainen|33100|hameenk5a3");
        (await (await admin.GetAsync("/api/v1/search?q=%C3%84r%C3%B6l%C3%A4", Ct)).Content.ReadAsStringAsync(Ct)).Should().Contain(person.Id.ToString());
        (await (await admin.GetAsync("/api/v1/search?q=Meik%C3%A4l%C3%A4inen%20Aino", Ct)).Content.ReadAsStringAsync(Ct)).Should().NotContain(person.Id.ToString());
    }

    /// <summary>
    /// The import rewrites search terms set-based, only where they differ, and keeps the word dictionary as a save does: a
    /// replaced name's word that no one else has leaves it, a word someone else still has stays, the new word is there.
    /// </summary>
    [Fact]
    public async Task A_replaced_name_leaves_the_word_dictionary_unless_someone_else_has_it_and_unchanged_terms_stay_as_they_are()
    {
        var admin = await Factory.AdminClientAsync();
        var renamed = Code(1963, 5, 16, 406);
        var person = await admin.CreatePersonAsync(TestData.PersonBody("Ulla", "Qvarnströmberg", email: "ulla.q@example.fi", identityCode: renamed));
        var namesake = await admin.CreatePersonAsync(TestData.PersonBody("Ulla", "Kivikoski", email: "ulla.k@example.fi"));
        async Task<long> WordsAsync(string word) => await ScalarAsync<long>("SELECT count(*) FROM search_words WHERE word = @word", ("word", word));
        async Task<long> TermIdAsync(string term) =>
            await ScalarAsync<long>("SELECT id FROM search_terms WHERE person_id = @id AND term = @term", ("id", person.Id), ("term", term));
        (await WordsAsync("qvarnstromberg")).Should().Be(1);
        var kept = await TermIdAsync("@ulla.q@example.fi");

        var import = await ImportAsync(admin, Line(renamed, Name("2026-11-22", "Ulla", "Zetterlundqvist")) + "\n");

        import.Should().Match<PopulationImportDto>(i => i.Status == ImportStatus.Completed && i.NameChanges == 1);
        (await WordsAsync("qvarnstromberg")).Should().Be(0, "no one has the old surname any more");
        (await WordsAsync("zetterlundqvist")).Should().Be(1);
        (await WordsAsync("ulla")).Should().Be(1, "the namesake still has the first name");
        (await TermIdAsync("@ulla.q@example.fi")).Should().Be(kept, "a term the new name does not change is not rewritten");
        (await ScalarAsync<string>("SELECT string_agg(term, ' ' ORDER BY term) FROM search_terms WHERE person_id = @id", ("id", person.Id)))
            .Should().Be("358401234567 @ulla.q@example.fi ulla zetterlundqvist");
        (await (await admin.GetAsync("/api/v1/search?q=Ulla", Ct)).Content.ReadAsStringAsync(Ct)).Should().Contain(namesake.Id.ToString());
    }

    /// <summary>
    /// Several API instances (issue 14): the import worker of each picks running imports from the database, so both may pick one
    /// upload; the import's advisory lock lets only one run it. Here the first instance's run is held at its start (the test holds the
    /// one-file-at-a-time lock) while a second instance starts and its worker's start-up pass finds the import running.
    /// </summary>
    [Fact]
    public async Task With_two_instances_one_upload_is_imported_once()
    {
        var admin = await Factory.AdminClientAsync();
        var code = Code(1963, 5, 16, 406);
        var person = await PersonAsync(admin, code, "Kaisa");
        await using var hold = new NpgsqlConnection(Factory.ConnectionString);
        await hold.OpenAsync(Ct);
        await using var holding = await hold.BeginTransactionAsync(Ct);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('population_register_import'))", hold, holding))
            await take.ExecuteNonQueryAsync(Ct);

        var response = await UploadAsync(admin, Line(code, Name("2026-11-20", "Kaisa", "Kahdesti")) + "\n", "changes.jsonl", "application/x-ndjson");
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var id = (await response.Content.ReadFromJsonAsync<PopulationImportDto>(HttpTestExtensions.Web, Ct))!.Id;
        // The first instance's run waits for the held lock.
        for (var i = 0; await ScalarAsync<long>("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") == 0; i++)
        {
            i.Should().BeLessThan(300, "the first instance's worker should be waiting to apply");
            await Task.Delay(100, Ct);
        }
        await using var other = Factory.WithWebHostBuilder(_ => { });
        (await other.CreateClient().GetAsync("/api/v1/health", Ct)).Should().NotBeNull(); // started: its worker's start-up pass looks for running imports
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        // Only the first instance waits to apply: the second found the import's lock taken and left it alone. (Without the lock it
        // would wait too, apply after the first, and be stopped only by the import's concurrency token, its work thrown away.)
        (await ScalarAsync<long>("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).Should().Be(1);
        await holding.CommitAsync(Ct);

        PopulationImportDto import;
        for (var i = 0; (import = await (await admin.GetAsync($"/api/v1/population-register/imports/{id}", Ct)).ReadAsync<PopulationImportDto>(Ct)).Status == ImportStatus.Running; i++)
        {
            i.Should().BeLessThan(600);
            await Task.Delay(100, Ct);
        }
        await Task.Delay(TimeSpan.FromSeconds(2), Ct); // a second run, if there were one, would be under way or done by now
        import.Should().Match<PopulationImportDto>(i => i.Status == ImportStatus.Completed && i.UpdatedPersons == 1 && i.NameChanges == 1);
        (await ScalarAsync<long>("SELECT count(*) FROM audit_records WHERE action IN ('populationRegister.import.completed', 'populationRegister.import.failed') AND @tag = ANY(fields)",
            ("tag", $"populationImport:{id}"))).Should().Be(1);
        (await ScalarAsync<long>("SELECT count(*) FROM audit_records WHERE action = 'populationRegister.change' AND person_ids = ARRAY[@id]", ("id", person.Id)))
            .Should().Be(1);
        (await ScalarAsync<long>("SELECT count(*) FROM population_register_changes WHERE import_id = @id", ("id", id))).Should().Be(1);
        (await GetAsync(admin, person.Id)).LastName.Should().Be("Kahdesti");
    }

    [Fact]
    public async Task A_marking_takes_the_person_out_of_a_selection_at_once_a_passed_end_date_lifts_nothing_and_only_a_change_record_clears_it()
    {
        var admin = await Factory.AdminClientAsync();
        var code = Code(1980, 3, 1, 124);
        var person = await PersonAsync(admin, code, consumer: true);
        (await IncludedAsync(admin)).Should().Be(1);

        var set = await ImportAsync(admin, Line(code, Marking("2021-01-10", true, "2026-01-10")) + "\n");

        set.MarkingsSet.Should().Be(1);
        var marked = await GetAsync(admin, person.Id);
        marked.NonDisclosure.Should().BeTrue("the end date has passed, yet only a change record lifts a marking");
        marked.NonDisclosureEndsOn.Should().Be(new DateOnly(2026, 1, 10), "the end date is shown, for information");
        (await IncludedAsync(admin)).Should().Be(0);
        (await ScalarAsync<long>("SELECT count(*) FROM non_disclosure_changes WHERE person_id = @id AND marked AND source = 'PopulationRegister'",
            ("id", person.Id))).Should().Be(1);

        var cleared = await ImportAsync(admin, Line(code, Marking("2026-11-30", false)) + "\n");

        cleared.MarkingsCleared.Should().Be(1);
        (await GetAsync(admin, person.Id)).Should().Match<PersonDto>(p => !p.NonDisclosure && p.NonDisclosureEndsOn == null);
        (await IncludedAsync(admin)).Should().Be(1);
    }

    [Fact]
    public async Task An_address_withheld_under_a_marking_is_accepted_and_the_stored_address_is_kept_and_protected()
    {
        var admin = await Factory.AdminClientAsync();
        var code = Code(1975, 6, 15, 222);
        var person = await PersonAsync(admin, code);

        var import = await ImportAsync(admin, Line(code, Marking("2026-11-01", true),
            new { ryhma = "VAKINAINEN_KOTIMAINEN_OSOITE", muutospaiva = "2026-11-01", turvakiellonAlaisetKentat = new[] { "katuosoite", "postinumero", "postitoimipaikka" } }) + "\n");

        import.Status.Should().Be(ImportStatus.Completed);
        import.AddressChanges.Should().Be(0);
        (await ScalarAsync<string>("SELECT street FROM persons WHERE id = @id", ("id", person.Id))).Should().Be("Korppaanmäentie 27", "not blanked");
        var (sales, _, _) = await Factory.UserClientAsync("Sales");
        var seen = await GetAsync(sales, person.Id);
        seen.NonDisclosure.Should().BeTrue();
        seen.AddressHidden.Should().BeTrue();
        seen.Address.Should().BeNull();
    }

    [Fact]
    public async Task A_death_is_marked_and_the_person_is_left_out_of_selections_disclosures_and_partner_reads()
    {
        var admin = await Factory.AdminClientAsync();
        var code = Code(1940, 2, 29, 456);
        var person = await PersonAsync(admin, code, consumer: true);
        var (partnerId, partnerClient) = await PartnerAsync(admin, person.Id, "basic");
        (await partnerClient.GetAsync($"/api/v1/partner/persons/{person.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await IncludedAsync(admin)).Should().Be(1);

        var import = await ImportAsync(admin, Line(code, new { ryhma = "KUOLINPAIVA", muutospaiva = "2026-11-28", kuolinpaiva = "2026-11-27" }) + "\n");

        import.Deaths.Should().Be(1);
        (await ScalarAsync<DateTime>("SELECT died_on::timestamp FROM persons WHERE id = @id", ("id", person.Id))).Should().Be(new DateTime(2026, 11, 27));
        (await GetAsync(admin, person.Id)).DiedOn.Should().Be(new DateOnly(2026, 11, 27));
        (await IncludedAsync(admin)).Should().Be(0);
        (await partnerClient.GetAsync($"/api/v1/partner/persons/{person.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await partnerClient.GetAsync("/api/v1/partner/persons", Ct)).ReadAsync<PagedResult<PartnerPersonDto>>(Ct)).Items.Should().BeEmpty();
        (await (await admin.PostAsJsonAsync("/api/v1/disclosures", Disclosure(partnerId, person.Id, ["basic"]), Ct)).ProblemAsync(HttpStatusCode.Conflict, Ct))
            .ErrorFields().Should().Equal("personIds");
    }

    [Fact]
    public async Task An_identity_code_correction_rekeys_the_person_so_the_new_code_finds_them_and_the_old_does_not()
    {
        var admin = await Factory.AdminClientAsync();
        var old = Code(1990, 12, 24, 111);
        var corrected = Code(1990, 12, 24, 113);
        var person = await PersonAsync(admin, old);

        // The correction, then a change already under the new code in the same file.
        var import = await ImportAsync(admin, string.Join("\n",
            Line(old, new { ryhma = "HENKILOTUNNUS_KORJAUS", muutospaiva = "2026-11-02", vanhaHenkilotunnus = old, uusiHenkilotunnus = corrected }),
            Line(corrected, Name("2026-11-03", "Maija", "Korjattu"))));

        import.Should().Match<PopulationImportDto>(i => i.CodeCorrections == 1 && i.NameChanges == 1 && i.UnmatchedRows == 0 && i.UpdatedPersons == 1);
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var seen = await GetAsync(dpo, person.Id);
        seen.PersonalIdentityCode.Should().Be(corrected);
        seen.Sources.IdentityCode.Should().Be(DataSource.PopulationRegister);

        var byNew = await ImportAsync(admin, Line(corrected, Name("2026-11-04", "Maija", "Uusi")) + "\n");
        var byOld = await ImportAsync(admin, Line(old, Name("2026-11-05", "Maija", "Vanha")) + "\n");

        byNew.UpdatedPersons.Should().Be(1);
        byOld.Should().Match<PopulationImportDto>(i => i.UpdatedPersons == 0 && i.UnmatchedRows == 1);
        (await GetAsync(admin, person.Id)).LastName.Should().Be("Uusi");
    }

    [Fact]
    public async Task Codes_with_the_new_century_signs_are_matched_and_two_codes_differing_only_by_the_sign_are_two_people()
    {
        var admin = await Factory.AdminClientAsync();
        var dash = Code(1994, 5, 4, 902, '-');
        var y = Code(1994, 5, 4, 902, 'Y');
        var b = Code(2005, 1, 1, 205, 'B');
        var first = await PersonAsync(admin, dash, "Eka");
        var second = await PersonAsync(admin, y, "Toka");
        var third = await PersonAsync(admin, b, "Kolmas");

        var import = await ImportAsync(admin, string.Join("\n", Line(y, Name("2026-11-10", "Toka", "Ypsilon")), Line(b, Name("2026-11-10", "Kolmas", "Bee"))));

        import.UpdatedPersons.Should().Be(2);
        (await GetAsync(admin, first.Id)).LastName.Should().Be("Meikäläinen");
        (await GetAsync(admin, second.Id)).LastName.Should().Be("Ypsilon");
        (await GetAsync(admin, third.Id)).LastName.Should().Be("Bee");
        (await ScalarAsync<long>("SELECT count(*) FROM persons WHERE identity_code_lookup IS NOT NULL")).Should().Be(3);
    }

    [Fact]
    public async Task Rows_that_match_no_one_are_reported_by_line_and_nobody_is_created()
    {
        var admin = await Factory.AdminClientAsync();
        var code = Code(1960, 7, 7, 777);
        await PersonAsync(admin, code);
        var before = await ScalarAsync<long>("SELECT count(*) FROM persons");

        var import = await ImportAsync(admin, string.Join("\n",
            Line(Code(1961, 1, 1, 101), Name("2026-11-01", "Outo", "Henkilö"), Marking("2026-11-01", true)),
            Line(code, Name("2026-11-01", "Maija", "Tunnettu")),
            Line(Code(1962, 2, 2, 202), new { ryhma = "KUOLINPAIVA", muutospaiva = "2026-11-01", kuolinpaiva = "2026-10-30" })));

        import.Should().Match<PopulationImportDto>(i => i.Status == ImportStatus.Completed && i.RowsRead == 3 && i.UnmatchedRows == 2 && i.UpdatedPersons == 1);
        var unmatched = await (await admin.GetAsync($"/api/v1/population-register/imports/{import.Id}/unmatched", Ct)).ReadAsync<PagedResult<PopulationUnmatchedDto>>(Ct);
        unmatched.Items.Select(u => u.Line).Should().Equal(1, 3);
        unmatched.Items[0].Groups.Should().BeEquivalentTo([PopulationChangeGroup.PersonName, PopulationChangeGroup.NonDisclosure]);
        (await ScalarAsync<long>("SELECT count(*) FROM persons")).Should().Be(before);
    }

    [Fact]
    public async Task A_malformed_file_changes_nothing_and_names_each_bad_line_and_why()
    {
        var admin = await Factory.AdminClientAsync();
        var code = Code(1970, 1, 1, 123);
        var person = await PersonAsync(admin, code);
        var badCheck = code[..10] + (code[10] == 'A' ? 'B' : 'A');

        var import = await ImportAsync(admin, string.Join("\n",
            Line(code, Name("2026-11-01", "Maija", "Muutettu")),
            Line(badCheck, Name("2026-11-01", "Maija", "Väärä")),
            Line(code, Name("2026-13-01", "Maija", "Päiväys")),
            Line(code, new { ryhma = "LEMMIKKI", muutospaiva = "2026-11-01" }),
            "{ not json",
            "",
            Line(code, Marking("2026-11-01", true))));

        import.Status.Should().Be(ImportStatus.Failed);
        import.Errors.Select(e => (e.Line, e.Code)).Should().Equal(
            (2L, "populationBadIdentityCode"), (3L, "populationBadDate"), (4L, "populationUnknownGroup"), (5L, "populationMalformedJson"));
        import.ErrorCount.Should().Be(4);
        import.Errors.Should().OnlyContain(e => e.Message.Length > 0);
        var unchanged = await GetAsync(admin, person.Id);
        (unchanged.LastName, unchanged.NonDisclosure).Should().Be(("Meikäläinen", false));
        (await ScalarAsync<long>("SELECT count(*) FROM population_register_changes")).Should().Be(0);
    }

    [Fact]
    public async Task The_same_fields_as_csv_are_read_too_and_a_bad_csv_line_is_named()
    {
        var admin = await Factory.AdminClientAsync();
        var code = Code(1985, 8, 8, 808);
        var person = await PersonAsync(admin, code);
        const string header = "henkilotunnus;ryhma;muutospaiva;etunimet;sukunimi;katuosoite;postinumero;postitoimipaikka;turvakieltoAktiivinen;turvaLoppuPv";

        var bad = await ImportAsync(admin, $"{header}\n{code};HENKILON_NIMI;2026-11-01;Maija;Csv;;;;;\n{code};VAKINAINEN_KOTIMAINEN_OSOITE;2026-11-01;;;Tie 1;123;Oulu;;\n",
            "changes.csv", "text/csv");
        bad.Errors.Select(e => (e.Line, e.Code)).Should().Equal((3L, "populationBadPostalCode"));

        var import = await ImportAsync(admin, $"{header}\n{code};HENKILON_NIMI;2026-11-01;Maija;Csv;;;;;\n{code};TURVAKIELTO;2026-11-01;;;;;;true;\n",
            "changes.csv", "text/csv");

        import.Should().Match<PopulationImportDto>(i => i.Format == PopulationFileFormat.Csv && i.Status == ImportStatus.Completed && i.NameChanges == 1 && i.MarkingsSet == 1);
        (await GetAsync(admin, person.Id)).LastName.Should().Be("Csv");
    }

    [Fact]
    public async Task Partners_get_no_name_or_address_from_the_register_unless_an_administrator_states_its_licence_allows_and_importing_needs_the_permission()
    {
        var admin = await Factory.AdminClientAsync();
        var code = Code(1977, 7, 17, 717);
        var person = await PersonAsync(admin, code);
        var (_, partnerClient) = await PartnerAsync(admin, person.Id, "basic", "address");
        (await (await partnerClient.GetAsync($"/api/v1/partner/persons/{person.Id}", Ct)).ReadAsync<PartnerPersonDto>(Ct)).Address.Should().NotBeNull();

        await ImportAsync(admin, Line(code, Address("2026-11-01", "Rekisterintie 1", "00100", "Helsinki")) + "\n");

        var read = await (await partnerClient.GetAsync($"/api/v1/partner/persons/{person.Id}", Ct)).ReadAsync<PartnerPersonDto>(Ct);
        read.Address.Should().BeNull("the address came from the Population Register, whose licence does not allow passing it on");
        read.FirstName.Should().Be("Maija", "the names still come from the person");

        // The licence is the controller's to state: an administrator turns it on, audited, and the register's address is passed on.
        var controller = await admin.GetAsync("/api/v1/controller", Ct);
        var etag = controller.ETag();
        var details = await controller.ReadAsync<ControllerDto>(Ct);
        details.PopulationRegisterDataToPartners.Should().BeFalse("it is off unless an administrator turns it on");
        var licensed = new
        {
            details.Name, details.BusinessId, details.Street, details.PostalCode, details.City, details.Phone, details.Email, details.ContactName,
            details.ContactEmail, details.ContactPhone, details.SecurityMeasures, details.ProvisionOfData, details.SafeguardsCopy,
            populationRegisterDataToPartners = true,
        };
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        (await dpo.PutJsonAsync("/api/v1/controller", licensed, etag, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await (await admin.PutJsonAsync("/api/v1/controller", licensed, etag, Ct)).ReadAsync<ControllerDto>(Ct)).PopulationRegisterDataToPartners.Should().BeTrue();
        (await ScalarAsync<long>("SELECT count(*) FROM audit_records WHERE action = 'controller.update' AND 'controller:populationRegisterDataToPartners' = ANY(fields)"))
            .Should().Be(1);
        var licensedRead = await (await partnerClient.GetAsync($"/api/v1/partner/persons/{person.Id}", Ct)).ReadAsync<PartnerPersonDto>(Ct);
        licensedRead.Address.Should().Match<PartnerAddressDto>(a => a.Street == "Rekisterintie 1" && a.City == "Helsinki");

        var (marketing, _, _) = await Factory.UserClientAsync("Marketing");
        (await UploadAsync(marketing, Line(code, Name("2026-11-01", "A", "B")), "c.jsonl", "application/x-ndjson")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await marketing.GetAsync("/api/v1/population-register/imports", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}

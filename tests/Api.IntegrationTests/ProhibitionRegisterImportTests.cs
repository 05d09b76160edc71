using System.Net;
using System.Net.Http.Json;
using System.Text;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.ProhibitionRegisters;
using HsWorks.Infrastructure.ProhibitionRegisters;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static HsWorks.Api.IntegrationTests.Infrastructure.RegisterImports;
using HsWorks.Domain.ProhibitionRegisters;
using HsWorks.Domain.Marketing;

namespace HsWorks.Api.IntegrationTests;

/// <summary>Prohibition-register imports (R5.3): encodings, matching with reasons, rejection of bad files, snapshot replacement.</summary>
public sealed class ProhibitionRegisterImportTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Person(string first, string last, string? email = null, string? mobile = null, string? street = "Hämeenkatu 5 A 3",
        string postalCode = "33100") => new
    {
        firstName = first,
        lastName = last,
        email,
        phone = (string?)null,
        mobile,
        language = "fi",
        address = street is null ? null : new { street, postalCode, city = "Tampere", country = "FI" },
        source = "subject",
    };

    private static async Task<List<RegisterMatchDto>> MatchesAsync(HttpClient client, RegisterImportDto import) =>
        [.. (await (await client.GetAsync($"/api/v1/prohibition-registers/{import.RegisterId}/imports/{import.Id}/matches?pageSize=100", Ct))
            .ReadAsync<PagedResult<RegisterMatchDto>>(Ct)).Items];

    [Fact]
    public async Task Lines_match_persons_by_normalised_values_and_say_why_while_near_misses_do_not()
    {
        var admin = await Factory.AdminClientAsync();
        var matti = await admin.CreatePersonAsync(Person("Matti Juhani", "Virtanen", "matti.virtanen@example.fi", "040 123 4567"));
        var liisa = await admin.CreatePersonAsync(Person("Liisa", "Virtanen", "liisa.v@example.fi", "050 765 4321"));
        var aino = await admin.CreatePersonAsync(Person("Aino", "Mäkelä", street: "Koivutie 12", postalCode: "00300"));
        var register = await admin.CreateRegisterAsync("Test register", "post", "phone");

        var import = await admin.ImportAsync(register.Id, Lines(
            "Email;Phone;lastName;FIRSTNAME;street;postalCode;city",
            "  MATTI.Virtanen@Example.FI ;;;;;;",                       // 2: e-mail, case and spaces
            ";+358 (0)40-123 45 67;;;;;",                                // 3: phone formats
            ";;VIRTANEN;matti;Hämeenk. 5 a 3;33100;TAMPERE",             // 4: name and address, abbreviated street
            ";;Makela;Aino;Koivut. 12;00 300;Helsinki",                   // 5: Finnish letters folded, "tie" abbreviated
            ";;Virtanen;Matti;Hämeenkatu 5 A 3;33101;Tampere",           // 6: another postal code: no
            ";;Virtanen;Maija;Hämeenkatu 5 A 3;33100;Tampere",           // 7: another first name at the same address: no
            ";;Virtanen;Matti;Hämeenkatu 7 A 3;33100;Tampere",           // 8: another house: no
            "matti.virtanen@example.com;;;;;;",                          // 9: another e-mail: no
            ";040 123 4568;;;;;",                                        // 10: another number: no
            "liisa.v@example.fi;050 765 4321;;;;;"));                    // 11: e-mail and phone at once

        import.Should().Match<RegisterImportDto>(i => i.Status == ImportStatus.Completed && i.RowsRead == 10 && i.Matches == 5 && i.MatchedPersons == 3
            && i.Encoding == "utf-8" && i.InForce && i.ErrorCount == 0);
        var matches = await MatchesAsync(admin, import);
        matches.Select(m => (m.Line, m.PersonId, string.Join("+", m.Reasons.Select(HsWorks.Application.Common.Validation.EnumNames.ToWire)))).Should().BeEquivalentTo(
        [
            (2L, matti.Id, "email"),
            (3L, matti.Id, "phone"),
            (4L, matti.Id, "nameAndAddress"),
            (5L, aino.Id, "nameAndAddress"),
            (11L, liisa.Id, "email+phone"),
        ]);
    }

    [Fact]
    public async Task A_windows_1252_file_is_read_with_its_finnish_letters()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync(Person("Äijä", "Öhman", street: "Mäntykatu 42", postalCode: "90339"));
        var register = await admin.CreateRegisterAsync("Latin register", "post");

        var import = await admin.ImportAsync(register.Id, Lines("firstName,lastName,street,postalCode,city", "Äijä,Öhman,Mäntykatu 42,90339,Oulu"),
            Windows1252);

        import.Encoding.Should().Be("windows-1252");
        (await MatchesAsync(admin, import)).Should().ContainSingle().Which.PersonId.Should().Be(person.Id);
        var forPerson = await (await admin.GetAsync($"/api/v1/persons/{person.Id}/register-matches", Ct)).ReadAsync<List<PersonRegisterMatchDto>>(Ct);
        forPerson.Should().ContainSingle().Which.Should().Match<PersonRegisterMatchDto>(m =>
            m.RegisterName == "Latin register" && m.InForce && m.Reasons.Single() == MatchReason.NameAndAddress && m.Channels.Single() == Channel.Post);
    }

    [Fact]
    public async Task A_malformed_file_is_rejected_with_its_bad_lines_and_the_snapshot_in_force_stays()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync(Person("Matti", "Virtanen", "matti.virtanen@example.fi"));
        var register = await admin.CreateRegisterAsync("Test register", "all");
        var first = await admin.ImportAsync(register.Id, Lines("email", "matti.virtanen@example.fi"));

        var bad = await admin.ImportAsync(register.Id, Lines(
            "email;phone",
            "someone@example.fi;",
            "too;many;values",
            "other@example.fi;040 111 2222",
            $"{new string('x', 250)}@example.fi;",
            "matti.virtanen@example.fi;"), fileDate: "2026-11-20");

        bad.Status.Should().Be(ImportStatus.Failed);
        bad.ErrorCount.Should().Be(2);
        bad.Errors.Select(e => e.Line).Should().Equal(3, 5);
        bad.Errors[0].Should().Match<ImportErrorDto>(e => e.Message == "3 values where the header has 2 columns." && e.Code == "importValueCount");
        using (var finnish = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/prohibition-registers/{register.Id}/imports/{bad.Id}"))
        {
            finnish.Headers.AcceptLanguage.ParseAdd("fi");
            (await (await admin.SendAsync(finnish, Ct)).ReadAsync<RegisterImportDto>(Ct)).Errors[0].Message
                .Should().Be("3 arvoa, mutta otsikkorivillä on 2 saraketta.");
        }
        bad.InForce.Should().BeFalse();
        (await MatchesAsync(admin, bad)).Should().BeEmpty();
        var registers = await (await admin.GetAsync("/api/v1/prohibition-registers", Ct)).ReadAsync<List<ProhibitionRegisterDto>>(Ct);
        registers.Single(r => r.Id == register.Id).CurrentImport!.Id.Should().Be(first.Id);
        var forPerson = await (await admin.GetAsync($"/api/v1/persons/{person.Id}/register-matches", Ct)).ReadAsync<List<PersonRegisterMatchDto>>(Ct);
        forPerson.Should().ContainSingle().Which.Should().Match<PersonRegisterMatchDto>(m => m.ImportId == first.Id && m.InForce);
    }

    [Fact]
    public async Task A_new_import_replaces_the_old_snapshot_and_the_old_matches_become_history()
    {
        var admin = await Factory.AdminClientAsync();
        var matti = await admin.CreatePersonAsync(Person("Matti", "Virtanen", "matti@example.fi"));
        var liisa = await admin.CreatePersonAsync(Person("Liisa", "Virtanen", "liisa@example.fi"));
        var register = await admin.CreateRegisterAsync("Test register", "email");

        var first = await admin.ImportAsync(register.Id, Lines("email", "matti@example.fi"), fileDate: "2026-10-01");
        var second = await admin.ImportAsync(register.Id, Lines("email", "liisa@example.fi"), fileDate: "2026-11-01");

        second.InForce.Should().BeTrue();
        var imports = await (await admin.GetAsync($"/api/v1/prohibition-registers/{register.Id}/imports", Ct)).ReadAsync<List<RegisterImportDto>>(Ct);
        imports.Select(i => (i.Id, i.InForce)).Should().Equal((second.Id, true), (first.Id, false));
        var mattis = await (await admin.GetAsync($"/api/v1/persons/{matti.Id}/register-matches", Ct)).ReadAsync<List<PersonRegisterMatchDto>>(Ct);
        mattis.Should().ContainSingle().Which.InForce.Should().BeFalse("the register no longer lists Matti");
        var liisas = await (await admin.GetAsync($"/api/v1/persons/{liisa.Id}/register-matches", Ct)).ReadAsync<List<PersonRegisterMatchDto>>(Ct);
        liisas.Should().ContainSingle().Which.Should().Match<PersonRegisterMatchDto>(m => m.InForce && m.FileDate == new DateOnly(2026, 11, 1));
    }

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("email;shoeSize\r\nx@example.fi;42\r\n", "Unknown column \"shoeSize\"")]
    [InlineData("city;postalCode\r\nOulu;90100\r\n", "needs email, phone, or firstName")]
    [InlineData("email;Email\r\nx@example.fi;y@example.fi\r\n", "named twice")]
    [InlineData("email;email\r\nx@example.fi;y@example.fi\r\n", "named twice")]
    public async Task A_file_without_a_usable_header_is_rejected_at_line_1(string text, string message)
    {
        var admin = await Factory.AdminClientAsync();
        var register = await admin.CreateRegisterAsync("Test register", "post");

        var response = await admin.UploadAsync(register.Id, Encoding.UTF8.GetBytes(text), "2026-11-01");
        if (text.Length == 0)
        {
            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, Ct);
            problem.ErrorFields().Should().Equal("file");
            return;
        }
        var started = await response.ReadAsync<RegisterImportDto>(Ct);
        var import = await admin.WaitForImportAsync(register.Id, started.Id);
        import.Status.Should().Be(ImportStatus.Failed);
        import.Errors.Should().ContainSingle().Which.Should().Match<ImportErrorDto>(e => e.Line == 1 && e.Message.Contains(message));
    }

    [Fact]
    public async Task An_upload_without_a_file_or_with_a_bad_date_says_which_field_and_starts_nothing()
    {
        var admin = await Factory.AdminClientAsync();
        var register = await admin.CreateRegisterAsync("Test register", "post");

        (await (await admin.UploadAsync(register.Id, null, "2026-11-01")).ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("file");
        (await (await admin.UploadAsync(register.Id, "email\r\n"u8.ToArray(), "1.11.2026")).ProblemAsync(HttpStatusCode.BadRequest, Ct))
            .ErrorFields().Should().Equal("fileDate");
        (await (await admin.UploadAsync(register.Id, "email\r\n"u8.ToArray(), null)).ProblemAsync(HttpStatusCode.BadRequest, Ct))
            .ErrorFields().Should().Equal("fileDate");
        (await admin.UploadAsync(Guid.NewGuid(), "email\r\n"u8.ToArray(), "2026-11-01")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await admin.GetAsync($"/api/v1/prohibition-registers/{register.Id}/imports", Ct)).ReadAsync<List<RegisterImportDto>>(Ct))
            .Should().BeEmpty();
    }

    [Fact]
    public async Task Registers_are_added_with_their_channels_and_names_are_unique()
    {
        var admin = await Factory.AdminClientAsync();
        await admin.CreateRegisterAsync("Test register", "post", "phone");

        (await (await admin.PostAsJsonAsync("/api/v1/prohibition-registers", new { name = "Test register", channels = new[] { "post" } }, Ct))
            .ProblemAsync(HttpStatusCode.Conflict, Ct)).ErrorFields().Should().Equal("name");
        (await (await admin.PostAsJsonAsync("/api/v1/prohibition-registers", new { name = "Other", channels = new[] { "fax" } }, Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("channels[0]");
        (await (await admin.PostAsJsonAsync("/api/v1/prohibition-registers", new { name = "Other", channels = Array.Empty<string>() }, Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("channels");
        var all = await (await admin.GetAsync("/api/v1/prohibition-registers", Ct)).ReadAsync<List<ProhibitionRegisterDto>>(Ct);
        all.Should().Contain(r => r.Name == "Test register" && r.Channels.SequenceEqual(new[] { Channel.Phone, Channel.Post }));
    }

    [Fact]
    public async Task Persons_loaded_in_bulk_without_match_keys_get_them_after_start_and_are_matched()
    {
        var admin = await Factory.AdminClientAsync();
        await using (var connection = new NpgsqlConnection(Factory.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var insert = new NpgsqlCommand("""
                INSERT INTO persons (id, first_name, last_name, email, mobile, language, street, postal_code, city, country, name_source, contact_source,
                                     address_source, non_disclosure, created_at, updated_at)
                VALUES ('0195f0a2-7c1e-7b7a-9a53-1f6f2d3c4b5a', 'Bulk', 'Loaded', 'bulk@example.fi', '+358401112222', 'Fi', 'Testikatu 1', '00100',
                        'Helsinki', 'FI', 'Staff', 'Staff', 'Staff', false, now(), now())
                """, connection);
            await insert.ExecuteNonQueryAsync(Ct);
        }
        (await Factory.Services.GetRequiredService<MatchKeysAtStart>().WriteMissingAsync(Ct)).Should().Be(1);
        var register = await admin.CreateRegisterAsync("Test register", "post");

        var import = await admin.ImportAsync(register.Id, Lines("phone;lastName;firstName;street;postalCode", "040 111 2222;;;;", ";Loaded;Bulk;Testik. 1;00100"));

        (await MatchesAsync(admin, import)).Select(m => (m.Line, string.Join("+", m.Reasons.Select(HsWorks.Application.Common.Validation.EnumNames.ToWire))))
            .Should().BeEquivalentTo([(2L, "phone"), (3L, "nameAndAddress")]);
    }

    [Fact]
    public async Task A_person_added_after_the_import_is_matched_against_the_file_in_force()
    {
        var admin = await Factory.AdminClientAsync();
        var register = await admin.CreateRegisterAsync("Test register", "post");
        await admin.ImportAsync(register.Id, Lines("email;lastName;firstName;street;postalCode", "late@example.fi;;;;", ";Myöhäinen;Maija;Hämeenk. 5 A 3;33100"));

        var byEmail = await admin.CreatePersonAsync(Person("Late", "Comer", "LATE@example.fi"));
        var byAddress = await admin.CreatePersonAsync(Person("Maija", "Myöhäinen"));
        var other = await admin.CreatePersonAsync(Person("Matti", "Myöhäinen"));

        async Task<List<PersonRegisterMatchDto>> Bans(Guid id) =>
            await (await admin.GetAsync($"/api/v1/persons/{id}/register-matches", Ct)).ReadAsync<List<PersonRegisterMatchDto>>(Ct);
        (await Bans(byEmail.Id)).Should().ContainSingle().Which.Should().Match<PersonRegisterMatchDto>(m => m.InForce && m.Reasons.Single() == MatchReason.Email);
        (await Bans(byAddress.Id)).Should().ContainSingle().Which.Reasons.Should().Equal(MatchReason.NameAndAddress);
        (await Bans(other.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_file_older_than_the_one_in_force_is_refused()
    {
        var admin = await Factory.AdminClientAsync();
        var register = await admin.CreateRegisterAsync("Test register", "post");
        var newer = await admin.ImportAsync(register.Id, Lines("email", "a@example.fi"), fileDate: "2026-11-01");

        var older = await admin.ImportAsync(register.Id, Lines("email", "b@example.fi"), fileDate: "2026-10-01");

        older.Should().Match<RegisterImportDto>(i => i.Status == ImportStatus.Failed && i.Errors.Single().Code == "importOlderThanInForce");
        var registers = await (await admin.GetAsync("/api/v1/prohibition-registers", Ct)).ReadAsync<List<ProhibitionRegisterDto>>(Ct);
        registers.Single(r => r.Id == register.Id).CurrentImport!.Id.Should().Be(newer.Id);
    }

    [Fact]
    public async Task Blank_lines_LF_line_ends_a_byte_order_mark_and_quoted_separators_are_read()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync(Person("Matti", "Virtanen", "matti@example.fi", street: "Kauppakatu 1; rappu B"));
        var register = await admin.CreateRegisterAsync("Test register", "post");
        byte[] file = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("email\n\nmatti@example.fi\n\n\nother@example.fi\n\n")];

        var response = await admin.UploadAsync(register.Id, file, "2026-11-01");
        var oneColumn = await admin.WaitForImportAsync(register.Id, (await response.ReadAsync<RegisterImportDto>(Ct)).Id);
        var quoted = await admin.ImportAsync(register.Id,
            "lastName;firstName;street;postalCode\n\"Virtanen\";Matti;\"Kauppakatu 1; rappu B\";33100\n", fileDate: "2026-11-02");

        oneColumn.Should().Match<RegisterImportDto>(i => i.Status == ImportStatus.Completed && i.RowsRead == 2 && i.Matches == 1);
        quoted.Should().Match<RegisterImportDto>(i => i.Status == ImportStatus.Completed && i.RowsRead == 1);
        (await MatchesAsync(admin, quoted)).Should().ContainSingle().Which.Should().Match<RegisterMatchDto>(m => m.PersonId == person.Id && m.Line == 2);
    }
}

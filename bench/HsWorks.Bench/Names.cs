namespace HsWorks.Bench;

/// <summary>
/// Finnish-looking names, streets and places with a realistic skew: a few common names and a long tail, as in the Population
/// Register's name statistics (the commonest surname is under 1 % of persons; most surnames are rare).
/// </summary>
internal static class Names
{
    public static readonly string[] FirstNames =
    [
        "Matti", "Timo", "Juha", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku", "Pekka", "Hannu", "Heikki", "Seppo", "Janne", "Ari", "Sami",
        "Petri", "Ville", "Kari", "Marko", "Tuula", "Anne", "Päivi", "Anna", "Ritva", "Leena", "Pirjo", "Sari", "Minna", "Marja", "Tiina",
        "Riitta", "Eila", "Johanna", "Aino", "Helmi", "Eino", "Väinö", "Elina", "Satu", "Jaana", "Kaarina", "Sanna", "Hanna", "Outi", "Emilia",
        "Sofia", "Olli", "Lauri", "Aleksi", "Oskari", "Eetu", "Juho", "Niko", "Åsa", "Björn", "Göran", "Stina", "Linnea", "Noah", "Leo", "Eelis",
        "Venla", "Ella", "Iida", "Emma", "Aada", "Onni", "Elias", "Veeti", "Aleksanteri", "Lotta", "Helena", "Kristiina", "Maria", "Liisa",
    ];

    private static readonly string[] SurnameHeads =
    [
        "Vir", "Kor", "Nie", "Mäk", "Hä", "Lai", "Kos", "Jär", "Hei", "Lei", "Saa", "Lah", "Tuo", "Pel", "Ran", "Kal", "Mus", "Sal", "Tur", "Pit",
        "Ahl", "Lin", "Kan", "Lun", "Val", "Hyv", "Ket", "Kin", "Ryt", "Öh", "Ant", "Berg", "Hol", "Ilo", "Joki", "Kuu", "Lou", "Moi", "Nur", "Par",
    ];

    private static readonly string[] SurnameMiddles = ["ta", "ho", "ki", "la", "ne", "ri", "mi", "tu", "si", "vo", "ka", "le", "ro", "pa", "va", "jo"];

    private static readonly string[] SurnameTails =
    [
        "nen", "la", "lä", "mäki", "niemi", "oja", "salo", "koski", "lahti", "vaara", "puro", "maa", "kangas", "aho", "järvi", "lehto", "berg",
        "ström", "lund", "qvist",
    ];

    /// <summary>Every combination: 40 × 16 × 20 = 12,800 surnames, drawn with a skew (<see cref="Skewed"/>).</summary>
    public static readonly string[] Surnames =
        [.. SurnameHeads.SelectMany(h => SurnameMiddles.SelectMany(m => SurnameTails.Select(t => h + m + t)))];

    public static readonly (string City, string PostalPrefix)[] Cities =
    [
        ("Helsinki", "00"), ("Espoo", "02"), ("Vantaa", "01"), ("Tampere", "33"), ("Turku", "20"), ("Oulu", "90"), ("Jyväskylä", "40"),
        ("Lahti", "15"), ("Kuopio", "70"), ("Pori", "28"), ("Joensuu", "80"), ("Vaasa", "65"), ("Lappeenranta", "53"), ("Hämeenlinna", "13"),
        ("Seinäjoki", "60"), ("Rovaniemi", "96"), ("Mikkeli", "50"), ("Porvoo", "06"), ("Kotka", "48"), ("Salo", "24"),
    ];

    public static readonly string[] StreetStems =
    [
        "Mannerheimin", "Hämeen", "Koulu", "Kirkko", "Rauta", "Kauppa", "Puisto", "Koivu", "Mänty", "Kuusi", "Ranta", "Satama", "Aleksanterin",
        "Tehtaan", "Myllyn", "Pajan", "Kalevan", "Väinämöisen", "Sibeliuksen", "Runebergin", "Linna", "Pihlaja", "Tammi", "Vaahtera",
    ];

    public static readonly string[] StreetKinds = ["katu", "tie", "polku", "kuja", "väylä", "rinne"];

    public static readonly string[] CompanyWords =
    [
        "Rakennus", "Kuljetus", "Konsultointi", "Tilitoimisto", "Kiinteistö", "Metalli", "Puutarha", "Sähkö", "Putki", "Maalaus", "Kauppa",
        "Media", "Lakitoimisto", "Hammaslääkäri", "Autokorjaamo", "Leipomo", "Ravintola", "Siivous", "Tekniikka", "Design",
    ];

    public static readonly string[] CompanyForms = ["Oy", "Oy", "Oy", "Ab", "Ky", "Tmi", "ry"];

    public static readonly string[] Topics =
    [
        "Tulostin ei tulosta", "Sähköposti ei toimi", "Salasanan vaihto", "Uuden koneen asennus", "Varmuuskopiointi", "Etätuki: hidas kone",
        "Lisenssin uusiminen", "Verkkoyhteys katkeilee", "Laskun tarkistus", "Koulutuksen ajankohta", "Näytön vaihto", "Virustorjunta",
    ];

    public static readonly string[] Products =
    [
        "Kannettava tietokone", "Pöytäkone", "Monitoimitulostin", "Office-lisenssi", "Tukisopimus 12 kk", "Asennuspalvelu", "Verkkokytkin",
        "Varmuuskopiopalvelu", "Koulutus: Excel", "Virustorjunta 1 v", "Etätuki-ajanvaraus", "Huoltosopimus",
    ];

    public static readonly string[] Makes = ["Lenovo", "HP", "Dell", "Canon", "Brother", "Apple", "Asus", "Microsoft"];

    /// <summary>An index into a list of <paramref name="count"/> with a power-law skew: low indexes are common, the tail is long.</summary>
    public static int Skewed(Random random, int count, double power) => Math.Min(count - 1, (int)(Math.Pow(random.NextDouble(), power) * count));
}

#!/usr/bin/env python3
"""Makes a Population Register change file (docs/population-register.md) of N lines for the bench persons, and the
keyed identity-code lookups of those persons (HMAC-SHA256 under the key HsWorks derives from the suppression key).

    make-changes.py N <suppression key, base64> <changes.jsonl> <lookups.csv> [round]

A later round (2, 3 …) gives the same persons other names and addresses, so a second import changes as much as the first.

Person i (1..N, in the order seed-lookups.sql numbers the bench persons) has the identity code code(i). Line i is
about person i, except every 7th line, which is about a stranger (unmatched). The changes: 40 % names, 30 % addresses
(1 in 10 of them withheld under a marking), 15 % markings set or cleared, 10 % deaths, 5 % identity-code corrections.
"""
import base64, hashlib, hmac, json, sys
from datetime import date, timedelta

CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
SIGNS = {1800: "+", 1900: "-", 2000: "A"}


def code(i: int, salt: int = 0) -> str:
    # A distinct valid code per i: a birth date from 1920 on and an individual number 2..899.
    day = date(1920, 1, 1) + timedelta(days=(i // 898) + salt * 20000)
    individual = 2 + i % 898
    digits = f"{day:%d%m%y}{individual:03d}"
    sign = "-" if day.year < 2000 else "A"
    if i % 11 == 0 and day.year < 2000:
        sign = "Y"  # the 2023 reform's signs
    return f"{day:%d%m%y}{sign}{individual:03d}{CHECK[int(digits) % 31]}"


def hkdf(key: bytes, info: bytes, length: int = 32) -> bytes:
    prk = hmac.new(b"\x00" * 32, key, hashlib.sha256).digest()
    out, block, n = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([n]), hashlib.sha256).digest()
        out += block
        n += 1
    return out[:length]


def main() -> None:
    n, key, changes_path, lookups_path = int(sys.argv[1]), base64.b64decode(sys.argv[2]), sys.argv[3], sys.argv[4]
    tag = "" if len(sys.argv) < 6 else f"R{sys.argv[5]}"
    lookup_key = hkdf(key, b"hsworks/identity-code-lookup/v1")
    with open(lookups_path, "w") as lookups:
        for i in range(1, n + 1):
            lookups.write(f"{i},{hmac.new(lookup_key, code(i).encode(), hashlib.sha256).hexdigest()}\n")
    with open(changes_path, "w", encoding="utf-8") as out:
        for i in range(1, n + 1):
            who = code(i) if i % 7 else code(i, salt=1)
            d = (date(2026, 11, 1) + timedelta(days=i % 28)).isoformat()
            kind = i % 20
            if kind < 8:
                change = {"ryhma": "HENKILON_NIMI", "muutospaiva": d, "etunimet": "Uusi Etunimi", "sukunimi": f"Bench{tag}{i % 997}"}
            elif kind < 14:
                change = ({"ryhma": "VAKINAINEN_KOTIMAINEN_OSOITE", "muutospaiva": d, "turvakiellonAlaisetKentat": ["katuosoite", "postinumero", "postitoimipaikka"]}
                          if kind == 13 else
                          {"ryhma": "VAKINAINEN_KOTIMAINEN_OSOITE", "muutospaiva": d, "katuosoite": f"Penkkitie{tag} {i % 200 + 1}", "postinumero": f"{i % 99999:05d}", "postitoimipaikka": "Tampere", "alkupaiva": d})
            elif kind < 17:
                change = {"ryhma": "TURVAKIELTO", "muutospaiva": d, "turvakieltoAktiivinen": kind != 16, "turvaLoppuPv": "2031-11-01"}
            elif kind < 19:
                change = {"ryhma": "KUOLINPAIVA", "muutospaiva": d, "kuolinpaiva": d}
            else:
                change = {"ryhma": "HENKILOTUNNUS_KORJAUS", "muutospaiva": d, "vanhaHenkilotunnus": who, "uusiHenkilotunnus": code(i, salt=2)}
            out.write(json.dumps({"henkilotunnus": who, "muutokset": [change]}, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()

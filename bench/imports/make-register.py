#!/usr/bin/env python3
"""Writes a prohibition-register file of N lines (docs/imports.md layout) for the import benchmark.

Most lines are people we do not know; about 1 % match a bench person by e-mail (odd case and
spaces), 1 % by phone (national format with spaces), 1 % by name and address (abbreviated street).
The bench persons are those of bench/search/seed-persons.sql plus bench/imports/seed-addresses.sql:
e-mail bench<g>@example.test, mobile +35840<g padded to 7>, street "Benchkatu <g>", postal code 00100.

    python3 make-register.py 1000000 register.csv [utf-8|windows-1252]
"""
import random
import sys

n = int(sys.argv[1])
path = sys.argv[2]
encoding = sys.argv[3] if len(sys.argv) > 3 else "utf-8"
persons = int(sys.argv[4]) if len(sys.argv) > 4 else 1_000_000
random.seed(2026)
firsts = ["Matti", "Timo", "Juha", "Päivi", "Anna", "Åsa", "Björn", "Väinö", "Aino", "Eino", "Sanna", "Outi"]
lasts = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Öhman", "Lahtinen", "Järvinen"]
streets = ["Hämeenkatu", "Mannerheimintie", "Koivukuja", "Storgatan", "Rantatie", "Kauppakatu"]

with open(path, "w", encoding=encoding, newline="") as f:
    f.write("lastName;firstName;street;postalCode;city;phone;email\r\n")
    for i in range(n):
        roll = random.random()
        g = random.randint(1, persons)
        if roll < 0.01:
            f.write(f";;;;;;  Bench{g}@Example.TEST \r\n")
        elif roll < 0.02:
            digits = str(g % 10_000_000).rjust(7, "0")
            f.write(f";;;;;040 {digits[:3]} {digits[3:]};\r\n")
        elif roll < 0.03:
            f.write(f"Bench{g};Person;Benchk. {g};00100;Helsinki;;\r\n")
        else:
            first, last = random.choice(firsts), random.choice(lasts)
            street = f"{random.choice(streets)} {random.randint(1, 200)} {random.choice('ABC')} {random.randint(1, 40)}"
            f.write(f"{last};{first};{street};{random.randint(0, 99999):05d};Tampere;"
                    f"+358 50 {random.randint(0, 9999999):07d};{first.lower()}.{last.lower()}{i}@mail.invalid\r\n")

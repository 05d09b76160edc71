#!/usr/bin/env bash
# Imports a register file through the API and compares it with a raw COPY of the same file.
#   bench/imports/run.sh <api-url> <admin-password> <file> <database>
set -euo pipefail
url=$1 password=$2 file=$3 database=$4
token=$(curl -fsS -X POST "$url/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')
register=$(curl -fsS "$url/api/v1/prohibition-registers" -H "Authorization: Bearer $token" | python3 -c 'import sys,json; print(json.load(sys.stdin)[0]["id"])')

start=$(date +%s.%N)
import=$(curl -fsS -X POST "$url/api/v1/prohibition-registers/$register/imports" -H "Authorization: Bearer $token" \
  -F "fileDate=$(date +%F)" -F "file=@$file;type=text/csv" | python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])')
uploaded=$(date +%s.%N)
while :; do
  status=$(curl -fsS "$url/api/v1/prohibition-registers/$register/imports/$import" -H "Authorization: Bearer $token")
  state=$(echo "$status" | python3 -c 'import sys,json; d=json.load(sys.stdin); print(d["status"], d["phase"], d["rowsRead"])')
  case $state in running*) sleep 0.5 ;; *) break ;; esac
done
done_at=$(date +%s.%N)
echo "$status" | python3 -c 'import sys,json; d=json.load(sys.stdin); print({k: d[k] for k in ("status","rowsRead","matches","matchedPersons","encoding","errorCount")})'
echo "upload $(echo "$uploaded - $start" | bc) s, import after upload $(echo "$done_at - $uploaded" | bc) s, total $(echo "$done_at - $start" | bc) s"

raw_start=$(date +%s.%N)
psql -h 127.0.0.1 -p "${PGPORT:-55432}" -U hsworks -q "$database" <<SQL
CREATE TEMP TABLE raw_rows (last_name text, first_name text, street text, postal_code text, city text, phone text, email text);
\copy raw_rows FROM '$file' WITH (FORMAT csv, HEADER true, DELIMITER ';')
SQL
raw_done=$(date +%s.%N)
echo "raw COPY of the same file (psql \\copy, text CSV, no checks or matching): $(echo "$raw_done - $raw_start" | bc) s"

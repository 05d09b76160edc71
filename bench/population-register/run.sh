#!/usr/bin/env bash
# Imports a change file through the API and compares it with a raw COPY of the same file.
#   bench/population-register/run.sh <api-url> <admin-password> <changes.jsonl> <psql connection options and database...>
set -euo pipefail
url=$1 password=$2 file=$3
shift 3
# Signs in again when the access token runs out (15 minutes; a file may take longer on a loaded machine).
login() {
  token=$(curl -fsS -X POST "$url/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$password\"}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')
}
login

start=$(date +%s.%N)
import=$(curl -fsS -X POST "$url/api/v1/population-register/imports" -H "Authorization: Bearer $token" \
  -F "file=@$file;type=application/x-ndjson" | python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])')
uploaded=$(date +%s.%N)
while :; do
  status=$(curl -fsS "$url/api/v1/population-register/imports/$import" -H "Authorization: Bearer $token" 2>/dev/null) \
    || { login; status=$(curl -fsS "$url/api/v1/population-register/imports/$import" -H "Authorization: Bearer $token"); }
  state=$(echo "$status" | python3 -c 'import sys,json; d=json.load(sys.stdin); print(d["status"], d["phase"], d["rowsRead"])')
  case $state in running*) sleep 0.5 ;; *) break ;; esac
done
done_at=$(date +%s.%N)
echo "$status" | python3 -c 'import sys,json; d=json.load(sys.stdin); print({k: d[k] for k in ("status","rowsRead","changesRead","updatedPersons","unmatchedRows","nameChanges","addressChanges","addressesWithheld","markingsSet","markingsCleared","deaths","codeCorrections","errorCount")})'
echo "upload $(echo "$uploaded - $start" | bc) s, import after upload $(echo "$done_at - $uploaded" | bc) s, total $(echo "$done_at - $start" | bc) s"

raw_start=$(date +%s.%N)
psql "$@" -q <<SQL
CREATE TEMP TABLE raw_lines (line text);
\copy raw_lines FROM '$file' WITH (FORMAT csv, DELIMITER E'\x01', QUOTE E'\x02')
SQL
raw_done=$(date +%s.%N)
echo "raw COPY of the same file (psql \\copy, one text value a line, no parsing or checks): $(echo "$raw_done - $raw_start" | bc) s"

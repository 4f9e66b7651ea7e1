/**
 * The largest JSON body accepted. POST /v1/facts takes up to 1,000 facts; the largest a fact can be
 * is a PenaltyDecided with every text at its maximum length in Chinese (3 bytes a character in
 * UTF-8): 23,043 bytes (test/e2e/security.e2e-spec.ts measures it from the fact catalogue). 1,000 of
 * them are 23.0 MB; 24 MiB (25.2 MB) leaves 9 % for formatting whitespace. A client that escapes
 * every character as \uXXXX (Python's json.dumps default) doubles that and must send smaller batches.
 */
export const JSON_BODY_LIMIT_BYTES = 24 * 1024 * 1024;

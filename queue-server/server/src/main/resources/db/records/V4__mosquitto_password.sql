-- A registered device's token as a line of Mosquitto 2's password_file ($7$ PBKDF2-HMAC-SHA512,
-- docs/security.md "Mosquitto in production"), so the server can write that file itself. It is made
-- when the server makes the token (registration, rotation), the one moment the plaintext exists;
-- the SHA-256 in token_sha256 cannot be turned into it. Null for the devices seeded from
-- application.yml, which come with a SHA-256 only, and for rows from before this column: their
-- lines stay the administrator's until the token is rotated once in the console.
alter table registered_device add column mosquitto_password text;

-- Each checkpoint names the key that signed it (SHA-256 of the public key, first 16 hex digits),
-- so the public registry can list every key with the period it signed.
ALTER TABLE chain_checkpoint_view ADD COLUMN key_id VARCHAR(16);
UPDATE chain_checkpoint_view SET key_id = encode(substring(sha256(decode(public_key, 'base64')) FROM 1 FOR 8), 'hex');
ALTER TABLE chain_checkpoint_view ALTER COLUMN key_id SET NOT NULL;
CREATE INDEX chain_checkpoint_key ON chain_checkpoint_view (key_id, signed_at);
